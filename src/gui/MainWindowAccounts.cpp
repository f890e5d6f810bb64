// MainWindow, continued: the account switcher, the Accounts dialog and keychain failures.
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AccountStore.h"
#include "AccountsDialog.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "SecretStore.h"
#include "Settings.h"
#include "Workspace.h"

namespace od {

void MainWindow::populateAccounts()
{
    QComboBox *combo = m_ui->accountCombo;
    combo->clear();
    combo->addItem(tr("Sandbox (built-in)"), QString());
    const QList<Account> accounts = AccountStore::accounts();
    for (const Account &a : accounts)
        combo->addItem(QStringLiteral("%1 (%2)").arg(a.name, Account::siteName(a.site)), a.id);
    combo->setCurrentIndex(std::max(0, combo->findData(m_workspace->currentAccount().id)));
    m_ui->firstRunBanner->setVisible(accounts.isEmpty());
}

void MainWindow::onAccountChosen(int index)
{
    if (m_reviewDialog && m_reviewDialog->isApplying()) {
        // The drafts being applied belong to this account: switching now would send the rest elsewhere.
        populateAccounts();
        showMessage(tr("Drafts are being applied to this account: stop or finish that first."), true);
        return;
    }
    const QString id = m_ui->accountCombo->itemData(index).toString();
    if (id.isEmpty()) {
        if (m_workspace->isSandbox())
            return;
        QString error;
        if (!m_workspace->returnToSandbox(&error))
            showMessage(error, true);
        return;
    }
    if (id == m_workspace->currentAccount().id)
        return;
    bool found = false;
    const Account account = AccountStore::find(id, &found);
    if (!found)
        return;
    openSavedAccount(account);
}

void MainWindow::openSavedAccount(const Account &account)
{
    if (m_ui->actionWorkOffline->isChecked()) {
        m_workspace->useAccountWithoutKey(account);
        return;
    }
    showMessage(tr("Reading the key of %1 from the keychain…").arg(account.name), false);
    m_workspace->useSavedAccount(account);
}

void MainWindow::onAccountFailed(const Account &account, const QString &message, bool keychainUnavailable)
{
    populateAccounts(); // back to the account still in use
    showMessage(tr("%1 cannot be used: %2").arg(account.name, message), true);
    const bool openedOffline = account.id == m_workspace->currentAccount().id && !m_workspace->hasKey();
    auto setWorkOfflineQuietly = [this](bool offline) {
        const QSignalBlocker blocker(m_ui->actionWorkOffline);
        m_ui->actionWorkOffline->setChecked(offline);
        Settings::setValue(Settings::Key::WorkOffline, offline);
        updateOfflineState();
    };
    if (openedOffline) {
        // Going online with an account opened offline, and its key cannot be read: stay offline.
        setWorkOfflineQuietly(true);
        showMessage(tr("%1 cannot go online: %2 Still working offline.").arg(account.name, message), true);
    }
    if (!keychainUnavailable)
        return;
    if (Prompts::question(
            this, tr("Keychain unavailable"), message,
            tr("Enter the SecretKey of %1 for this run only? It stays in memory and is never written "
               "to a file.")
                .arg(account.name)) != QMessageBox::Yes)
        return;
    const QString key =
        Prompts::secret(this, tr("SecretKey for this run"),
                        tr("SecretKey of %1 (SecretId %2):").arg(account.name, account.maskedSecretId()));
    if (key.isEmpty())
        return;
    QString token;
    if (account.temporary)
        token = Prompts::secret(this, tr("Token for this run"), tr("Token of %1:").arg(account.name));
    m_workspace->secrets()->keepForThisRun(account.id, {key.toUtf8(), token.toUtf8()});
    if (openedOffline)
        setWorkOfflineQuietly(false); // the key is here now: online, as asked
    m_workspace->useSavedAccount(account);
}

AccountsDialog *MainWindow::openAccounts()
{
    if (m_accountsDialog) {
        m_accountsDialog->raise();
        m_accountsDialog->activateWindow();
        return m_accountsDialog;
    }
    auto *dialog = new AccountsDialog(m_workspace->secrets(), m_workspace->network(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_accountsDialog = dialog;
    connect(dialog, &AccountsDialog::accountsChanged, this, [this] {
        const Account current = m_workspace->currentAccount();
        if (!current.id.isEmpty()) {
            bool stillThere = false;
            const Account saved = AccountStore::find(current.id, &stillThere);
            if (!stillThere) {
                QString error;
                if (!m_workspace->returnToSandbox(&error))
                    showMessage(error, true);
            } else if (saved.secretId != current.secretId || saved.site != current.site ||
                       saved.customEndpoint != current.customEndpoint) {
                m_workspace->useSavedAccount(saved); // edited: use the new credentials
            }
        }
        populateAccounts();
    });
    connect(dialog, &QDialog::finished, this, &MainWindow::populateAccounts);
    dialog->show();
    return dialog;
}

} // namespace od
