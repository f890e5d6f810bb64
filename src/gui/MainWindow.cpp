#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AccountsDialog.h"
#include "ApiCall.h"
#include "DomainCache.h"
#include "DomainFilterModel.h"
#include "DomainListModel.h"
#include "DomainPager.h"
#include "DomainWatcher.h"
#include "DraftBook.h"
#include "Language.h"
#include "ManageDialog.h"
#include "OriginApplier.h"
#include "OriginOps.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "Settings.h"
#include "Workspace.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QScreen>
#include <QShortcut>
#include <QThread>
#include <QTimer>

#include <utility>

namespace od {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace)
    , m_model(new DomainListModel(this))
    , m_filter(new DomainFilterModel(this))
    , m_watcher(new DomainWatcher(workspace->client(), this))
    , m_countsLabel(new QLabel(this))
    , m_accountLabel(new QLabel(this))
    , m_loadProgress(new QProgressBar(this))
    , m_ageLabel(new QLabel(this))
    , m_offlineBadge(new QLabel(tr("OFFLINE"), this))
    , m_drafts(new DraftBook(DraftBook::defaultFolder(), this))
    , m_cache(std::make_unique<DomainCache>(DomainCache::defaultPath()))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/origindesk/icons/origindesk.svg")));
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->sandboxBadge->setStyleSheet(
        QStringLiteral("QLabel { color: #ffffff; background: #e37318; border-radius: 4px; padding: 2px 8px; "
                       "font-weight: bold; }"));

    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setMaximumWidth(220);
    m_loadProgress->setFormat(tr("Pages %v / %m"));
    m_loadProgress->hide();
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addWidget(m_loadProgress);
    m_ageLabel->setObjectName(QStringLiteral("dataAgeLabel"));
    statusBar()->addPermanentWidget(m_ageLabel);
    // "(3 hours old)" keeps counting while the window stays open on an offline copy.
    auto *ageTimer = new QTimer(this);
    ageTimer->setObjectName(QStringLiteral("dataAgeTimer"));
    ageTimer->setInterval(std::chrono::seconds(30));
    connect(ageTimer, &QTimer::timeout, this, [this] { m_ageLabel->setText(dataAgeText()); });
    ageTimer->start();
    statusBar()->addPermanentWidget(m_accountLabel);
    m_offlineBadge->setObjectName(QStringLiteral("offlineBadge"));
    m_offlineBadge->setStyleSheet(
        QStringLiteral("QLabel { color: #ffffff; background: #5e6b7a; border-radius: 4px; padding: 2px 8px; "
                       "font-weight: bold; }"));
    m_offlineBadge->setToolTip(
        tr("Working offline: the list is the last known configuration and every change "
           "is saved as a draft."));
    m_offlineBadge->hide();
    m_ui->titleLayout->insertWidget(m_ui->titleLayout->indexOf(m_ui->sandboxBadge) + 1, m_offlineBadge);

    m_ui->statusFilter->addItem(tr("All statuses"), QString());
    for (const char *status : {"online", "offline", "processing", "closing"})
        m_ui->statusFilter->addItem(DomainListModel::statusText(QLatin1String(status)),
                                    QLatin1String(status));
    m_ui->typeFilter->addItem(tr("All origin types"), -1);
    for (Origin::Kind kind : {Origin::Kind::Own, Origin::Kind::Cos, Origin::Kind::ThirdParty})
        m_ui->typeFilter->addItem(OriginOps::kindName(kind), int(kind));

    m_filter->setSourceModel(m_model);
    QTableView *table = m_ui->domainTable;
    table->setModel(m_filter);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setDefaultSectionSize(150);
    table->horizontalHeader()->resizeSection(DomainListModel::DomainColumn, 240);
    table->horizontalHeader()->resizeSection(DomainListModel::MastersColumn, 260);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    restoreViewState();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &DomainFilterModel::setSearchText);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_ui->statusFilter->currentData().toString()); });
    connect(m_ui->typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_ui->typeFilter->currentData().toInt()); });
    connect(m_ui->slavesOnlyCheck, &QCheckBox::toggled, m_filter, &DomainFilterModel::setSlavesOnly);
    // The filter announces every change of its rows as a reset or a layout change.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(table, &QTableView::doubleClicked, this, &MainWindow::manageSelected);
    connect(table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == DomainListModel::ManageColumn)
            manageSelected();
    });
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &MainWindow::manageSelected);
    auto *enterPad = new QShortcut(QKeySequence(Qt::Key_Enter), table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enterPad, &QShortcut::activated, this, &MainWindow::manageSelected);

    // From the search field: Down goes to the list; Enter opens the one domain found, or goes to the list.
    auto *down =
        new QShortcut(QKeySequence(Qt::Key_Down), m_ui->searchEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, &MainWindow::focusList);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        focusList();
        if (m_filter->rowCount() == 1)
            manageSelected();
    });

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionManage, &QAction::triggered, this, &MainWindow::manageSelected);
    connect(m_ui->manageButton, &QPushButton::clicked, this, &MainWindow::manageSelected);
    connect(m_ui->actionStart, &QAction::triggered, this, [this] { startStopSelected(true); });
    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { startStopSelected(true); });
    connect(m_ui->actionStop, &QAction::triggered, this, [this] { startStopSelected(false); });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] { startStopSelected(false); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About OriginDesk"),
            tr("<h3>OriginDesk %1</h3><p>A desktop console for the origin servers of Tencent Cloud "
               "CDN domains.</p><p>Built with Qt %2.</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    setUpLanguageMenu();
    m_ui->actionWorkOffline->setChecked(Settings::value(Settings::Key::WorkOffline).toBool());
    connect(m_ui->actionWorkOffline, &QAction::toggled, this, [this](bool offline) {
        Settings::setValue(Settings::Key::WorkOffline, offline);
        m_unreachable = false;
        updateOfflineState();
        const Account current = m_workspace->currentAccount();
        if (!offline && !m_workspace->hasKey() && !current.id.isEmpty()) {
            // Opened offline without its key: read it now; the list reloads once it is there.
            showMessage(tr("Reading the key of %1 from the keychain…").arg(current.name), false);
            m_workspace->useSavedAccount(current);
            return;
        }
        refresh();
    });
    connect(m_ui->actionDrafts, &QAction::triggered, this, &MainWindow::openDrafts);
    connect(m_ui->draftsButton, &QPushButton::clicked, this, &MainWindow::openDrafts);
    connect(m_ui->actionHistory, &QAction::triggered, this, [this] { openHistory(selectedDomain()); });
    connect(m_drafts, &DraftBook::changed, this, &MainWindow::updateDraftCount);
    connect(m_watcher, &DomainWatcher::domainUpdated, this, &MainWindow::onDomainChanged);
    connect(workspace, &Workspace::accountChanged, this, &MainWindow::onAccountChanged);
    connect(workspace, &Workspace::accountFailed, this, &MainWindow::onAccountFailed);
    connect(m_ui->accountCombo, &QComboBox::activated, this, &MainWindow::onAccountChosen);
    connect(m_ui->accountsButton, &QPushButton::clicked, this, &MainWindow::openAccounts);
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, [this] {
        if (AccountsDialog *dialog = openAccounts())
            dialog->openEditor(Account());
    });
    m_ui->firstRunBanner->setStyleSheet(
        QStringLiteral("#firstRunBanner { background: palette(alternate-base); }"));

    if (workspace->client()->hasCredentials()) {
        onAccountChanged();
    } else { // the app starts its account once the window is shown
        populateAccounts();
        m_ui->sandboxBadge->hide();
        m_countsLabel->setText(tr("Starting…"));
    }
}

