#include "Domain.h"

#include <QTimeZone>

namespace od {

namespace {
const QString kOrigin = QStringLiteral("Origin");
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
} // namespace

Domain::Domain(const QJsonObject &json)
    : m_json(json)
    , m_origin(json.value(kOrigin).toObject())
    , m_hadOrigin(json.value(kOrigin).isObject())
{}

QJsonObject Domain::toJson() const
{
    QJsonObject out = m_json;
    const QJsonObject origin = m_origin.toJson();
    if (m_hadOrigin || !origin.isEmpty())
        out.insert(kOrigin, origin);
    return out;
}

QString Domain::string(const QString &key) const
{
    const QJsonValue value = m_json.value(key);
    return value.isString() ? value.toString() : QString();
}

qint64 Domain::projectId() const
{
    return m_json.value(QStringLiteral("ProjectId")).toInteger();
}

qint64 Domain::appId() const
{
    return m_json.value(QStringLiteral("AppId")).toInteger();
}

bool Domain::isLocked() const
{
    const QString lock = readonly();
    return !lock.isEmpty() && lock != QLatin1String("normal");
}

QDateTime Domain::parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, kTimeFormat);
    if (time.isValid())
        time.setTimeZone(QTimeZone(8 * 3600));
    return time;
}

QString Domain::formatTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(8 * 3600)).toString(kTimeFormat);
}

} // namespace od
