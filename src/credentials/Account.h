#pragma once

#include <QDateTime>
#include <QString>

namespace od {

// An account's non-secret data, kept in QSettings. The SecretKey and Token live in the OS keychain
// (SecretStore), never here.
struct Account
{
    enum class Site
    {
        China,
        International,
        Custom,
        Sandbox
    };

    QString id; // stable; the keychain entry is keyed by it, so renaming keeps the key
    QString name;
    Site site = Site::China;
    QString customEndpoint; // Site::Custom only
    QString secretId;
    bool temporary = false; // temporary credentials: the keychain entry holds a Token too
    QDateTime expiresAt;    // temporary credentials only

    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return temporary && expiresAt.isValid() && expiresAt <= now;
    }
    // "AKID****3456": enough to recognise, not enough to copy.
    QString maskedSecretId() const;
    static QString siteName(Site site);
    static QString siteKey(Site site);
    static Site siteFromKey(const QString &key);
};

} // namespace od