MainWindow::~MainWindow()
{
    waitForCacheWrite();
}

void MainWindow::restoreViewState()
{
    if (!restoreGeometry(Settings::value(Settings::Key::MainWindowGeometry).toByteArray()) && screen())
        resize(size().boundedTo(screen()->availableGeometry().size() * 0.9));
    restoreState(Settings::value(Settings::Key::MainWindowState).toByteArray());
    QHeaderView *header = m_ui->domainTable->horizontalHeader();
    header->restoreState(Settings::value(Settings::Key::DomainTableHeader).toByteArray());
    m_ui->domainTable->sortByColumn(
        Settings::value(Settings::Key::DomainTableSortColumn).toInt(),
        Qt::SortOrder(Settings::value(Settings::Key::DomainTableSortOrder).toInt()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_reviewDialog && m_reviewDialog->isApplying()) {
        // Quitting in the middle of an apply would leave a request without its result: stop after
        // the domain in flight, then close.
        event->ignore();
        m_reviewDialog->stopApply();
        connect(m_reviewDialog, &ReviewDialog::applyFinished, this, &QWidget::close, Qt::QueuedConnection);
        showMessage(tr("Closing after the domain being applied now…"), false);
        return;
    }
    Settings::setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::MainWindowState, saveState());
    QHeaderView *header = m_ui->domainTable->horizontalHeader();
    Settings::setValue(Settings::Key::DomainTableHeader, header->saveState());
    Settings::setValue(Settings::Key::DomainTableSortColumn, header->sortIndicatorSection());
    Settings::setValue(Settings::Key::DomainTableSortOrder, int(header->sortIndicatorOrder()));
    closeManageDialogs();
    QMainWindow::closeEvent(event);
}

