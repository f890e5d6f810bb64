#include "ApplyStatusPanel.h"

#include "ui_ApplyStatusPanel.h"

#include <QClipboard>
#include <QGuiApplication>

namespace od {

ApplyStatusPanel::ApplyStatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplyStatusPanel>())
{
    m_ui->setupUi(this);
    m_ui->errorFrame->setStyleSheet(
        QStringLiteral("#errorFrame { border: 1px solid #c62828; border-radius: 4px; background: #fdecea; }"
                       "#errorText { color: #8e0000; }"));
    connect(m_ui->copyErrorButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
    clear();
}

ApplyStatusPanel::~ApplyStatusPanel() = default;

void ApplyStatusPanel::showProgress(const QString &text)
{
    m_ui->errorFrame->hide();
    m_ui->progressRow->show();
    m_ui->applyProgress->show();
    m_ui->applyStatusLabel->setText(text);
}

void ApplyStatusPanel::showNote(const QString &text, bool warning)
{
    if (warning) {
        m_ui->progressRow->hide();
        m_details = text;
        m_ui->errorText->setText(text);
        m_ui->errorFrame->show();
        return;
    }
    m_ui->errorFrame->hide();
    m_ui->progressRow->show();
    m_ui->applyProgress->hide();
    m_ui->applyStatusLabel->setText(text);
}

void ApplyStatusPanel::showError(const ApiError &error, const QString &acceptedRequestId)
{
    m_ui->progressRow->hide();
    QStringList lines{error.toDisplayString()};
    m_details = error.toDisplayString();
    if (!acceptedRequestId.isEmpty()) {
        lines.prepend(tr("The change was accepted (RequestId %1) but could not be verified: refresh (F5) "
                         "to see where the domain stands before changing it again.")
                          .arg(acceptedRequestId));
        m_details = lines.join(QLatin1Char('\n'));
    } else if (!error.code().isEmpty()) {
        lines = {tr("The change was not applied. Your edit is kept: correct it and apply again."),
                 tr("Code: %1").arg(error.code()), tr("Message: %1").arg(error.message())};
        const QString advice = ApiError::adviceFor(error.code());
        if (!advice.isEmpty())
            lines << advice;
        if (!error.requestId().isEmpty())
            lines << tr("RequestId: %1").arg(error.requestId());
        m_details =
            tr("Code: %1\nMessage: %2\nRequestId: %3").arg(error.code(), error.message(), error.requestId());
    } else {
        lines.prepend(
            tr("The change was not applied. Your edit is kept: apply again when the problem is solved."));
    }
    m_ui->errorText->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorFrame->show();
}

void ApplyStatusPanel::clear()
{
    m_ui->progressRow->hide();
    m_ui->errorFrame->hide();
    m_details.clear();
}

} // namespace od
