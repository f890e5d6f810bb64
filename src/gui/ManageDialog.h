#pragma once

#include "Domain.h"
#include "OriginEditDialogBase.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ManageDialog;
}

namespace od {

class ApiError;
class CdnClient;
class DraftBook;
class OriginApplier;
class OriginEditDialogBase;

// Manage: the domain's Basic Configuration (basic information and Origin Server Info) and a read-only
// view of the rest. Modify, hot slave origins, delete and one-click swap start here.
class ManageDialog : public QDialog
{
    Q_OBJECT

public:
    ManageDialog(CdnClient *client, DraftBook *drafts, const Domain &domain, bool offline,
                 QWidget *parent = nullptr);
    ~ManageDialog() override;

    const Domain &domain() const { return m_domain; }
    // Refreshes the dialog with a newer state of the domain (e.g. deploying → online).
    void setDomain(const Domain &domain);
    // The open Modify or slave editor, if any.
    OriginEditDialogBase *currentEditor() const { return m_editor; }

    void openModify();
    void openSlaveEditor();
    void removeSlaves();
    void swapMasterSlave();
    // Offline, every change becomes a draft; online, changes are applied (and kept as drafts when
    // the API cannot be reached).
    void setOffline(bool offline);
    bool isOffline() const { return m_offline; }

signals:
    void domainChanged(const od::Domain &domain);
    void historyRequested(const QString &domain);
    void draftsRequested(const QString &domain);

protected:
    void done(int result) override;

private:
    void reload();
    void applyDirectly(const Origin &origin, const QString &what);
    bool saveDraft(const Origin &base, const Origin &origin, const QString &why, QString *error = nullptr);
    void updateDraftBanner();
    void openEditor(OriginEditDialogBase *editor);
    void onApplied(const Domain &domain);
    void onFailed(const ApiError &error);

    std::unique_ptr<Ui::ManageDialog> m_ui;
    CdnClient *m_client;
    Domain m_domain;
    DraftBook *m_drafts;
    OriginApplier *m_applier;
    bool m_offline = false;
    Origin m_pending; // what applyDirectly() is sending
    QPointer<OriginEditDialogBase> m_editor;
};

} // namespace od