void MainWindow::setUpLanguageMenu()
{
    auto *group = new QActionGroup(this);
    const QString current = Language::preference();
    QStringList choices{QString()};
    choices += Language::available();
    for (const QString &language : choices) {
        QAction *action = m_ui->languageMenu->addAction(Language::displayName(language));
        action->setObjectName(QStringLiteral("languageAction_") +
                              (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            Language::setPreference(language);
            showMessage(tr("The language changes the next time OriginDesk starts."), false);
        });
    }
}

void MainWindow::closeManageDialogs()
{
    for (const QPointer<ManageDialog> &dialog : qAsConst(m_manageDialogs)) {
        if (dialog)
            dialog->close();
    }
}

void MainWindow::onAccountChanged()
{
    Settings::setValue(Settings::Key::LastAccountId, m_workspace->currentAccount().id);
    populateAccounts();
    m_ui->sandboxBadge->setVisible(m_workspace->isSandbox());
    const Account account = m_workspace->currentAccount();
    QString label = tr("Account: %1 · %2")
                        .arg(m_workspace->accountName(), m_workspace->client()->endpoint().displayName());
    if (account.temporary)
        label += QStringLiteral(" · ") + AccountsDialog::remainingText(account);
    m_accountLabel->setText(label);
    closeManageDialogs();
    m_manageDialogs.clear();
    m_watcher->clear();
    m_model->clear(); // the list of the account that was shown
    for (QDialog *dialog :
         {static_cast<QDialog *>(m_reviewDialog), static_cast<QDialog *>(m_historyDialog)}) {
        if (dialog)
            dialog->close();
    }
    m_drafts->setAccount(m_workspace->accountKey());
    m_unreachable = false;
    updateOfflineState();
    refresh();
    const QStringList recovered = m_drafts->recovered();
    if (!recovered.isEmpty())
        showMessage(
            tr("%n edit(s) still open when OriginDesk last stopped are kept as drafts: %1. Review them "
               "in Drafts.",
               nullptr, int(recovered.size()))
                .arg(recovered.join(QLatin1String(", "))),
            false);
}

bool MainWindow::isLoading() const
{
    return m_pager && m_pager->isRunning();
}

