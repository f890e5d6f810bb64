#include "ManageDialog.h"

#include "ui_ManageDialog.h"

#include "ApiCall.h"
#include "ApplyStatusPanel.h"
#include "DomainListModel.h"
#include "DraftBook.h"
#include "OriginApplier.h"
#include "OriginEditorDialog.h"
#include "OriginOps.h"
#include "Prompts.h"
#include "Settings.h"
#include "SlaveEditorDialog.h"

#include <QJsonDocument>
#include <QPushButton>
#include <QScreen>

namespace od {

ManageDialog::ManageDialog(CdnClient *client, DraftBook *drafts, const Domain &domain, bool offline,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ManageDialog>())
    , m_client(client)
    , m_domain(domain)
    , m_drafts(drafts)
    , m_applier(new OriginApplier(client, this))
    , m_offline(offline)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    if (!restoreGeometry(Settings::value(Settings::Key::ManageDialogGeometry).toByteArray())) {
        // Tall enough to show the whole Origin Server Info, never taller than the screen (200 % scaling).
        const QSize available = screen() ? screen()->availableGeometry().size() * 0.9 : QSize(780, 860);
        resize(sizeHint().expandedTo(QSize(780, 860)).boundedTo(available));
    }
    QFont titleFont = m_ui->domainTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->domainTitle->setFont(titleFont);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *history = m_ui->buttonBox->addButton(tr("&History…"), QDialogButtonBox::ActionRole);
    history->setObjectName(QStringLiteral("historyButton"));
    history->setToolTip(tr("Changes applied to this domain from this computer, with roll back"));
    connect(history, &QPushButton::clicked, this, [this] { emit historyRequested(m_domain.name()); });
    QPushButton *draftsButton = m_ui->buttonBox->addButton(tr("D&rafts…"), QDialogButtonBox::ActionRole);
    draftsButton->setObjectName(QStringLiteral("draftsButton"));
    connect(draftsButton, &QPushButton::clicked, this, [this] { emit draftsRequested(m_domain.name()); });
    OriginPanel *panel = m_ui->originPanel;
    connect(panel, &OriginPanel::modifyRequested, this, &ManageDialog::openModify);
    connect(panel, &OriginPanel::addSlaveRequested, this, &ManageDialog::openSlaveEditor);
    connect(panel, &OriginPanel::removeSlavesRequested, this, &ManageDialog::removeSlaves);
    connect(panel, &OriginPanel::swapRequested, this, &ManageDialog::swapMasterSlave);
    connect(m_applier, &OriginApplier::progress, this,
            [panel](const QString &text) { panel->applyStatus()->showProgress(text); });
    connect(m_applier, &OriginApplier::applied, this, &ManageDialog::onApplied);
    connect(m_applier, &OriginApplier::failed, this, &ManageDialog::onFailed);
    m_ui->draftBanner->setStyleSheet(
        QStringLiteral("QLabel { background: palette(alternate-base); border-left: 4px solid #0052d9; "
                       "padding: 6px; }"));
    connect(m_drafts, &DraftBook::changed, this, &ManageDialog::updateDraftBanner);
    setDomain(domain);
    reload();
}

ManageDialog::~ManageDialog() = default;

void ManageDialog::done(int result)
{
    Settings::setValue(Settings::Key::ManageDialogGeometry, saveGeometry());
    m_applier->cancel();
    QDialog::done(result);
}

void ManageDialog::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    if (m_editor)
        m_editor->setOffline(offline);
    reload();
}

void ManageDialog::updateDraftBanner()
{
    const QList<Draft> drafts = m_drafts->forDomain(m_domain.name());
    QStringList lines;
    if (m_offline)
        lines << tr("Working offline: Modify, hot slave origins and Switch master/slave save drafts. "
                    "Review and apply them from Drafts when you are back online.");
    if (!drafts.isEmpty())
        lines << tr("%n draft(s) of this domain waiting; the newest: %1", nullptr, int(drafts.size()))
                     .arg(DraftBook::summary(drafts.first()));
    m_ui->draftBanner->setText(lines.join(QLatin1Char('\n')));
    m_ui->draftBanner->setVisible(!lines.isEmpty());
}

void ManageDialog::reload()
{
    updateDraftBanner();
    if (m_offline) {
        m_ui->loadingLabel->setText(tr("Offline: showing the last known configuration."));
        m_ui->loadingLabel->show();
        return;
    }
    // The list holds the brief shape; Manage reads the whole configuration.
    m_ui->loadingLabel->setText(tr("Reading the configuration of %1…").arg(m_domain.name()));
    m_ui->loadingLabel->show();
    ApiCall *call = OriginApplier::readDomain(m_client, m_domain.name());
    connect(call, &ApiCall::finished, this, [this, call] {
        Domain live;
        ApiError error;
        if (OriginApplier::domainFrom(call, m_domain.name(), &live, &error)) {
            m_ui->loadingLabel->hide();
            setDomain(live);
        } else {
            m_ui->loadingLabel->setText(tr("Showing the list's copy: %1").arg(error.toDisplayString()));
        }
    });
}

void ManageDialog::setDomain(const Domain &domain)
{
    m_domain = domain;
    setWindowTitle(tr("Manage – %1").arg(domain.name()));
    m_ui->domainTitle->setText(domain.name());
    m_ui->domainValue->setText(domain.name());
    m_ui->cnameValue->setText(domain.cname());
    m_ui->statusValue->setText(DomainListModel::statusText(domain.status()));
    m_ui->areaValue->setText(DomainListModel::areaText(domain.area()));
    m_ui->serviceTypeValue->setText(DomainListModel::serviceTypeText(domain.serviceType()));
    m_ui->projectValue->setText(QString::number(domain.projectId()));
    m_ui->createdValue->setText(domain.createTimeText());
    m_ui->updatedValue->setText(domain.updateTimeText());
    m_ui->originPanel->setDomain(domain);
    QJsonObject rest = domain.toJson();
    rest.remove(QStringLiteral("Origin"));
    m_ui->advancedText->setPlainText(QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Indented)));
}

