#pragma once

#include "Origin.h"

#include <QDateTime>
#include <QJsonObject>

namespace od {

// A CDN domain in its brief (DescribeDomains) or detailed (DescribeDomainsConfig) shape. Like Origin,
// it keeps the JSON it came from, so writing it back loses nothing.
class Domain
{
public:
    Domain() = default;
    explicit Domain(const QJsonObject &json);

    QJsonObject toJson() const;

    QString name() const { return string(QStringLiteral("Domain")); }
    QString resourceId() const { return string(QStringLiteral("ResourceId")); }
    QString cname() const { return string(QStringLiteral("Cname")); }
    QString status() const { return string(QStringLiteral("Status")); }
    QString serviceType() const { return string(QStringLiteral("ServiceType")); }
    QString area() const { return string(QStringLiteral("Area")); }
    QString disable() const { return string(QStringLiteral("Disable")); }
    QString readonly() const { return string(QStringLiteral("Readonly")); }
    QString product() const { return string(QStringLiteral("Product")); }
    qint64 projectId() const;
    qint64 appId() const;
    QString createTimeText() const { return string(QStringLiteral("CreateTime")); }
    QString updateTimeText() const { return string(QStringLiteral("UpdateTime")); }
    // The API writes "YYYY-MM-DD hh:mm:ss" in China Standard Time (UTC+8), without a zone.
    QDateTime createTime() const { return parseTime(createTimeText()); }
    QDateTime updateTime() const { return parseTime(updateTimeText()); }
    static QDateTime parseTime(const QString &text);
    static QString formatTime(const QDateTime &time);

    bool isOnline() const { return status() == QLatin1String("online"); }
    bool isLocked() const;

    const Origin &origin() const { return m_origin; }
    void setOrigin(const Origin &origin) { m_origin = origin; }
    void setStatus(const QString &status) { m_json.insert(QStringLiteral("Status"), status); }
    void setUpdateTime(const QDateTime &time)
    {
        m_json.insert(QStringLiteral("UpdateTime"), formatTime(time));
    }

    bool operator==(const Domain &other) const { return toJson() == other.toJson(); }

private:
    QString string(const QString &key) const;

    QJsonObject m_json;
    Origin m_origin;
    bool m_hadOrigin = false;
};

} // namespace od
