#include "Origin.h"

#include <QJsonArray>

namespace od {

namespace {
const QString kOrigins = QStringLiteral("Origins");
const QString kOriginType = QStringLiteral("OriginType");
const QString kBackupOrigins = QStringLiteral("BackupOrigins");
const QString kBackupOriginType = QStringLiteral("BackupOriginType");

struct KindSet
{
    bool ip = false;
    bool ipv6 = false;
    bool domain = false;
};

KindSet kindsOf(const QList<OriginEntry> &entries)
{
    KindSet set;
    for (const OriginEntry &entry : entries) {
        switch (entry.kind()) {
        case OriginEntry::Kind::IPv4:
            set.ip = true;
            break;
        case OriginEntry::Kind::IPv6:
            set.ipv6 = true;
            break;
        case OriginEntry::Kind::Domain:
        case OriginEntry::Kind::CosBucket:
            set.domain = true;
            break;
        case OriginEntry::Kind::Invalid:
            break;
        }
    }
    return set;
}

QString joinKinds(const KindSet &set)
{
    QStringList parts;
    if (set.ip)
        parts << QStringLiteral("ip");
    if (set.ipv6)
        parts << QStringLiteral("ipv6");
    if (set.domain)
        parts << QStringLiteral("domain");
    return parts.join(QLatin1Char('_'));
}
} // namespace

Origin::Origin(const QJsonObject &json)
    : m_json(json)
{}

Origin::Kind Origin::kindOfType(const QString &type)
{
    if (type == QLatin1String("cos"))
        return Kind::Cos;
    if (type == QLatin1String("third_party"))
        return Kind::ThirdParty;
    if (type == QLatin1String("igtm") || type == QLatin1String("image") || type == QLatin1String("ftp"))
        return Kind::Other;
    return Kind::Own;
}

Origin::Kind Origin::kind() const
{
    return kindOfType(originType());
}

QString Origin::stringField(const QString &key) const
{
    const QJsonValue value = m_json.value(key);
    return value.isString() ? value.toString() : QString();
}

QStringList Origin::stringList(const QString &key) const
{
    QStringList out;
    const QJsonValue value = m_json.value(key);
    if (!value.isArray())
        return out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

QStringList Origin::masterTexts() const
{
    return stringList(kOrigins);
}

QStringList Origin::slaveTexts() const
{
    return stringList(kBackupOrigins);
}

QList<OriginEntry> Origin::masters() const
{
    return OriginEntry::parseList(masterTexts());
}

QList<OriginEntry> Origin::slaves() const
{
    return OriginEntry::parseList(slaveTexts());
}

void Origin::setStringField(const QString &key, const QString &value)
{
    if (stringField(key) == value)
        return; // unchanged: keep null, absent and "" exactly as they came
    if (value.isEmpty())
        m_json.remove(key);
    else
        m_json.insert(key, value);
}

void Origin::setList(const QString &listKey, const QString &typeKey, const QStringList &values,
                     const QString &type)
{
    if (values.isEmpty()) {
        // Nothing left: an empty list (or no list, if there was none) and no type.
        if (m_json.contains(listKey) && !m_json.value(listKey).isNull())
            m_json.insert(listKey, QJsonArray());
        if (!stringField(typeKey).isEmpty())
            m_json.insert(typeKey, QJsonValue::Null);
        return;
    }
    if (stringList(listKey) != values)
        m_json.insert(listKey, QJsonArray::fromStringList(values));
    if (stringField(typeKey) != type) {
        if (type.isEmpty())
            m_json.remove(typeKey);
        else
            m_json.insert(typeKey, type);
    }
}

void Origin::setMasters(const QList<OriginEntry> &entries)
{
    QString type = deriveOriginType(kind(), entries);
    if (kind() == Kind::Other)
        type = originType();
    setList(kOrigins, kOriginType, OriginEntry::toStringList(entries), type);
}

void Origin::setSlaves(const QList<OriginEntry> &entries)
{
    setList(kBackupOrigins, kBackupOriginType, OriginEntry::toStringList(entries),
            deriveBackupOriginType(entries));
}

void Origin::setKind(Kind newKind)
{
    if (newKind == kind())
        return;
    const QList<OriginEntry> entries = masters();
    const QString type = deriveOriginType(newKind, entries);
    if (type.isEmpty()) {
        // No entries yet: record the kind itself, so an empty COS origin is still a COS origin.
        switch (newKind) {
        case Kind::Cos:
            m_json.insert(kOriginType, QStringLiteral("cos"));
            break;
        case Kind::ThirdParty:
            m_json.insert(kOriginType, QStringLiteral("third_party"));
            break;
        default:
            m_json.insert(kOriginType, QJsonValue::Null);
            break;
        }
        return;
    }
    m_json.insert(kOriginType, type);
}

QString Origin::deriveOriginType(Kind kind, const QList<OriginEntry> &entries)
{
    switch (kind) {
    case Kind::Cos:
        return QStringLiteral("cos");
    case Kind::ThirdParty:
        return QStringLiteral("third_party");
    case Kind::Other:
        return QString();
    case Kind::Own:
        break;
    }
    return joinKinds(kindsOf(entries));
}

QString Origin::deriveBackupOriginType(const QList<OriginEntry> &entries)
{
    const KindSet set = kindsOf(entries);
    // The API accepts "domain", "ip" and the beta "ip_ipv6", "ipv6_domain", "ip_ipv6_domain".
    if (set.ip && set.domain && !set.ipv6)
        return QString();
    if (set.ipv6 && !set.ip && !set.domain)
        return QString();
    return joinKinds(set);
}

} // namespace od
