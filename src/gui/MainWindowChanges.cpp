// MainWindow, continued: the offline copy, Work Offline, drafts, review and history.
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "DomainCache.h"
#include "DomainListModel.h"
#include "DomainWatcher.h"
#include "DraftBook.h"
#include "DraftsDialog.h"
#include "History.h"
#include "HistoryDialog.h"
#include "ManageDialog.h"
#include "OriginEditorDialog.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "SlaveEditorDialog.h"
#include "Workspace.h"

#include <QLabel>
#include <QThread>

namespace od {

void MainWindow::waitForCacheWrite()
{
    if (m_cacheWriter)
        m_cacheWriter->wait();
}

void MainWindow::loadFromCache(const QString &unreachableReason)
{
    waitForCacheWrite(); // the copy just being written is the newest
    QDateTime fetched;
    QString error;
    const QList<DomainCache::Row> rows = m_cache->load(m_workspace->accountKey(), &fetched, &error);
    m_live = false;
    if (!unreachableReason.isEmpty())
        setUnreachable(true);
    if (!rows.isEmpty() || unreachableReason.isEmpty()) {
        replaceRows(rows);
        m_dataTime = fetched;
    }
    if (!unreachableReason.isEmpty())
        showMessage(tr("The API cannot be reached: %1 Showing the offline copy; changes are saved as drafts. "
                       "Press F5 to try again.")
                        .arg(unreachableReason),
                    true);
    else if (!fetched.isValid())
        showMessage(
            tr("There is no offline copy of this account yet: turn Work Offline off once to read it."),
            false);
    if (!error.isEmpty())
        showMessage(error, true);
    updateOfflineState();
    afterLoad();
}

void MainWindow::replaceRows(const QList<DomainCache::Row> &rows)
{
    const QString selected = selectedDomain();
    m_model->clear();
    m_model->appendRows(rows);
    selectDomain(selected);
}

void MainWindow::storeCache()
{
    // Writing 50,000 domains takes most of a second: a worker thread does it with its own connection,
    // so the list stays responsive. A newer load waits for the previous write.
    waitForCacheWrite();
    const QString path = m_cache->path();
    const QString account = m_workspace->accountKey();
    const QList<DomainCache::Row> rows = m_model->cacheRows();
    const QDateTime fetched = m_dataTime;
    QPointer<MainWindow> self(this);
    m_cacheWriter.reset(QThread::create([path, account, rows, fetched, self] {
        DomainCache writer(path);
        QString error;
        if (writer.replace(account, rows, fetched, &error))
            return;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, error] {
                if (self)
                    self->showMessage(tr("The offline copy could not be saved: %1").arg(error), true);
            },
            Qt::QueuedConnection);
    }));
    m_cacheWriter->setObjectName(QStringLiteral("OfflineCopyWriter"));
    m_cacheWriter->start(QThread::LowPriority);
}

void MainWindow::setUnreachable(bool unreachable)
{
    if (m_unreachable == unreachable)
        return;
    m_unreachable = unreachable;
    updateOfflineState();
}

bool MainWindow::isOffline() const
{
    return m_ui->actionWorkOffline->isChecked() || m_unreachable;
}

void MainWindow::setWorkOffline(bool offline)
{
    m_ui->actionWorkOffline->setChecked(offline);
}

QString MainWindow::messageText() const
{
    return m_ui->messageBanner->isVisibleTo(this) ? m_ui->messageBanner->text() : QString();
}