void MainWindow::refresh()
{
    if (m_pager) {
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_ui->messageBanner->hide();
    if (m_ui->actionWorkOffline->isChecked()) {
        m_pager = nullptr;
        loadFromCache(QString());
        return;
    }
    // Opening an account: its offline copy stays on screen while the live list loads behind it, then
    // live replaces it in one step. A refresh keeps the list on screen the same way (an operator's
    // place in it is not lost); only a first read with nothing to show fills page by page.
    m_incoming.clear();
    m_changedWhileLoading.clear();
    m_keepOnScreen = m_model->rowCount() > 0;
    if (!m_keepOnScreen) {
        waitForCacheWrite();
        QDateTime fetched;
        QString error;
        const QList<DomainCache::Row> rows = m_cache->load(m_workspace->accountKey(), &fetched, &error);
        if (!rows.isEmpty()) {
            m_model->appendRows(rows);
            m_dataTime = fetched;
            m_live = false;
            m_keepOnScreen = true;
            updateOfflineState();
        }
    }
    m_pager = new DomainPager(m_workspace->client(), DomainPager::Shape::Brief, this);
    connect(m_pager, &DomainPager::pageLoaded, m_model, [this](int, const QList<Domain> &domains) {
        if (!m_keepOnScreen) {
            m_model->appendDomains(domains);
            return;
        }
        for (const Domain &d : domains)
            m_incoming.append(DomainCache::rowFor(d));
    });
    connect(m_pager, &DomainPager::progress, this, &MainWindow::onPageProgress);
    connect(m_pager, &DomainPager::finished, this, &MainWindow::onLoadFinished);
    m_loadProgress->setRange(0, 0);
    m_loadProgress->show();
    m_countsLabel->setText(tr("Loading domains…"));
    m_pager->start();
}

void MainWindow::onPageProgress(int done, int total)
{
    m_loadProgress->setRange(0, total);
    m_loadProgress->setValue(done);
}

void MainWindow::onLoadFinished()
{
    m_loadProgress->hide();
    const ApiError error = m_pager ? m_pager->error() : ApiError();
    const bool keptOnScreen = std::exchange(m_keepOnScreen, false);
    if (error.kind() == ApiError::Kind::Transport) {
        m_incoming.clear();
        loadFromCache(error.toDisplayString());
        return;
    }
    if (error.isError()) {
        m_incoming.clear(); // the copy on screen is more complete than the pages that came
        showMessage(tr("The domain list could not be loaded completely: %1").arg(error.toDisplayString()),
                    true);
    } else if (m_pager) {
        if (keptOnScreen) {
            replaceRows(std::exchange(m_incoming, {}));
            for (const Domain &changed : std::exchange(m_changedWhileLoading, {}))
                m_model->updateDomain(changed);
        }
        setUnreachable(false);
        const bool wasLive = std::exchange(m_live, true);
        m_dataTime = QDateTime::currentDateTimeUtc();
        // Back from the offline copy with changes kept for later: say so, once, without hiding
        // anything more urgent already shown.
        const int waiting = int(m_drafts->drafts().size());
        if (!wasLive && waiting > 0 && messageText().isEmpty())
            showMessage(tr("%n draft(s) waiting to be reviewed and applied: open Drafts (Ctrl+Shift+D).",
                           nullptr, waiting),
                        false);
        storeCache();
        updateOfflineState();
        watchDeployingRows();
    }
    afterLoad();
}

void MainWindow::watchDeployingRows()
{
    // Domains read while they deploy (a change made elsewhere) are followed until they settle, a few
    // at a time: each is one request per poll.
    constexpr int kMaxWatched = 20;
    int watched = 0;
    for (int row = 0; row < m_model->rowCount() && watched < kMaxWatched; ++row) {
        if (!DomainWatcher::isSettled(m_model->status(row))) {
            m_watcher->watch(m_model->name(row));
            ++watched;
        }
    }
}

void MainWindow::afterLoad()
{
    updateCounts();
    updateActions();
    if (!m_pendingManage.isEmpty()) {
        const QString name = std::exchange(m_pendingManage, QString());
        if (m_model->rowOf(name) < 0) {
            showMessage(tr("%1 is not a domain of this account.").arg(name), true);
            return;
        }
        selectDomain(name);
        manage(name);
    }
}

void MainWindow::manageWhenLoaded(const QString &domain)
{
    m_pendingManage = domain;
    if (!isLoading())
        onLoadFinished();
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (isLoading() && m_keepOnScreen && !m_live)
        m_countsLabel->setText(
            tr("%n domain(s) in the offline copy; loading the live list…", nullptr, total));
    else if (isLoading() && m_keepOnScreen)
        m_countsLabel->setText(tr("%n domain(s); reading the live list again…", nullptr, total));
    else if (isLoading())
        m_countsLabel->setText(tr("Loading… %n domain(s) so far", nullptr, total));
    else if (shown == total)
        m_countsLabel->setText(tr("%n domain(s)", nullptr, total));
    else
        m_countsLabel->setText(tr("%1 of %n domain(s) shown", nullptr, total).arg(shown));
}

QString MainWindow::selectedDomain() const
{
    const QModelIndex current = m_ui->domainTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return QString();
    return current.siblingAtColumn(0).data(DomainListModel::NameRole).toString();
}

void MainWindow::selectDomain(const QString &domain)
{
    const int row = m_model->rowOf(domain);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_ui->domainTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                    QItemSelectionModel::Rows);
    m_ui->domainTable->scrollTo(index);
}