void ManageDialog::openEditor(OriginEditDialogBase *editor)
{
    if (m_editor)
        m_editor->close();
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &OriginEditDialogBase::applied, this, &ManageDialog::onApplied);
    editor->setDraftSaver([this, editor](const Origin &origin, QString *error) {
        return saveDraft(editor->baseOrigin(), origin, QString(), error);
    });
    editor->keepOpenEdits(m_drafts, editor->baseOrigin());
    editor->setOffline(m_offline);
    editor->setWindowModality(Qt::WindowModal);
    editor->show();
}

void ManageDialog::openModify()
{
    openEditor(new OriginEditorDialog(m_client, m_domain, this));
}

void ManageDialog::openSlaveEditor()
{
    openEditor(new SlaveEditorDialog(m_client, m_domain, this));
}

void ManageDialog::removeSlaves()
{
    const Origin &origin = m_domain.origin();
    if (!origin.hasSlaves())
        return;
    if (Prompts::question(
            this, tr("Delete hot slave origins?"),
            tr("Delete the hot slave origins of %1? Failed back-to-origin requests will no longer be "
               "retried.")
                .arg(m_domain.name()),
            origin.slaveTexts().join(QLatin1String(", "))) != QMessageBox::Yes)
        return;
    Origin next = origin;
    next.setSlaves({});
    next.setBackupServerName(QString());
    if (m_offline)
        saveDraft(origin, next, QString());
    else
        applyDirectly(next, tr("Deleting the hot slave origins"));
}

void ManageDialog::swapMasterSlave()
{
    const OperationResult swap = OriginOps::swapMasterSlave(m_domain.origin(), m_domain.name());
    if (!swap.possible) {
        Prompts::question(this, tr("Switch master/slave"), swap.reason, QString(), QMessageBox::Ok,
                          QMessageBox::Ok);
        return;
    }
    if (!swap.canApply()) {
        QStringList errors;
        for (const Finding &f : swap.findings) {
            if (f.isError())
                errors << f.message;
        }
        Prompts::question(
            this, tr("Switch master/slave"),
            tr("The switch would leave %1 with an invalid origin, so it was not applied. Use Modify "
               "to change the origins instead.")
                .arg(m_domain.name()),
            errors.join(QLatin1Char('\n')), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    if (swap.needsConfirmation()) {
        QStringList lines;
        for (const Loss &loss : swap.losses)
            lines << loss.message + QLatin1Char(' ') + loss.items.join(QLatin1String(", "));
        if (Prompts::question(this, tr("Switch master/slave?"),
                              tr("Switching master and slave of %1 loses:").arg(m_domain.name()),
                              lines.join(QLatin1Char('\n'))) != QMessageBox::Yes)
            return;
    }
    if (m_offline)
        saveDraft(m_domain.origin(), swap.origin, QString());
    else
        applyDirectly(swap.origin, tr("Switching master and slave"));
}

bool ManageDialog::saveDraft(const Origin &base, const Origin &origin, const QString &why, QString *error)
{
    QString problem;
    if (!m_drafts->saveChange(m_domain.name(), base, origin, &problem)) {
        m_ui->originPanel->applyStatus()->showNote(tr("The draft could not be saved: %1").arg(problem), true);
        if (error)
            *error = problem;
        return false;
    }
    m_ui->originPanel->applyStatus()->showNote(
        why.isEmpty() ? tr("Saved as a draft. Review and apply it from Drafts.")
                      : tr("Saved as a draft (%1). Review and apply it from Drafts.").arg(why),
        false);
    return true;
}

void ManageDialog::applyDirectly(const Origin &origin, const QString &what)
{
    m_ui->originPanel->setBusy(true);
    m_ui->originPanel->applyStatus()->showProgress(what + QStringLiteral("…"));
    m_pending = origin;
    m_applier->apply(m_domain.name(), origin, m_domain.origin());
}

void ManageDialog::onApplied(const Domain &domain)
{
    m_ui->originPanel->setBusy(false);
    m_ui->originPanel->applyStatus()->clear();
    QString historyProblem;
    if (auto *applier = qobject_cast<OriginApplier *>(sender()))
        historyProblem = applier->historyProblem();
    else if (auto *editor = qobject_cast<OriginEditDialogBase *>(sender()))
        historyProblem = editor->historyProblem();
    if (!historyProblem.isEmpty())
        m_ui->originPanel->applyStatus()->showNote(historyProblem, true);
    setDomain(domain);
    emit domainChanged(domain);
}

void ManageDialog::onFailed(const ApiError &error)
{
    m_ui->originPanel->setBusy(false);
    if (m_applier->wasAccepted()) {
        // Sent and accepted; only the read-back failed: not a draft, and not "not applied".
        m_ui->originPanel->applyStatus()->showError(error, m_applier->lastRequestId());
        return;
    }
    if (error.kind() == ApiError::Kind::Transport && m_pending != m_domain.origin()) {
        // The API cannot be reached: the change is kept as a draft instead of being lost.
        saveDraft(m_domain.origin(), m_pending, error.message());
        return;
    }
    m_ui->originPanel->applyStatus()->showError(error);
}

} // namespace od
