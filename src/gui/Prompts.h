#pragma once

#include <QList>
#include <QMessageBox>

namespace od {

// Confirmations through one place, with a test seam: tests queue the next answers so no modal box
// ever blocks them (as KeePassXC does).
class Prompts
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text, const QString &details = QString(),
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Asks for a secret (echo off). Empty when cancelled.
    static QString secret(QWidget *parent, const QString &title, const QString &label);

    // A file to write or read, through the native file dialog. Empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);

    // Test seam: the next question() calls return these, in order, without showing anything.
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    // Test seam: the next secret() calls return these.
    static void setNextSecrets(const QStringList &secrets);
    // Test seam: the next saveFileName() and openFileName() calls return these.
    static void setNextFileNames(const QStringList &names);
    static int pendingAnswers();
    // What the last question() asked (title, text, details), for tests to check.
    static QStringList lastQuestion();
    // Everything asked so far (title and text of each), for tests to check.
    static QStringList history() { return s_history; }

private:
    static QList<QMessageBox::StandardButton> s_next;
    static QStringList s_last;
    static QStringList s_secrets;
    static QStringList s_history;
    static QStringList s_fileNames;
};

} // namespace od
