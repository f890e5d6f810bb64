#pragma once

#include "Domain.h"
#include "Finding.h"

#include <QDialog>

#include <functional>

class QPushButton;

namespace od {

class ApiError;
class ApplyStatusPanel;
class CdnClient;
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

signals:
    void applied(const od::Domain &domain);

protected:
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

    Domain m_domain;
    OriginApplier *m_applier;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_draftButton = nullptr;
    bool m_offline = false;
    DraftSaver m_draftSaver;
    ApplyStatusPanel *m_status = nullptr;
    bool m_applying = false;
};

} // namespace od
