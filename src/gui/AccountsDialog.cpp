#include "AccountsDialog.h"

#include "ui_AccountsDialog.h"

#include "AccountEditDialog.h"
#include "AccountStore.h"
#include "CdnClient.h"
#include "Prompts.h"
#include "SecretStore.h"
#include "TccliImportDialog.h"
#include "Workspace.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QProcessEnvironment>

namespace od {

AccountsDialog::AccountsDialog(SecretStore *secrets, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_secrets(secrets)
    , m_testClient(new CdnClient(network, this))
{
    m_ui->setupUi(this);
    m_ui->accountsTable->setColumnCount(4);
    m_ui->accountsTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Site"), tr("SecretId"), tr("Credentials")});
    m_ui->accountsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, [this] { openEditor(Account()); });
    connect(m_ui->editAccountButton, &QPushButton::clicked, this, [this] {
        bool found = false;
        const Account account = AccountStore::find(selectedAccountId(), &found);
        if (found)
            openEditor(account);
    });
    connect(m_ui->removeAccountButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_ui->importEnvButton, &QPushButton::clicked, this, &AccountsDialog::importFromEnvironment);
    connect(m_ui->importTccliButton, &QPushButton::clicked, this,
            [this] { openTccliImport(TccliProfiles::defaultFolder()); });
    connect(m_ui->accountsTable, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_ui->accountsTable, &QTableWidget::cellDoubleClicked, m_ui->editAccountButton,
            &QPushButton::click);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::remainingText(const Account &account)
{
    if (!account.temporary)
        return tr("Permanent key");
    if (!account.expiresAt.isValid())
        return tr("Temporary");
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(account.expiresAt);
    if (seconds <= 0)
        return tr("Temporary, expired");
    if (seconds < 3600)
        return tr("Temporary, %n minute(s) left", nullptr, static_cast<int>(seconds / 60));
    return tr("Temporary, %n hour(s) left", nullptr, static_cast<int>(seconds / 3600));
}

void AccountsDialog::reload()
{
    const QString selected = selectedAccountId();
    const QList<Account> accounts = AccountStore::accounts();
    QTableWidget *table = m_ui->accountsTable;
    table->setRowCount(0);
    for (const Account &a : accounts) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *name = new QTableWidgetItem(a.name);
        name->setData(Qt::UserRole, a.id);
        table->setItem(row, 0, name);
        const QString site = a.site == Account::Site::Custom ? a.customEndpoint : Account::siteName(a.site);
        table->setItem(row, 1, new QTableWidgetItem(site));
        table->setItem(row, 2, new QTableWidgetItem(a.maskedSecretId()));
        table->setItem(row, 3, new QTableWidgetItem(remainingText(a)));
    }
    selectAccount(selected);
    updateButtons();
}

void AccountsDialog::selectAccount(const QString &id)
{
    for (int row = 0; row < m_ui->accountsTable->rowCount(); ++row) {
        if (m_ui->accountsTable->item(row, 0)->data(Qt::UserRole).toString() == id)
            m_ui->accountsTable->selectRow(row);
    }
}

QString AccountsDialog::selectedAccountId() const
{
    const int row = m_ui->accountsTable->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_ui->accountsTable->item(row, 0) : nullptr;
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void AccountsDialog::updateButtons()
{
    const bool any = !selectedAccountId().isEmpty();
    m_ui->editAccountButton->setEnabled(any);
    m_ui->removeAccountButton->setEnabled(any);
    m_ui->testConnectionButton->setEnabled(any);
}

AccountEditDialog *AccountsDialog::openEditor(const Account &account)
{
    auto *editor = new AccountEditDialog(m_secrets, account, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = editor;
    connect(editor, &AccountEditDialog::saved, this, [this](const Account &saved) {
        reload();
        selectAccount(saved.id);
        m_ui->resultLabel->setText(tr("Saved %1.").arg(saved.name));
        emit accountsChanged();
    });
    editor->setWindowModality(Qt::WindowModal);
    editor->show();
    return editor;
}

void AccountsDialog::removeSelected()
{
    bool found = false;
    const Account account = AccountStore::find(selectedAccountId(), &found);
    if (!found)
        return;
    if (Prompts::question(this, tr("Remove account"),
                          tr("Remove %1 and delete its key from the keychain?").arg(account.name)) !=
        QMessageBox::Yes)
        return;
    AccountStore::remove(account.id);
    m_secrets->remove(
        account.id,
        [this, account](const SecretStore::Result &result) {
            m_ui->resultLabel->setText(result.ok
                                           ? tr("Removed %1 and its keychain entry.").arg(account.name)
                                           : tr("Removed %1, but its keychain entry could not be deleted: %2")
                                                 .arg(account.name, result.message));
        },
        this);
    reload();
    emit accountsChanged();
}

void AccountsDialog::testConnection()
{
    bool found = false;
    const Account account = AccountStore::find(selectedAccountId(), &found);
    if (!found)
        return;
    m_ui->resultLabel->setText(tr("Testing %1…").arg(account.name));
    m_secrets->read(
        account.id,
        [this, account](const SecretStore::Result &secret) {
            if (!secret.ok) {
                m_ui->resultLabel->setText(secret.message);
                return;
            }
            m_testClient->setEndpoint(Workspace::endpointFor(account));
            Credentials credentials{account.secretId, secret.secret.secretKey, secret.secret.token,
                                    account.temporary ? account.expiresAt : QDateTime()};
            m_testClient->setCredentials(credentials);
            ApiCall *call = m_testClient->describeDomains(0, 1);
            connect(call, &ApiCall::finished, this, [this, call, account] {
                if (call->isOk())
                    m_ui->resultLabel->setText(
                        tr("Connected to %1: the account has %n domain(s).", nullptr,
                           call->response().value(QStringLiteral("TotalNumber")).toInt())
                            .arg(account.name));
                else
                    m_ui->resultLabel->setText(call->error().toDisplayString());
            });
        },
        this);
}

void AccountsDialog::importFromEnvironment()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString id = env.value(QStringLiteral("TENCENTCLOUD_SECRET_ID")).trimmed();
    const QString key = env.value(QStringLiteral("TENCENTCLOUD_SECRET_KEY")).trimmed();
    if (id.isEmpty() || key.isEmpty()) {
        m_ui->resultLabel->setText(tr("TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not both set "
                                      "in OriginDesk's environment."));
        return;
    }
    Account account;
    account.name = AccountStore::nameTaken(tr("Environment")) ? tr("Environment (%1)").arg(id.right(4))
                                                              : tr("Environment");
    AccountEditDialog *editor = openEditor(account);
    editor->setCredentials(id, key, env.value(QStringLiteral("TENCENTCLOUD_TOKEN")).trimmed());
}

TccliImportDialog *AccountsDialog::openTccliImport(const QString &folder)
{
    auto *dialog = new TccliImportDialog(folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { importTccliProfiles(dialog->chosenProfiles()); });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void AccountsDialog::importTccliProfiles(const QList<TccliProfile> &profiles)
{
    for (const TccliProfile &profile : profiles) {
        Account account;
        account.name = QStringLiteral("tccli %1").arg(profile.name);
        for (int n = 2; AccountStore::nameTaken(account.name); ++n)
            account.name = QStringLiteral("tccli %1 (%2)").arg(profile.name).arg(n);
        account.site = profile.site();
        account.secretId = profile.secretId;
        account.temporary = !profile.token.isEmpty();
        account = AccountStore::save(account);
        m_secrets->write(
            account.id, {profile.secretKey, profile.token},
            [this, account, profile](const SecretStore::Result &r) {
                if (!r.ok) {
                    AccountStore::remove(account.id);
                    m_ui->resultLabel->setText(tr("%1 was not imported: %2").arg(profile.name, r.message));
                    reload();
                    emit accountsChanged();
                    return;
                }
                m_ui->resultLabel->setText(tr("Imported %1 as %2.").arg(profile.name, account.name));
                reload();
                emit accountsChanged();
                if (profile.secretKey.isEmpty())
                    return;
                if (Prompts::question(
                        this, tr("Remove the plain-text key?"),
                        tr("%1 is now in the keychain. Remove its secretKey from %2? tccli will then need "
                           "the key from elsewhere.")
                            .arg(profile.name, QDir::toNativeSeparators(profile.credentialPath))) !=
                    QMessageBox::Yes)
                    return;
                QString error;
                if (!TccliProfiles::removeSecretsFromFile(profile, &error))
                    m_ui->resultLabel->setText(
                        tr("The key could not be removed from %1: %2").arg(profile.credentialPath, error));
                else
                    m_ui->resultLabel->setText(
                        tr("Imported %1; its plain-text key was removed from %2.")
                            .arg(profile.name, QDir::toNativeSeparators(profile.credentialPath)));
            },
            this);
    }
}

} // namespace od
