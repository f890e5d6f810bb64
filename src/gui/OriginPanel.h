#pragma once

#include "Domain.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OriginPanel;
}

namespace od {

class ApplyStatusPanel;

// The Origin Server Info panel of the Manage dialog: what the origin is, how failover works for it,
// the red HTTPS warning whenever slave origins exist, and the actions on it.
class OriginPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OriginPanel(QWidget *parent = nullptr);
    ~OriginPanel() override;

    void setDomain(const Domain &domain);
    void setBusy(bool busy);
    ApplyStatusPanel *applyStatus() const;

signals:
    void modifyRequested();
    void addSlaveRequested();
    void removeSlavesRequested();
    void swapRequested();

private:
    void updateButtons();

    std::unique_ptr<Ui::OriginPanel> m_ui;
    Domain m_domain;
    bool m_busy = false;
};

} // namespace od
