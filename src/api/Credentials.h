#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace od {

// What signs requests. The SecretKey and Token never leave memory through this type: it has no
// serialization, and masked() is what logs and --dry-run print.
struct Credentials
{
    QString secretId;
    QByteArray secretKey;
    QByteArray token;    // temporary credentials only
    QDateTime expiresAt; // temporary credentials only

    bool isEmpty() const { return secretId.isEmpty() || secretKey.isEmpty(); }
    bool isTemporary() const { return !token.isEmpty(); }
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() && expiresAt <= now;
    }
    static QString mask(const QString &secret)
    {
        if (secret.size() <= 8)
            return QStringLiteral("****");
        return secret.left(4) + QStringLiteral("****") + secret.right(4);
    }
};

} // namespace od
