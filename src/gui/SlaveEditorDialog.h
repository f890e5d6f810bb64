#pragma once

#include "OriginEditDialogBase.h"

#include <memory>

namespace Ui {
class SlaveEditorDialog;
}

namespace od {

// Add or edit the hot slave origins of an own origin, with their host header.
class SlaveEditorDialog : public OriginEditDialogBase
{
    Q_OBJECT

public:
    SlaveEditorDialog(CdnClient *client, const Domain &domain, QWidget *parent = nullptr);
    ~SlaveEditorDialog() override;

    Origin editedOrigin() const override;
    // Why slaves cannot be added to this origin, or "" when they can.
    static QString blockedReason(const Origin &origin);
    static QString httpsWarningStyle();

protected:
    void presentFindings(const Findings &findings) override;
    void setEditingEnabled(bool enabled) override;

private:
    std::unique_ptr<Ui::SlaveEditorDialog> m_ui;
    bool m_blocked = false;
};

} // namespace od
