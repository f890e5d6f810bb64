#pragma once

#include "Finding.h"
#include "OriginEntry.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EntriesEditor;
}

namespace od {

// A table of origin entries (address, port, weight) with add, remove and reorder. Used for master
// origins (with weights) and hot slave origins (without).
class EntriesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EntriesEditor(QWidget *parent = nullptr);
    ~EntriesEditor() override;

    void setWeightsShown(bool shown);
    void setEntries(const QList<OriginEntry> &entries);
    QList<OriginEntry> entries() const;
    // Shows the findings about this list: the rows they name are marked, the messages listed below.
    void showFindings(const Findings &findings);
    void setEditable(bool editable);

signals:
    void changed();

private:
    enum Column
    {
        AddressColumn,
        PortColumn,
        WeightColumn
    };
    void addRow(const OriginEntry &entry);
    void moveSelected(int delta);
    void updateButtons();

    std::unique_ptr<Ui::EntriesEditor> m_ui;
    bool m_weights = true;
    bool m_filling = false;
};

} // namespace od
