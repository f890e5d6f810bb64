#pragma once

#include "History.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class HistoryDialog;
}

namespace od {

// Change history of the account, or of one domain: every origin change applied from the app or the
// CLI, newest first, with what it changed. Roll back turns the selected change's "before" into a
// draft, which goes through the same review as any other.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QString &historyPath, const QString &account, const QString &domain,
                  QWidget *parent = nullptr);
    ~HistoryDialog() override;

    void setDomain(const QString &domain);
    void reload();
    int recordCount() const { return int(m_records.size()); }
    const HistoryRecord &record(int row) const { return m_records.at(row); }
    void selectRecord(int row);
    QString details() const;
    QPushButton *rollbackButton() const { return m_rollbackButton; }

signals:
    // Roll back pressed for this record.
    void rollbackRequested(const od::HistoryRecord &record);

private:
    void showDetails();

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    QString m_path;
    QString m_account;
    QList<HistoryRecord> m_records;
    QPushButton *m_rollbackButton;
};

} // namespace od
