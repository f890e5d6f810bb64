#include "EntriesEditor.h"

#include "ui_EntriesEditor.h"

#include <QHeaderView>

namespace od {

namespace {
QString composeEntry(const QString &address, const QString &port, const QString &weight)
{
    const QString host = address.trimmed();
    if (port.trimmed().isEmpty() && weight.trimmed().isEmpty())
        return host;
    const bool ipv6 = host.count(QLatin1Char(':')) >= 2 && !host.startsWith(QLatin1Char('['));
    QString text = ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    text += QLatin1Char(':') + port.trimmed();
    if (!weight.trimmed().isEmpty())
        text += QLatin1Char(':') + weight.trimmed();
    return text;
}
} // namespace

EntriesEditor::EntriesEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EntriesEditor>())
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->entriesTable;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Address"), tr("Port"), tr("Weight")});
    table->horizontalHeader()->setSectionResizeMode(AddressColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(PortColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    table->setToolTip(
        tr("An IPv4 or IPv6 address or a domain; the port is optional (1-65535); weights 1-100 apply "
           "to IPv4 addresses, to all of them or to none."));
    connect(table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
    connect(table, &QTableWidget::itemSelectionChanged, this, &EntriesEditor::updateButtons);
    connect(m_ui->addEntryButton, &QPushButton::clicked, this, [this] {
        addRow(OriginEntry());
        QTableWidget *t = m_ui->entriesTable;
        t->setCurrentCell(t->rowCount() - 1, AddressColumn);
        t->editItem(t->item(t->rowCount() - 1, AddressColumn));
        emit changed();
    });
    connect(m_ui->removeEntryButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->entriesTable->currentRow();
        if (row < 0)
            return;
        m_ui->entriesTable->removeRow(row);
        updateButtons();
        emit changed();
    });
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    updateButtons();
}

EntriesEditor::~EntriesEditor() = default;

void EntriesEditor::setWeightsShown(bool shown)
{
    m_weights = shown;
    m_ui->entriesTable->setColumnHidden(WeightColumn, !shown);
}

void EntriesEditor::setEditable(bool editable)
{
    m_ui->entriesTable->setEnabled(editable);
    m_ui->addEntryButton->setEnabled(editable);
    updateButtons();
}

void EntriesEditor::addRow(const OriginEntry &entry)
{
    QTableWidget *table = m_ui->entriesTable;
    const bool wasFilling = m_filling;
    m_filling = true;
    const int row = table->rowCount();
    table->insertRow(row);
    const bool parsed = entry.isValid();
    table->setItem(row, AddressColumn, new QTableWidgetItem(parsed ? entry.address() : entry.originalText()));
    table->setItem(
        row, PortColumn,
        new QTableWidgetItem(parsed && entry.hasPort() ? QString::number(entry.port()) : QString()));
    table->setItem(
        row, WeightColumn,
        new QTableWidgetItem(parsed && entry.hasWeight() ? QString::number(entry.weight()) : QString()));
    m_filling = wasFilling;
    updateButtons();
}

void EntriesEditor::setEntries(const QList<OriginEntry> &entries)
{
    m_filling = true;
    m_ui->entriesTable->setRowCount(0);
    for (const OriginEntry &entry : entries)
        addRow(entry);
    m_filling = false;
    updateButtons();
}

QList<OriginEntry> EntriesEditor::entries() const
{
    QList<OriginEntry> out;
    const QTableWidget *table = m_ui->entriesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto text = [table, row](int column) {
            const QTableWidgetItem *item = table->item(row, column);
            return item ? item->text() : QString();
        };
        const QString address = text(AddressColumn);
        const QString port = text(PortColumn);
        const QString weight = m_weights ? text(WeightColumn) : QString();
        if (address.trimmed().isEmpty() && port.trimmed().isEmpty() && weight.trimmed().isEmpty())
            continue; // a row just added and not filled in yet
        out.append(OriginEntry::parse(composeEntry(address, port, weight)));
    }
    return out;
}

void EntriesEditor::showFindings(const Findings &findings)
{
    QTableWidget *table = m_ui->entriesTable;
    m_filling = true;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            if (QTableWidgetItem *item = table->item(row, column)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(QString());
            }
        }
    }
    // Entry indexes count only filled rows; map them back to table rows.
    QList<int> filledRows;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *item = table->item(row, AddressColumn);
        const bool filled =
            (item && !item->text().trimmed().isEmpty()) ||
            (table->item(row, PortColumn) && !table->item(row, PortColumn)->text().trimmed().isEmpty());
        if (filled)
            filledRows.append(row);
    }
    QStringList lines;
    for (const Finding &f : findings) {
        lines << (f.isError() ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + f.message.toHtmlEscaped();
        if (f.entryIndex >= 0 && f.entryIndex < filledRows.size()) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem *item = table->item(filledRows.at(f.entryIndex), column)) {
                    item->setData(Qt::BackgroundRole,
                                  f.isError() ? QColor(255, 220, 220) : QColor(255, 243, 205));
                    item->setData(Qt::ForegroundRole, QColor(Qt::black));
                    item->setToolTip(f.message);
                }
            }
        }
    }
    m_filling = false;
    m_ui->entriesMessages->setVisible(!lines.isEmpty());
    m_ui->entriesMessages->setText(lines.join(QLatin1String("<br>")));
    m_ui->entriesMessages->setStyleSheet(hasErrors(findings) ? QStringLiteral("color: #c62828;")
                                                             : QStringLiteral("color: #9a6700;"));
}

void EntriesEditor::moveSelected(int delta)
{
    QTableWidget *table = m_ui->entriesTable;
    const int row = table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= table->rowCount())
        return;
    m_filling = true;
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem *a = table->takeItem(row, column);
        QTableWidgetItem *b = table->takeItem(target, column);
        table->setItem(row, column, b);
        table->setItem(target, column, a);
    }
    m_filling = false;
    table->setCurrentCell(target, table->currentColumn());
    emit changed();
}

void EntriesEditor::updateButtons()
{
    const QTableWidget *table = m_ui->entriesTable;
    const bool editable = table->isEnabled();
    const int row = table->currentRow();
    m_ui->removeEntryButton->setEnabled(editable && row >= 0);
    m_ui->moveUpButton->setEnabled(editable && row > 0);
    m_ui->moveDownButton->setEnabled(editable && row >= 0 && row < table->rowCount() - 1);
}

} // namespace od