void MainWindow::updateActions()
{
    const std::optional<Domain> domain = m_model->domain(selectedDomain());
    const bool any = domain.has_value();
    m_ui->actionManage->setEnabled(any);
    m_ui->manageButton->setEnabled(any);
    const bool online = !isOffline();
    const bool canStart = online && any && domain->status() == QLatin1String("offline");
    const bool canStop = online && any && domain->status() == QLatin1String("online");
    m_ui->actionStart->setEnabled(canStart);
    m_ui->startButton->setEnabled(canStart);
    m_ui->actionStop->setEnabled(canStop);
    m_ui->stopButton->setEnabled(canStop);
}

ManageDialog *MainWindow::manage(const QString &name)
{
    if (ManageDialog *open = m_manageDialogs.value(name)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    const std::optional<Domain> domain = m_model->domain(name);
    if (!domain)
        return nullptr;
    auto *dialog = new ManageDialog(m_workspace->client(), m_drafts, *domain, isOffline(), this);
    m_manageDialogs.insert(name, dialog);
    connect(dialog, &ManageDialog::historyRequested, this, &MainWindow::openHistory);
    connect(dialog, &ManageDialog::draftsRequested, this,
            [this](const QString &domain) { openDrafts()->selectDomain(domain); });
    connect(dialog, &ManageDialog::domainChanged, this, &MainWindow::onDomainChanged);
    dialog->show();
    return dialog;
}

void MainWindow::focusList()
{
    QTableView *table = m_ui->domainTable;
    if (m_filter->rowCount() == 0)
        return;
    if (!table->selectionModel()->hasSelection() || selectedDomain().isEmpty())
        table->selectRow(0);
    table->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::manageSelected()
{
    const QString name = selectedDomain();
    if (!name.isEmpty())
        manage(name);
}

void MainWindow::startStopSelected(bool start)
{
    const QString name = selectedDomain();
    if (name.isEmpty())
        return;
    const QString question =
        start ? tr("Start %1? The CDN will serve it again.").arg(name)
              : tr("Stop %1? While it is stopped, edge nodes answer 404 for every request to it.").arg(name);
    if (Prompts::question(this, start ? tr("Start domain") : tr("Stop domain"), question) != QMessageBox::Yes)
        return;
    ApiCall *call =
        start ? m_workspace->client()->startDomain(name) : m_workspace->client()->stopDomain(name);
    showMessage(start ? tr("Starting %1…").arg(name) : tr("Stopping %1…").arg(name), false);
    connect(call, &ApiCall::finished, this, [this, call, name, start] {
        if (!call->isOk()) {
            showMessage((start ? tr("%1 could not be started: %2") : tr("%1 could not be stopped: %2"))
                            .arg(name, call->error().toDisplayString()),
                        true);
            return;
        }
        showMessage(start ? tr("%1 is starting (RequestId %2).").arg(name, call->requestId())
                          : tr("%1 is stopping (RequestId %2).").arg(name, call->requestId()),
                    false);
        if (const std::optional<Domain> domain = m_model->domain(name)) {
            Domain pending = *domain;
            pending.setStatus(start ? QStringLiteral("processing") : QStringLiteral("closing"));
            m_model->updateDomain(pending);
        }
        m_watcher->watch(name);
    });
}

void MainWindow::onDomainChanged(const Domain &domain)
{
    m_model->updateDomain(domain);
    if (isLoading() && m_keepOnScreen)
        m_changedWhileLoading.insert(domain.name(), domain);
    QString error;
    if (m_live && m_model->domain(domain.name()) &&
        !m_cache->update(m_workspace->accountKey(), domain, &error))
        qWarning("origindesk: the offline copy of %s was not updated: %s", qPrintable(domain.name()),
                 qPrintable(error));
    if (!DomainWatcher::isSettled(domain.status()))
        m_watcher->watch(domain.name());
    if (ManageDialog *dialog = m_manageDialogs.value(domain.name())) {
        if (sender() != dialog)
            dialog->setDomain(domain);
    }
    updateActions();
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_ui->messageBanner->setText(text);
    m_ui->messageBanner->setStyleSheet(
        error ? QStringLiteral("QLabel { color: #8e0000; background: #fdecea; padding: 6px; }")
              : QStringLiteral("QLabel { padding: 6px; }"));
    m_ui->messageBanner->show();
}

} // namespace od
