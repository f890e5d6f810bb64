#include "History.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace od {

QJsonObject HistoryRecord::toJson() const
{
    return {{QStringLiteral("Time"), time.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("Account"), account},
            {QStringLiteral("Domain"), domain},
            {QStringLiteral("RequestId"), requestId},
            {QStringLiteral("Before"), before.toJson()},
            {QStringLiteral("After"), after.toJson()}};
}

HistoryRecord HistoryRecord::fromJson(const QJsonObject &json)
{
    HistoryRecord r;
    r.time = QDateTime::fromString(json.value(QStringLiteral("Time")).toString(), Qt::ISODateWithMs);
    r.account = json.value(QStringLiteral("Account")).toString();
    r.domain = json.value(QStringLiteral("Domain")).toString();
    r.requestId = json.value(QStringLiteral("RequestId")).toString();
    r.before = Origin(json.value(QStringLiteral("Before")).toObject());
    r.after = Origin(json.value(QStringLiteral("After")).toObject());
    return r;
}

Draft HistoryRecord::rollbackDraft() const
{
    Draft d;
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.accountId = account;
    d.domain = domain;
    d.base = after;
    d.origin = before;
    d.created = QDateTime::currentDateTimeUtc();
    d.updated = d.created;
    return d;
}

HistoryStore::HistoryStore(const QString &path)
    : m_path(path)
{}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/OriginDesk/OriginDesk/history.json");
}

QList<HistoryRecord> HistoryStore::readAll(QString *error) const
{
    QList<HistoryRecord> out;
    QFile file(m_path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError ||
        !doc.object().value(QStringLiteral("Records")).isArray()) {
        *error = tr("The change history %1 cannot be read (%2).")
                     .arg(QDir::toNativeSeparators(m_path), parseError.error != QJsonParseError::NoError
                                                                ? parseError.errorString()
                                                                : tr("no list of records"));
        return out;
    }
    const QJsonArray array = doc.object().value(QStringLiteral("Records")).toArray();
    for (const QJsonValue &value : array)
        out.append(HistoryRecord::fromJson(value.toObject()));
    return out;
}

bool HistoryStore::append(const HistoryRecord &record, QString *error) const
{
    QList<HistoryRecord> all = readAll(error);
    if (!error->isEmpty())
        return false; // never overwrite a history that could not be read
    all.append(record);
    QJsonArray array;
    for (const HistoryRecord &r : qAsConst(all))
        array.append(r.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("Version"), 1}, {QStringLiteral("Records"), array}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QList<HistoryRecord> HistoryStore::records(const QString &account, const QString &domain,
                                           QString *error) const
{
    QList<HistoryRecord> out;
    const QList<HistoryRecord> all = readAll(error);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if ((account.isEmpty() || it->account == account) && (domain.isEmpty() || it->domain == domain))
            out.append(*it);
    }
    return out;
}

} // namespace od
