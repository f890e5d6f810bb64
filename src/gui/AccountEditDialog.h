#pragma once

#include "Account.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountEditDialog;
}

namespace od {

class SecretStore;

// Add or edit an account. The non-secret part goes to the settings, the SecretKey and Token to the
// keychain; when the keychain says no, the operator may keep the key for this run only.
class AccountEditDialog : public QDialog
{
    Q_OBJECT

public:
    AccountEditDialog(SecretStore *secrets, const Account &account, QWidget *parent = nullptr);
    ~AccountEditDialog() override;

    // Pre-fills the credentials (import from the environment or tccli).
    void setCredentials(const QString &secretId, const QString &secretKey, const QString &token);
    Account account() const { return m_account; }
    // Why the form cannot be saved yet, or "".
    QString validationError() const;

signals:
    void saved(const od::Account &account);

private:
    void save();
    void updateFields();

    std::unique_ptr<Ui::AccountEditDialog> m_ui;
    SecretStore *m_secrets;
    Account m_account;
    bool m_saving = false;
};

} // namespace od