QString MainWindow::dataAgeText() const
{
    if (m_live)
        return tr("Live · read %1")
            .arg(QLocale().toString(m_dataTime.toLocalTime().time(), QLocale::ShortFormat));
    if (!m_dataTime.isValid())
        return isOffline() ? tr("Offline · no copy yet") : QString();
    const qint64 minutes = m_dataTime.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    QString age;
    if (minutes < 1)
        age = tr("just now");
    else if (minutes < 120)
        age = tr("%n minute(s) old", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        age = tr("%n hour(s) old", nullptr, int(minutes / 60));
    else
        age = tr("%n day(s) old", nullptr, int(minutes / (24 * 60)));
    return tr("Offline copy from %1 (%2)")
        .arg(QLocale().toString(m_dataTime.toLocalTime(), QLocale::ShortFormat), age);
}

void MainWindow::updateOfflineState()
{
    const bool offline = isOffline();
    m_offlineBadge->setVisible(offline);
    m_offlineBadge->setText(m_unreachable && !m_ui->actionWorkOffline->isChecked() ? tr("API UNREACHABLE")
                                                                                   : tr("OFFLINE"));
    m_ageLabel->setText(dataAgeText());
    m_ageLabel->setStyleSheet(m_live ? QString() : QStringLiteral("QLabel { color: #9a6700; }"));
    m_ui->refreshButton->setToolTip(
        offline && m_ui->actionWorkOffline->isChecked()
            ? tr("Reload the offline copy (F5); turn Work Offline off to read live")
            : tr("Reload the domain list (F5)"));
    for (const QPointer<ManageDialog> &dialog : qAsConst(m_manageDialogs)) {
        if (dialog)
            dialog->setOffline(offline);
    }
    updateActions();
}

void MainWindow::updateDraftCount()
{
    const int count = int(m_drafts->drafts().size());
    m_ui->draftsButton->setText(count > 0 ? tr("Drafts (%1)").arg(count) : tr("Drafts"));
    m_ui->draftsButton->setAccessibleName(tr("Drafts: %n waiting", nullptr, count));
}

DraftsDialog *MainWindow::openDrafts()
{
    if (!m_draftsDialog) {
        auto *dialog = new DraftsDialog(m_drafts, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_draftsDialog = dialog;
        connect(dialog, &DraftsDialog::reviewRequested, this, &MainWindow::openReview);
        connect(dialog, &DraftsDialog::editRequested, this, &MainWindow::editDraft);
    }
    m_draftsDialog->show();
    m_draftsDialog->raise();
    m_draftsDialog->activateWindow();
    return m_draftsDialog;
}

ReviewDialog *MainWindow::openReview(const QStringList &draftIds)
{
    if (isOffline()) {
        const QString why =
            m_ui->actionWorkOffline->isChecked()
                ? tr("Turn Work Offline off to review and apply drafts.")
                : tr("The API cannot be reached, so drafts cannot be applied now. Press F5 to try again.");
        showMessage(why, true);
        if (m_draftsDialog && m_draftsDialog->isVisible())
            m_draftsDialog->showStatus(why, true);
        return nullptr;
    }
    if (m_reviewDialog) {
        if (m_reviewDialog->isApplying()) {
            m_reviewDialog->raise();
            return m_reviewDialog;
        }
        m_reviewDialog->close();
    }
    auto *dialog = new ReviewDialog(m_workspace->client(), m_drafts, draftIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reviewDialog = dialog;
    connect(dialog, &ReviewDialog::domainApplied, this, &MainWindow::onDomainChanged);
    connect(dialog, &ReviewDialog::domainChangedUnverified, m_watcher, &DomainWatcher::watch);
    dialog->show();
    return dialog;
}

HistoryDialog *MainWindow::openHistory(const QString &domain)
{
    if (!m_historyDialog) {
        auto *dialog =
            new HistoryDialog(HistoryStore::defaultPath(), m_workspace->client()->secretId(), domain, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_historyDialog = dialog;
        connect(dialog, &HistoryDialog::rollbackRequested, this, &MainWindow::rollBack);
    } else {
        m_historyDialog->setDomain(domain);
        m_historyDialog->reload();
    }
    m_historyDialog->show();
    m_historyDialog->raise();
    return m_historyDialog;
}

void MainWindow::rollBack(const HistoryRecord &record)
{
    if (Prompts::question(this, tr("Roll back?"),
                          tr("Make a draft that puts back the origin of %1 from before this change? It is "
                             "compared with the live configuration before anything is sent.")
                              .arg(record.domain),
                          ReviewDialog::describe(record.before)) != QMessageBox::Yes)
        return;
    QString error;
    Draft draft = record.rollbackDraft();
    if (!m_drafts->save(draft, &error)) {
        showMessage(tr("The rollback draft could not be saved: %1").arg(error), true);
        return;
    }
    // Offline it is kept for later: the Drafts panel shows it selected, and the review that cannot
    // start says why there.
    if (isOffline())
        openDrafts()->selectDrafts({draft.id});
    openReview({draft.id});
}

OriginEditDialogBase *MainWindow::editDraft(const QString &id, bool slaves)
{
    const std::optional<Draft> draft = m_drafts->find(id);
    if (!draft)
        return nullptr;
    QJsonObject json{{QStringLiteral("Domain"), draft->domain}};
    Domain domain = m_model->domain(draft->domain).value_or(Domain(json));
    domain.setOrigin(draft->origin);
    QWidget *parent = m_draftsDialog ? static_cast<QWidget *>(m_draftsDialog) : this;
    OriginEditDialogBase *editor = nullptr;
    if (slaves)
        editor = new SlaveEditorDialog(m_workspace->client(), domain, parent);
    else
        editor = new OriginEditorDialog(m_workspace->client(), domain, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setOffline(true);
    editor->setWindowTitle(tr("Edit draft – %1").arg(draft->domain));
    editor->setDraftSaver([this, id](const Origin &origin, QString *error) {
        std::optional<Draft> current = m_drafts->find(id);
        if (!current) {
            *error = tr("the draft was discarded meanwhile.");
            return false;
        }
        current->origin = origin;
        current->lastError.clear();
        return m_drafts->save(*current, error);
    });
    editor->keepOpenEdits(m_drafts, draft->base);
    editor->setWindowModality(Qt::WindowModal);
    editor->show();
    return editor;
}

} // namespace od
