#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DraftsDialog;
}

namespace od {

class DraftBook;
struct Draft;

// Drafts: every draft of the account (domain, what it changes, when, the version it is based on,
// whether it is ready), with edit, discard, review and apply, and export/import.
class DraftsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DraftsDialog(DraftBook *book, QWidget *parent = nullptr);
    ~DraftsDialog() override;

    QStringList selectedIds() const;
    void selectDrafts(const QStringList &ids);
    // Selects the drafts of this domain (opened from its Manage dialog), so Review and Export take them.
    void selectDomain(const QString &domain);
    QString statusText() const;
    void showStatus(const QString &text, bool error);
    // Why the selected drafts are not ready or failed to apply, as shown under the list.
    QString detailsText() const;

    // The file operations behind the buttons. False with why.
    bool exportSet(const QString &path, const QStringList &ids, QString *error) const;
    bool exportRequestBody(const QString &path, const QString &id, QString *error) const;
    bool exportTerraform(const QString &path, const QString &id, QString *error) const;
    // Adds the drafts in the file; the ones already there stay. Returns how many were added; the
    // problems (unreadable file, drafts that break the rules) go to *problems.
    int importFile(const QString &path, QStringList *problems);

    // A short fingerprint of the configuration a draft is based on, to tell versions apart.
    static QString versionOf(const Draft &draft);

signals:
    void reviewRequested(const QStringList &ids);
    void editRequested(const QString &id, bool slaves);

private:
    void rebuild();
    void updateButtons();
    void discardSelected();
    QStringList idsForAction() const;

    std::unique_ptr<Ui::DraftsDialog> m_ui;
    DraftBook *m_book;
};

} // namespace od
