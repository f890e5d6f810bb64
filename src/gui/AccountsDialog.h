#pragma once

#include "Account.h"
#include "AccountEditDialog.h"
#include "TccliProfiles.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class AccountsDialog;
}

namespace od {

class AccountEditDialog;
class CdnClient;
class SecretStore;
class TccliImportDialog;

// Accounts: add, edit, rename, remove (with its keychain entry), test the connection, and import
// keys from the environment or tccli.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(SecretStore *secrets, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void selectAccount(const QString &id);
    QString selectedAccountId() const;
    AccountEditDialog *openEditor(const Account &account);
    AccountEditDialog *currentEditor() const { return m_editor; }
    TccliImportDialog *openTccliImport(const QString &folder);
    void importFromEnvironment();
    void testConnection();
    void removeSelected();
    // Imports these tccli profiles into the keychain, then offers to clean their plain-text keys.
    void importTccliProfiles(const QList<TccliProfile> &profiles);

    static QString remainingText(const Account &account);

signals:
    void accountsChanged();

private:
    void reload();
    void updateButtons();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    SecretStore *m_secrets;
    CdnClient *m_testClient;
    QPointer<AccountEditDialog> m_editor;
};

} // namespace od
