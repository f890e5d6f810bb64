#include "Prompts.h"

namespace od {

QList<QMessageBox::StandardButton> Prompts::s_next;
QStringList Prompts::s_last;

QMessageBox::StandardButton Prompts::question(QWidget *parent, const QString &title, const QString &text,
                                              const QString &details, QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    s_last = {title, text, details};
    if (!s_next.isEmpty())
        return s_next.takeFirst();
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("confirmationBox"));
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void Prompts::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    s_next = answers;
}

int Prompts::pendingAnswers()
{
    return s_next.size();
}

QStringList Prompts::lastQuestion()
{
    return s_last;
}

} // namespace od
