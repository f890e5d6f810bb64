#pragma once

#include "Account.h"

#include <QList>

namespace od {

// The saved accounts (non-secret data only) in the app's QSettings, shared by the app and the CLI.
class AccountStore
{
public:
    static QList<Account> accounts();
    static Account find(const QString &idOrName, bool *found);
    // Adds or replaces (by id); a new account gets an id. Returns the stored account.
    static Account save(Account account);
    static void remove(const QString &id);
    static bool nameTaken(const QString &name, const QString &exceptId = QString());
};

} // namespace od
