#pragma once

#include "Domain.h"
#include "Finding.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>

class QPushButton;

namespace od {

class ApiError;
class ApplyStatusPanel;
class CdnClient;
class DraftBook;
class OriginApplier;

// What the Modify and hot slave editors share: they edit a copy of the domain's Origin, run the rules
// on every change, keep Apply disabled while an error stands, ask before applying with warnings,
// apply through OriginApplier, and on failure keep the edit and show the API's error.
class OriginEditDialogBase : public QDialog
{
    Q_OBJECT

public:
    OriginEditDialogBase(CdnClient *client, const Domain &domain, QWidget *parent);
    ~OriginEditDialogBase() override;

    const Domain &domain() const { return m_domain; }
    const Origin &baseOrigin() const { return m_domain.origin(); }
    // The Origin as edited so far (the base with the edits applied).
    virtual Origin editedOrigin() const = 0;
    Findings currentFindings() const;
    // Offline (working offline, or the API cannot be reached): the edit can only be saved as a
    // draft. Online, Apply sends it and Save as draft keeps it for later.
    void setOffline(bool offline);
    QPushButton *draftButton() const { return m_draftButton; }
    // Why the applied change could not be recorded in the history, or "".
    QString historyProblem() const;

    // Save as draft hands the edited Origin to this; the editor closes only when it returns true
    // (otherwise it shows *error and keeps the edit).
    using DraftSaver = std::function<bool(const Origin &origin, QString *error)>;
    void setDraftSaver(DraftSaver saver) { m_draftSaver = std::move(saver); }

    // Keeps what is typed on disk while the editor is open (DraftBook's open edits), so a crash
    // loses nothing: a draft of `draftBase` → the edit. Closing the editor (apply, save, cancel)
    // drops it; the editor going away with it still open (quit, account switch) makes it a draft.
    void keepOpenEdits(DraftBook *book, const Origin &draftBase);
    QString openEditKey() const { return m_openEditKey; }

    // Cancel, Escape or the window's close button: asks before an edit is thrown away.
    void reject() override;

signals:
    void applied(const od::Domain &domain);

protected:
    void done(int result) override;
    // Derived dialogs call this once their form is set up.
    void setUpApply(QPushButton *applyButton, ApplyStatusPanel *status);
    // Re-runs the rules and shows their findings; call on every change.
    void revalidate();
    virtual void presentFindings(const Findings &findings) = 0;
    virtual void setEditingEnabled(bool enabled) = 0;
    static QString formatMessages(const Findings &findings);

private:
    void apply();
    void saveDraft();
    void onFailed(const ApiError &error);
    void keepOpenEdit();

    Domain m_domain;
    OriginApplier *m_applier;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_draftButton = nullptr;
    bool m_offline = false;
    DraftSaver m_draftSaver;
    ApplyStatusPanel *m_status = nullptr;
    bool m_applying = false;
    Origin m_edited; // as of the last revalidate()
    QPointer<DraftBook> m_openEdits;
    QString m_openEditKey;
    Origin m_draftBase;
    QTimer m_keepTimer;
    bool m_openEditKept = false; // on disk
};

} // namespace od
