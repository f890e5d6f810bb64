#include "Account.h"

#include <QCoreApplication>

namespace od {

QString Account::maskedSecretId() const
{
    if (secretId.size() <= 8)
        return QStringLiteral("****");
    return secretId.left(4) + QStringLiteral("****") + secretId.right(4);
}

QString Account::siteName(Site site)
{
    switch (site) {
    case Site::China:
        return QCoreApplication::translate("od::Account", "China site");
    case Site::International:
        return QCoreApplication::translate("od::Account", "International site");
    case Site::Custom:
        return QCoreApplication::translate("od::Account", "Custom endpoint");
    case Site::Sandbox:
        break;
    }
    return QCoreApplication::translate("od::Account", "Sandbox");
}

QString Account::siteKey(Site site)
{
    switch (site) {
    case Site::China:
        return QStringLiteral("china");
    case Site::International:
        return QStringLiteral("intl");
    case Site::Custom:
        return QStringLiteral("custom");
    case Site::Sandbox:
        break;
    }
    return QStringLiteral("sandbox");
}

Account::Site Account::siteFromKey(const QString &key)
{
    if (key == QLatin1String("intl"))
        return Site::International;
    if (key == QLatin1String("custom"))
        return Site::Custom;
    if (key == QLatin1String("sandbox"))
        return Site::Sandbox;
    return Site::China;
}

} // namespace od
