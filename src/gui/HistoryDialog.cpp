#include "HistoryDialog.h"

#include "ui_HistoryDialog.h"

#include "OriginDiff.h"
#include "ReviewDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace od {

namespace {
enum Column
{
    TimeColumn,
    DomainColumn,
    ChangeColumn,
    RequestColumn,
    ColumnCount
};
} // namespace

HistoryDialog::HistoryDialog(const QString &historyPath, const QString &account, const QString &domain,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_path(historyPath)
    , m_account(account)
{
    m_ui->setupUi(this);
    m_rollbackButton = m_ui->buttonBox->addButton(tr("&Roll back…"), QDialogButtonBox::ActionRole);
    m_rollbackButton->setObjectName(QStringLiteral("rollbackButton"));
    m_rollbackButton->setToolTip(tr("Make a draft that puts the configuration from before this change back, "
                                    "and review it"));
    m_rollbackButton->setEnabled(false);
    connect(m_rollbackButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->historyTable->currentRow();
        if (row >= 0 && row < m_records.size())
            emit rollbackRequested(m_records.at(row));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QTableWidget *table = m_ui->historyTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Applied"), tr("Domain"), tr("What changed"), tr("RequestId")});
    table->horizontalHeader()->resizeSection(TimeColumn, 150);
    table->horizontalHeader()->resizeSection(DomainColumn, 200);
    table->horizontalHeader()->resizeSection(ChangeColumn, 380);
    m_ui->problemBanner->setStyleSheet(
        QStringLiteral("QLabel { color: #8e0000; background: #fdecea; padding: 6px; }"));
    connect(table, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::showDetails);
    m_ui->domainFilter->setText(domain);
    connect(m_ui->domainFilter, &QLineEdit::textChanged, this, &HistoryDialog::reload);
    reload();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::setDomain(const QString &domain)
{
    m_ui->domainFilter->setText(domain);
}

void HistoryDialog::reload()
{
    QString error;
    const QString domain = m_ui->domainFilter->text().trimmed();
    // The field filters as you type: every change of a domain whose name contains it.
    m_records.clear();
    const QList<HistoryRecord> all = HistoryStore(m_path).records(m_account, QString(), &error);
    for (const HistoryRecord &r : all) {
        if (r.domain.contains(domain, Qt::CaseInsensitive))
            m_records << r;
    }
    m_ui->problemBanner->setText(error.isEmpty() ? QString()
                                                 : tr("The history cannot be read: %1").arg(error));
    m_ui->problemBanner->setVisible(!error.isEmpty());
    setWindowTitle(domain.isEmpty() ? tr("Change history") : tr("Change history – %1").arg(domain));
    QTableWidget *table = m_ui->historyTable;
    table->setRowCount(int(m_records.size()));
    for (int row = 0; row < m_records.size(); ++row) {
        const HistoryRecord &r = m_records.at(row);
        QStringList changes;
        for (const OriginChange &c : OriginDiff::compare(r.before, r.after, r.domain))
            changes << c.description;
        table->setItem(row, TimeColumn,
                       new QTableWidgetItem(QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat)));
        table->setItem(row, DomainColumn, new QTableWidgetItem(r.domain));
        table->setItem(row, ChangeColumn,
                       new QTableWidgetItem(changes.isEmpty() ? tr("No origin change")
                                                              : changes.join(QLatin1String("; "))));
        table->setItem(row, RequestColumn, new QTableWidgetItem(r.requestId));
    }
    m_ui->statusLabel->setText(tr("%n change(s) recorded on this computer.", nullptr, int(m_records.size())));
    if (!m_records.isEmpty())
        selectRecord(0);
    else
        showDetails();
}

void HistoryDialog::selectRecord(int row)
{
    m_ui->historyTable->selectRow(row);
    m_ui->historyTable->setCurrentCell(row, 0);
}

QString HistoryDialog::details() const
{
    return m_ui->detailsText->toPlainText();
}

void HistoryDialog::showDetails()
{
    const int row = m_ui->historyTable->currentRow();
    const bool valid = row >= 0 && row < m_records.size();
    m_rollbackButton->setEnabled(valid);
    if (!valid) {
        m_ui->detailsText->clear();
        return;
    }
    const HistoryRecord &r = m_records.at(row);
    QStringList lines;
    lines << tr("%1, applied %2, RequestId %3")
                 .arg(r.domain, QLocale().toString(r.time.toLocalTime(), QLocale::LongFormat), r.requestId);
    for (const OriginChange &c : OriginDiff::compare(r.before, r.after, r.domain))
        lines << QStringLiteral("  • ") + c.description;
    lines << QString() << tr("Before:") << ReviewDialog::describe(r.before) << QString() << tr("After:")
          << ReviewDialog::describe(r.after);
    m_ui->detailsText->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace od
