#pragma once

#include "ApiError.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ApplyStatusPanel;
}

namespace od {

// Progress while a change is applied, and the API's error (Code, Message, RequestId; selectable and
// copyable) when it fails.
class ApplyStatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ApplyStatusPanel(QWidget *parent = nullptr);
    ~ApplyStatusPanel() override;

    void showProgress(const QString &text);
    // acceptedRequestId: the service accepted the change under this RequestId, and what failed is
    // the read-back that verifies it.
    void showError(const ApiError &error, const QString &acceptedRequestId = QString());
    // A finished step, no progress bar: plain, or (warning) in the error frame as it is.
    void showNote(const QString &text, bool warning);
    void clear();
    QString errorDetails() const { return m_details; }

private:
    std::unique_ptr<Ui::ApplyStatusPanel> m_ui;
    QString m_details;
};

} // namespace od
