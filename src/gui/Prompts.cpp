#include "Prompts.h"

#include <QFileDialog>
#include <QInputDialog>

namespace od {

QList<QMessageBox::StandardButton> Prompts::s_next;
QStringList Prompts::s_last;
QStringList Prompts::s_secrets;
QStringList Prompts::s_history;
QStringList Prompts::s_fileNames;

QString Prompts::secret(QWidget *parent, const QString &title, const QString &label)
{
    s_last = {title, label, QString()};
    s_history << title + QLatin1Char('\n') + label;
    if (!s_secrets.isEmpty())
        return s_secrets.takeFirst();
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("secretInput"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(QLineEdit::Password);
    return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
}

QString Prompts::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter)
{
    s_history << title;
    if (!s_fileNames.isEmpty())
        return s_fileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Prompts::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    s_history << title;
    if (!s_fileNames.isEmpty())
        return s_fileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

void Prompts::setNextFileNames(const QStringList &names)
{
    s_fileNames = names;
}

void Prompts::setNextSecrets(const QStringList &secrets)
{
    s_secrets = secrets;
}

QMessageBox::StandardButton Prompts::question(QWidget *parent, const QString &title, const QString &text,
                                              const QString &details, QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    s_last = {title, text, details};
    s_history << title + QLatin1Char('\n') + text + QLatin1Char('\n') + details;
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
