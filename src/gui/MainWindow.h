#pragma once

#include "Account.h"
#include "AccountsDialog.h"
#include "Domain.h"
#include "DomainCache.h"
#include "DraftsDialog.h"
#include "HistoryDialog.h"
#include "ManageDialog.h"
#include "ReviewDialog.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;
class QThread;

namespace Ui {
class MainWindow;
}

namespace od {

class AccountsDialog;
class ApiError;
class DomainCache;
class DraftBook;
class DraftsDialog;
class HistoryDialog;
struct HistoryRecord;
class OriginEditDialogBase;
class ReviewDialog;
class DomainFilterModel;
class DomainListModel;
class DomainPager;
class DomainWatcher;
class ManageDialog;
class Workspace;

// Domain Management: every domain of the current account, searchable and filterable, with Manage,
// Start and Stop. The list loads page by page while the window stays responsive; a list already on
// screen stays there until the new one has loaded.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    DomainListModel *domainModel() const { return m_model; }
    DomainFilterModel *filterModel() const { return m_filter; }
    DomainWatcher *watcher() const { return m_watcher; }
    bool isLoading() const;
    // The Manage dialog open for a domain, if any.
    ManageDialog *manageDialog(const QString &domain) const { return m_manageDialogs.value(domain); }
    ManageDialog *manage(const QString &domain);
    QString selectedDomain() const;
    void selectDomain(const QString &domain);
    // Opens Manage for this domain once the list has loaded (origindesk --manage DOMAIN).
    void manageWhenLoaded(const QString &domain);
    // Switches to a saved account: while working offline without reading its key (drafting needs
    // none), otherwise with its key from the keychain.
    void openSavedAccount(const Account &account);
    AccountsDialog *openAccounts();
    AccountsDialog *accountsDialog() const { return m_accountsDialog; }

    DraftBook *drafts() const { return m_drafts; }
    DomainCache *cache() const { return m_cache.get(); }
    // The offline copy is written on a worker thread after each load; this waits for it.
    void waitForCacheWrite();
    // Working offline (chosen, or because the API cannot be reached): the list is the offline copy
    // and changes become drafts.
    bool isOffline() const;
    bool isApiUnreachable() const { return m_unreachable; }
    void setWorkOffline(bool offline);
    // When the list's data was read from the API (live or the offline copy's time).
    QDateTime dataTime() const { return m_dataTime; }
    QString dataAgeText() const;
    QString messageText() const;
    DraftsDialog *openDrafts();
    DraftsDialog *draftsDialog() const { return m_draftsDialog; }
    ReviewDialog *openReview(const QStringList &draftIds);
    ReviewDialog *reviewDialog() const { return m_reviewDialog; }
    HistoryDialog *openHistory(const QString &domain);
    HistoryDialog *historyDialog() const { return m_historyDialog; }
    // Opens the draft in the Modify editor (or the hot slave editor); saving updates the draft.
    OriginEditDialogBase *editDraft(const QString &id, bool slaves);
    void rollBack(const HistoryRecord &record);

public slots:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onAccountChanged();
    void onAccountFailed(const Account &account, const QString &message, bool keychainUnavailable);
    void populateAccounts();
    void setUpLanguageMenu();
    void closeManageDialogs();
    void onAccountChosen(int index);
    void onPageProgress(int done, int total);
    void onLoadFinished();
    void manageSelected();
    // Moves the keyboard to the list, selecting its first row when none is selected.
    void focusList();
    void startStopSelected(bool start);
    void onDomainChanged(const Domain &domain);
    void updateCounts();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void restoreViewState();
    void loadFromCache(const QString &unreachableReason);
    // Replaces the list in one step, keeping the selected domain selected.
    void replaceRows(const QList<DomainCache::Row> &rows);
    void afterLoad();
    void watchDeployingRows();
    void storeCache();
    void setUnreachable(bool unreachable);
    void updateOfflineState();
    void updateDraftCount();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    DomainListModel *m_model;
    DomainFilterModel *m_filter;
    DomainPager *m_pager = nullptr;
    DomainWatcher *m_watcher;
    QLabel *m_countsLabel;
    QLabel *m_accountLabel;
    QProgressBar *m_loadProgress;
    QLabel *m_ageLabel;
    QLabel *m_offlineBadge;
    DraftBook *m_drafts;
    std::unique_ptr<DomainCache> m_cache;
    std::unique_ptr<QThread> m_cacheWriter;
    bool m_unreachable = false;
    bool m_live = false;
    // While the live list loads, what is on screen (the offline copy or an earlier read) stays there;
    // the pages are gathered and replace it in one step.
    bool m_keepOnScreen = false;
    QList<DomainCache::Row> m_incoming;
    // Domains changed (applied, followed while deploying) while the pages were read: a page read
    // before the change must not put the older configuration back.
    QHash<QString, Domain> m_changedWhileLoading;
    QDateTime m_dataTime;
    QPointer<DraftsDialog> m_draftsDialog;
    QPointer<ReviewDialog> m_reviewDialog;
    QPointer<HistoryDialog> m_historyDialog;
    QHash<QString, QPointer<ManageDialog>> m_manageDialogs;
    QString m_pendingManage;
    QPointer<AccountsDialog> m_accountsDialog;
};

} // namespace od
