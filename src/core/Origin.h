#pragma once

#include "OriginEntry.h"

#include <QJsonObject>
#include <QString>

namespace od {

// The API's Origin object. It keeps the whole JSON object it was read from and writes it back
// losslessly: an edit touches only the keys it is about; every other key (PathRules, Sni,
// AdvanceHttps, fields added to the API later) and every null stays exactly as it came.
class Origin
{
public:
    enum class Kind
    {
        Own,        // "own origin": IPs and/or domains
        Cos,        // a COS bucket
        ThirdParty, // third-party object storage (S3, OSS, OBS, Kodo, ...)
        Other,      // types the app shows but does not edit (igtm, image, ftp)
    };

    Origin() = default;
    explicit Origin(const QJsonObject &json);

    QJsonObject toJson() const { return m_json; }

    Kind kind() const;
    static Kind kindOfType(const QString &originType);

    QList<OriginEntry> masters() const;
    QStringList masterTexts() const;
    QList<OriginEntry> slaves() const;
    QStringList slaveTexts() const;
    bool hasSlaves() const { return !slaveTexts().isEmpty(); }

    QString originType() const { return stringField(QStringLiteral("OriginType")); }
    QString backupOriginType() const { return stringField(QStringLiteral("BackupOriginType")); }
    QString serverName() const { return stringField(QStringLiteral("ServerName")); }
    QString backupServerName() const { return stringField(QStringLiteral("BackupServerName")); }
    QString protocol() const { return stringField(QStringLiteral("OriginPullProtocol")); }
    QString cosPrivateAccess() const { return stringField(QStringLiteral("CosPrivateAccess")); }
    QString originCompany() const { return stringField(QStringLiteral("OriginCompany")); }

    // Writes Origins and the OriginType derived from the entries and the kind.
    void setMasters(const QList<OriginEntry> &entries);
    // Writes BackupOrigins and the BackupOriginType derived from the entries.
    void setSlaves(const QList<OriginEntry> &entries);
    // Changes the kind, re-deriving OriginType from the current entries.
    void setKind(Kind kind);
    void setServerName(const QString &value) { setStringField(QStringLiteral("ServerName"), value); }
    void setBackupServerName(const QString &value)
    {
        setStringField(QStringLiteral("BackupServerName"), value);
    }
    void setProtocol(const QString &value) { setStringField(QStringLiteral("OriginPullProtocol"), value); }
    void setCosPrivateAccess(const QString &value)
    {
        setStringField(QStringLiteral("CosPrivateAccess"), value);
    }
    void setOriginCompany(const QString &value) { setStringField(QStringLiteral("OriginCompany"), value); }

    // The OriginType the API expects for these entries, e.g. "ip", "domain", "ip_domain", "cos".
    static QString deriveOriginType(Kind kind, const QList<OriginEntry> &entries);
    // The BackupOriginType for these entries ("ip", "domain", or a beta IPv6 form); empty when the
    // API accepts no backup type for them (the rules say why).
    static QString deriveBackupOriginType(const QList<OriginEntry> &entries);

    bool operator==(const Origin &other) const { return m_json == other.m_json; }
    bool operator!=(const Origin &other) const { return m_json != other.m_json; }

private:
    QString stringField(const QString &key) const;
    QStringList stringList(const QString &key) const;
    void setStringField(const QString &key, const QString &value);
    void setList(const QString &listKey, const QString &typeKey, const QStringList &values,
                 const QString &type);

    QJsonObject m_json;
};

} // namespace od
