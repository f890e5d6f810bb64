#include "AccountStore.h"

#include "AppSettings.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace od {

QList<Account> AccountStore::accounts()
{
    const auto settings = openAppSettings();
    QSettings &s = *settings;
    QList<Account> out;
    const int count = s.beginReadArray(QStringLiteral("Accounts"));
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        Account a;
        a.id = s.value(QStringLiteral("id")).toString();
        a.name = s.value(QStringLiteral("name")).toString();
        a.site = Account::siteFromKey(s.value(QStringLiteral("site")).toString());
        a.customEndpoint = s.value(QStringLiteral("endpoint")).toString();
        a.secretId = s.value(QStringLiteral("secretId")).toString();
        a.temporary = s.value(QStringLiteral("temporary")).toBool();
        a.expiresAt = s.value(QStringLiteral("expiresAt")).toDateTime();
        if (!a.id.isEmpty())
            out.append(a);
    }
    s.endArray();
    return out;
}

static void writeAll(const QList<Account> &list)
{
    const auto settings = openAppSettings();
    QSettings &s = *settings;
    s.remove(QStringLiteral("Accounts"));
    s.beginWriteArray(QStringLiteral("Accounts"), static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Account &a = list.at(i);
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("id"), a.id);
        s.setValue(QStringLiteral("name"), a.name);
        s.setValue(QStringLiteral("site"), Account::siteKey(a.site));
        s.setValue(QStringLiteral("endpoint"), a.customEndpoint);
        s.setValue(QStringLiteral("secretId"), a.secretId);
        s.setValue(QStringLiteral("temporary"), a.temporary);
        s.setValue(QStringLiteral("expiresAt"), a.expiresAt);
    }
    s.endArray();
    s.sync();
}

Account AccountStore::find(const QString &idOrName, bool *found)
{
    const QList<Account> list = accounts();
    for (const Account &a : list) {
        if (a.id == idOrName || a.name == idOrName) {
            *found = true;
            return a;
        }
    }
    *found = false;
    return Account();
}

Account AccountStore::save(Account account)
{
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<Account> list = accounts();
    bool replaced = false;
    for (Account &a : list) {
        if (a.id == account.id) {
            a = account;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(account);
    writeAll(list);
    return account;
}

void AccountStore::remove(const QString &id)
{
    QList<Account> list = accounts();
    list.erase(std::remove_if(list.begin(), list.end(), [&id](const Account &a) { return a.id == id; }),
               list.end());
    writeAll(list);
}

bool AccountStore::nameTaken(const QString &name, const QString &exceptId)
{
    const QList<Account> list = accounts();
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Account &a) { return a.name == name && a.id != exceptId; });
}

} // namespace od
