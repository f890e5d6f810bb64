#include "OriginEditDialogBase.h"

#include "ApplyStatusPanel.h"
#include "DraftBook.h"
#include "OriginApplier.h"
#include "OriginRules.h"
#include "Prompts.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace od {

OriginEditDialogBase::OriginEditDialogBase(CdnClient *client, const Domain &domain, QWidget *parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_applier(new OriginApplier(client, this))
{
    connect(m_applier, &OriginApplier::progress, this,
            [this](const QString &text) { m_status->showProgress(text); });
    connect(m_applier, &OriginApplier::failed, this, &OriginEditDialogBase::onFailed);
    connect(m_applier, &OriginApplier::applied, this, [this](const Domain &live) {
        m_applying = false;
        m_status->clear();
        emit applied(live);
        accept();
    });
    // Typing is written a moment after it stops, not at every key.
    m_keepTimer.setSingleShot(true);
    m_keepTimer.setInterval(250);
    connect(&m_keepTimer, &QTimer::timeout, this, &OriginEditDialogBase::keepOpenEdit);
}

OriginEditDialogBase::~OriginEditDialogBase()
{
    if (!m_openEdits)
        return;
    if (m_keepTimer.isActive())
        keepOpenEdit();
    if (m_openEditKept)
        m_openEdits->adoptOpenEdit(m_openEditKey);
}

void OriginEditDialogBase::keepOpenEdits(DraftBook *book, const Origin &draftBase)
{
    m_openEdits = book;
    m_draftBase = draftBase;
    m_openEditKey = book->beginOpenEdit();
}

void OriginEditDialogBase::keepOpenEdit()
{
    if (!m_openEdits)
        return;
    QString error;
    const bool kept =
        m_openEdits->keepOpenEdit(m_openEditKey, m_domain.name(), m_draftBase, m_edited, &error);
    if (!kept && m_status)
        m_status->showNote(tr("What you typed cannot be kept on disk while the editor is open (%1); save it "
                              "as a draft or apply it before closing OriginDesk.")
                               .arg(error),
                           true);
    m_openEditKept = m_openEditKept || kept;
}

void OriginEditDialogBase::reject()
{
    if (!m_applying && m_edited != baseOrigin() &&
        Prompts::question(
            this, tr("Discard the changes?"),
            tr("Discard the changes to %1? They have not been saved or applied.").arg(m_domain.name()),
            QString(), QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void OriginEditDialogBase::done(int result)
{
    if (m_openEdits) {
        m_keepTimer.stop();
        m_openEdits->endOpenEdit(m_openEditKey);
        m_openEdits = nullptr;
        m_openEditKept = false;
    }
    QDialog::done(result);
}

QString OriginEditDialogBase::historyProblem() const
{
    return m_applier->historyProblem();
}

Findings OriginEditDialogBase::currentFindings() const
{
    return OriginRules::check(editedOrigin(), m_domain.name());
}

void OriginEditDialogBase::setUpApply(QPushButton *applyButton, ApplyStatusPanel *status)
{
    m_applyButton = applyButton;
    m_status = status;
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    connect(m_applyButton, &QPushButton::clicked, this, &OriginEditDialogBase::apply);
    if (auto *box = qobject_cast<QDialogButtonBox *>(applyButton->parentWidget())) {
        m_draftButton = box->addButton(tr("Save as &draft"), QDialogButtonBox::ActionRole);
        m_draftButton->setObjectName(QStringLiteral("draftButton"));
        m_draftButton->setToolTip(tr("Keep this change as a draft to review and apply later."));
        connect(m_draftButton, &QPushButton::clicked, this, &OriginEditDialogBase::saveDraft);
    }
    revalidate();
}

void OriginEditDialogBase::setOffline(bool offline)
{
    m_offline = offline;
    if (m_applyButton) {
        m_applyButton->setVisible(!offline);
        m_applyButton->setDefault(!offline);
    }
    if (m_draftButton)
        m_draftButton->setDefault(offline);
    revalidate();
}

void OriginEditDialogBase::saveDraft()
{
    const Origin origin = editedOrigin();
    const Findings findings = OriginRules::check(origin, m_domain.name());
    if (hasErrors(findings)) {
        QStringList errors;
        for (const Finding &f : findings) {
            if (f.isError())
                errors << f.message;
        }
        if (Prompts::question(this, tr("Save a draft that is not ready?"),
                              tr("The change to %1 breaks these rules. It can be kept as a draft, but it "
                                 "cannot be reviewed or applied until they are corrected.")
                                  .arg(m_domain.name()),
                              errors.join(QLatin1String("\n\n"))) != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!m_draftSaver || !m_draftSaver(origin, &error)) {
        m_status->showNote(tr("The draft could not be saved: %1").arg(error), true);
        return;
    }
    accept();
}

QString OriginEditDialogBase::formatMessages(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << (f.isError() ? QStringLiteral("<span style='color:#c62828'>✖ %1</span>")
                              : QStringLiteral("<span style='color:#9a6700'>⚠ %1</span>"))
                     .arg(f.message.toHtmlEscaped());
    return lines.join(QLatin1String("<br>"));
}

void OriginEditDialogBase::revalidate()
{
    if (!m_applyButton)
        return;
    m_edited = editedOrigin();
    const Findings findings = OriginRules::check(m_edited, m_domain.name());
    presentFindings(findings);
    const bool changed = m_edited != baseOrigin();
    if (m_openEdits && changed) {
        m_keepTimer.start();
    } else if (m_openEdits) { // back to where it started: nothing to keep
        m_keepTimer.stop();
        if (std::exchange(m_openEditKept, false))
            m_openEdits->endOpenEdit(m_openEditKey);
    }
    m_applyButton->setEnabled(!m_offline && !m_applying && changed && !hasErrors(findings));
    if (m_draftButton)
        m_draftButton->setEnabled(!m_applying && changed);
    m_applyButton->setToolTip(hasErrors(findings) ? tr("Correct the errors shown before applying.")
                              : !changed          ? tr("Nothing has changed yet.")
                                                  : QString());
}

void OriginEditDialogBase::apply()
{
    const Origin origin = editedOrigin();
    const Findings findings = OriginRules::check(origin, m_domain.name());
    if (hasErrors(findings) || m_applying)
        return;
    if (hasWarnings(findings)) {
        QStringList warnings;
        for (const Finding &f : findings)
            warnings << f.message;
        if (Prompts::question(this, tr("Apply with warnings?"),
                              tr("The change to %1 has warnings:").arg(m_domain.name()),
                              warnings.join(QLatin1String("\n\n"))) != QMessageBox::Yes)
            return;
    }
    m_applying = true;
    setEditingEnabled(false);
    m_applyButton->setEnabled(false);
    m_applier->apply(m_domain.name(), origin, baseOrigin());
}

void OriginEditDialogBase::onFailed(const ApiError &error)
{
    m_applying = false;
    m_status->showError(error, m_applier->wasAccepted() ? m_applier->lastRequestId() : QString());
    if (!m_applier->historyProblem().isEmpty())
        qWarning("origindesk: %s", qPrintable(m_applier->historyProblem()));
    setEditingEnabled(true);
    revalidate();
}

} // namespace od
