#pragma once

#include "OriginEditDialogBase.h"

#include <memory>

namespace Ui {
class OriginEditorDialog;
}

namespace od {

// Modify: own origin or COS origin, the master entries or the bucket, the origin-pull protocol and
// the host header.
class OriginEditorDialog : public OriginEditDialogBase
{
    Q_OBJECT

public:
    OriginEditorDialog(CdnClient *client, const Domain &domain, QWidget *parent = nullptr);
    ~OriginEditorDialog() override;

    Origin editedOrigin() const override;

protected:
    void presentFindings(const Findings &findings) override;
    void setEditingEnabled(bool enabled) override;

private:
    Origin::Kind selectedKind() const;
    void onKindToggled();
    void updateSwitchNotice();

    std::unique_ptr<Ui::OriginEditorDialog> m_ui;
    Origin::Kind m_kind;
};

} // namespace od
