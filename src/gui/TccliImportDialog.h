#pragma once

#include "TccliProfiles.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TccliImportDialog;
}

namespace od {

// Lists the tccli profiles of a folder; the operator ticks the ones to import.
class TccliImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TccliImportDialog(const QString &folder, QWidget *parent = nullptr);
    ~TccliImportDialog() override;

    QList<TccliProfile> profiles() const { return m_profiles; }
    QList<TccliProfile> chosenProfiles() const;
    void setChosen(int index, bool chosen);

private:
    std::unique_ptr<Ui::TccliImportDialog> m_ui;
    QList<TccliProfile> m_profiles;
};

} // namespace od
