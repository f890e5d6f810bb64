#pragma once

#include "Account.h"
#include "AccountsDialog.h"
#include "Domain.h"
#include "ManageDialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;

namespace Ui {
class MainWindow;
}

namespace od {

class AccountsDialog;
class ApiError;
class DomainFilterModel;
class DomainListModel;
class DomainPager;
class DomainWatcher;
class ManageDialog;
class Workspace;

// Domain Management: every domain of the current account, searchable and filterable, with Manage,
// Start and Stop. The list fills page by page while the window stays responsive.
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
    AccountsDialog *openAccounts();
    AccountsDialog *accountsDialog() const { return m_accountsDialog; }

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
    void startStopSelected(bool start);
    void onDomainChanged(const Domain &domain);
    void updateCounts();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void restoreViewState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace *m_workspace;
    DomainListModel *m_model;
    DomainFilterModel *m_filter;
    DomainPager *m_pager = nullptr;
    DomainWatcher *m_watcher;
    QLabel *m_countsLabel;
    QLabel *m_accountLabel;
    QProgressBar *m_loadProgress;
    QHash<QString, QPointer<ManageDialog>> m_manageDialogs;
    QString m_pendingManage;
    QPointer<AccountsDialog> m_accountsDialog;
};

} // namespace od
