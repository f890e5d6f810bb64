#pragma once

#include "Account.h"

#include <QList>
#include <QString>

namespace od {

// A tccli profile: ~/.tccli/<name>.credential (secretId, secretKey, token) and <name>.configure.
struct TccliProfile
{
    QString name;
    QString secretId;
    QByteArray secretKey;
    QByteArray token;
    QString cdnEndpoint;
    QString credentialPath;

    Account::Site site() const;
};

class TccliProfiles
{
public:
    static QString defaultFolder();
    // The profiles in folder; files that cannot be read are reported in problems, not thrown away.
    static QList<TccliProfile> list(const QString &folder, QStringList *problems);
    // Rewrites the profile's .credential file without its secretKey (and token), atomically.
    // Only ever called after the operator said yes.
    static bool removeSecretsFromFile(const TccliProfile &profile, QString *error);
};

} // namespace od
