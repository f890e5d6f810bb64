#include "AccountEditDialog.h"

#include "ui_AccountEditDialog.h"

#include "AccountStore.h"
#include "Endpoint.h"
#include "Prompts.h"
#include "SecretStore.h"

#include <QPushButton>

namespace od {

AccountEditDialog::AccountEditDialog(SecretStore *secrets, const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountEditDialog>())
    , m_secrets(secrets)
    , m_account(account)
{
    m_ui->setupUi(this);
    setWindowTitle(account.id.isEmpty() ? tr("Add Account") : tr("Edit Account – %1").arg(account.name));
    for (Account::Site site : {Account::Site::China, Account::Site::International, Account::Site::Custom})
        m_ui->siteCombo->addItem(Account::siteName(site), int(site));
    m_ui->siteCombo->setCurrentIndex(std::max(0, m_ui->siteCombo->findData(int(account.site))));
    m_ui->nameEdit->setText(account.name);
    m_ui->endpointEdit->setText(account.customEndpoint);
    m_ui->secretIdEdit->setText(account.secretId);
    m_ui->temporaryCheck->setChecked(account.temporary);
    m_ui->expiresEdit->setDateTime(account.expiresAt.isValid() ? account.expiresAt.toLocalTime()
                                                               : QDateTime::currentDateTime().addSecs(3600));
    if (!account.id.isEmpty())
        m_ui->secretKeyEdit->setPlaceholderText(tr("unchanged (kept in the keychain)"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountEditDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->endpointEdit, m_ui->secretIdEdit, m_ui->secretKeyEdit, m_ui->tokenEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountEditDialog::updateFields);
    connect(m_ui->siteCombo, &QComboBox::currentIndexChanged, this, &AccountEditDialog::updateFields);
    connect(m_ui->temporaryCheck, &QCheckBox::toggled, this, &AccountEditDialog::updateFields);
    updateFields();
}

AccountEditDialog::~AccountEditDialog() = default;

void AccountEditDialog::setCredentials(const QString &secretId, const QString &secretKey,
                                       const QString &token)
{
    m_ui->secretIdEdit->setText(secretId);
    m_ui->secretKeyEdit->setText(secretKey);
    m_ui->temporaryCheck->setChecked(!token.isEmpty());
    m_ui->tokenEdit->setText(token);
}

QString AccountEditDialog::validationError() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Give the account a name.");
    if (name.compare(tr("Sandbox"), Qt::CaseInsensitive) == 0 || AccountStore::nameTaken(name, m_account.id))
        return tr("An account named \"%1\" already exists.").arg(name);
    if (Account::Site(m_ui->siteCombo->currentData().toInt()) == Account::Site::Custom) {
        const QString problem = Endpoint::fromString(m_ui->endpointEdit->text()).validate();
        if (!problem.isEmpty())
            return problem;
    }
    if (m_ui->secretIdEdit->text().trimmed().isEmpty())
        return tr("Enter the SecretId.");
    if (m_account.id.isEmpty() && m_ui->secretKeyEdit->text().trimmed().isEmpty())
        return tr("Enter the SecretKey.");
    if (m_ui->temporaryCheck->isChecked() && m_ui->tokenEdit->text().trimmed().isEmpty() &&
        m_ui->secretKeyEdit->text().trimmed().size() > 0)
        return tr("Temporary credentials need their token.");
    return QString();
}

void AccountEditDialog::updateFields()
{
    const bool custom = Account::Site(m_ui->siteCombo->currentData().toInt()) == Account::Site::Custom;
    m_ui->endpointEdit->setEnabled(custom);
    const bool temporary = m_ui->temporaryCheck->isChecked();
    m_ui->tokenEdit->setEnabled(temporary);
    m_ui->expiresEdit->setEnabled(temporary);
    const QString problem = validationError();
    m_ui->messagesLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty() && !m_saving);
}

void AccountEditDialog::save()
{
    if (!validationError().isEmpty() || m_saving)
        return;
    m_account.name = m_ui->nameEdit->text().trimmed();
    m_account.site = Account::Site(m_ui->siteCombo->currentData().toInt());
    m_account.customEndpoint =
        m_account.site == Account::Site::Custom ? m_ui->endpointEdit->text().trimmed() : QString();
    m_account.secretId = m_ui->secretIdEdit->text().trimmed();
    m_account.temporary = m_ui->temporaryCheck->isChecked();
    m_account.expiresAt = m_account.temporary ? m_ui->expiresEdit->dateTime().toUTC() : QDateTime();
    m_account = AccountStore::save(m_account);

    const QByteArray key = m_ui->secretKeyEdit->text().trimmed().toUtf8();
    if (key.isEmpty()) { // editing without a new key: the keychain entry stays as it is
        emit saved(m_account);
        accept();
        return;
    }
    const Secret secret{key, m_account.temporary ? m_ui->tokenEdit->text().trimmed().toUtf8() : QByteArray()};
    m_saving = true;
    updateFields();
    m_ui->messagesLabel->setText(tr("Storing the key in the keychain…"));
    m_secrets->write(
        m_account.id, secret,
        [this, secret](const SecretStore::Result &result) {
            m_saving = false;
            if (!result.ok) {
                const auto answer =
                    Prompts::question(this, tr("Keychain unavailable"), result.message,
                                      tr("Keep the key in memory for this run only? It is not written "
                                         "anywhere and must be entered again next time."));
                if (answer != QMessageBox::Yes) {
                    m_ui->messagesLabel->setText(result.message);
                    updateFields();
                    return;
                }
                m_secrets->keepForThisRun(m_account.id, secret);
            }
            m_ui->secretKeyEdit->clear();
            m_ui->tokenEdit->clear();
            emit saved(m_account);
            accept();
        },
        this);
}

} // namespace od
