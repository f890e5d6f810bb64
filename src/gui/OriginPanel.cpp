#include "OriginPanel.h"

#include "ui_OriginPanel.h"

#include "DomainListModel.h"
#include "Failover.h"
#include "OriginOps.h"
#include "SlaveEditorDialog.h"

#include <QHeaderView>

#include <algorithm>

namespace od {

namespace {
void fillEntries(QTableWidget *table, const QList<OriginEntry> &entries, bool weights)
{
    table->setRowCount(0);
    for (const OriginEntry &entry : entries) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0,
                       new QTableWidgetItem(entry.isValid() ? entry.address() : entry.originalText()));
        table->setItem(row, 1,
                       new QTableWidgetItem(entry.hasPort() ? QString::number(entry.port())
                                                            : OriginPanel::tr("default")));
        if (weights)
            table->setItem(
                row, 2,
                new QTableWidgetItem(entry.hasWeight() ? QString::number(entry.weight()) : QString()));
    }
    // As tall as its rows (up to six), so the panel reads without inner scrolling.
    const int rows = std::clamp(static_cast<int>(entries.size()), 1, 6);
    table->setFixedHeight(table->horizontalHeader()->height() +
                          rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
}
} // namespace

OriginPanel::OriginPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OriginPanel>())
{
    m_ui->setupUi(this);
    m_ui->mastersTable->setColumnCount(3);
    m_ui->mastersTable->setHorizontalHeaderLabels({tr("Address"), tr("Port"), tr("Weight")});
    m_ui->mastersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->slavesTable->setColumnCount(2);
    m_ui->slavesTable->setHorizontalHeaderLabels({tr("Address"), tr("Port")});
    m_ui->slavesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->httpsWarningBanner->setStyleSheet(SlaveEditorDialog::httpsWarningStyle());
    m_ui->addSlaveReason->setStyleSheet(QStringLiteral("color: palette(mid);"));
    connect(m_ui->modifyButton, &QPushButton::clicked, this, &OriginPanel::modifyRequested);
    connect(m_ui->addSlaveButton, &QPushButton::clicked, this, &OriginPanel::addSlaveRequested);
    connect(m_ui->editSlavesButton, &QPushButton::clicked, this, &OriginPanel::addSlaveRequested);
    connect(m_ui->removeSlavesButton, &QPushButton::clicked, this, &OriginPanel::removeSlavesRequested);
    connect(m_ui->swapButton, &QPushButton::clicked, this, &OriginPanel::swapRequested);
}

OriginPanel::~OriginPanel() = default;

ApplyStatusPanel *OriginPanel::applyStatus() const
{
    return m_ui->applyStatus;
}

void OriginPanel::setDomain(const Domain &domain)
{
    m_domain = domain;
    const Origin &origin = domain.origin();
    const bool cos = origin.kind() == Origin::Kind::Cos;
    m_ui->originTypeValue->setText(
        QStringLiteral("%1 (%2)").arg(OriginOps::kindName(origin.kind()),
                                      origin.originType().isEmpty() ? tr("none") : origin.originType()));
    fillEntries(m_ui->mastersTable, origin.masters(), true);
    m_ui->protocolValue->setText(DomainListModel::protocolText(origin.protocol()));
    m_ui->hostValue->setText(Failover::masterHost(origin, domain.name()));
    m_ui->privateAccessLabel->setVisible(cos);
    m_ui->privateAccessValue->setVisible(cos);
    m_ui->privateAccessValue->setText(origin.cosPrivateAccess() == QLatin1String("on") ? tr("On")
                                                                                       : tr("Off"));
    m_ui->originSummary->setText(tr("Status: %1").arg(DomainListModel::statusText(domain.status())));

    const bool slaves = origin.hasSlaves();
    m_ui->httpsWarningBanner->setVisible(slaves);
    m_ui->slavesTable->setVisible(slaves);
    m_ui->slaveHostValue->setVisible(slaves);
    fillEntries(m_ui->slavesTable, origin.slaves(), false);
    m_ui->slaveHostValue->setText(
        tr("Slave host header: %1").arg(Failover::slaveHost(origin, domain.name())));
    m_ui->failoverText->setText(Failover::explain(origin, domain.name()));
    updateButtons();
}

void OriginPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void OriginPanel::updateButtons()
{
    const Origin &origin = m_domain.origin();
    const bool slaves = origin.hasSlaves();
    const QString reason = SlaveEditorDialog::blockedReason(origin);
    m_ui->modifyButton->setEnabled(!m_busy);
    m_ui->addSlaveButton->setVisible(!slaves);
    m_ui->addSlaveButton->setEnabled(!m_busy && reason.isEmpty());
    m_ui->addSlaveButton->setToolTip(reason);
    m_ui->addSlaveReason->setText(reason);
    m_ui->addSlaveReason->setVisible(!slaves && !reason.isEmpty());
    m_ui->editSlavesButton->setVisible(slaves);
    m_ui->removeSlavesButton->setVisible(slaves);
    m_ui->swapButton->setVisible(slaves);
    m_ui->editSlavesButton->setEnabled(!m_busy);
    m_ui->removeSlavesButton->setEnabled(!m_busy);
    m_ui->swapButton->setEnabled(!m_busy);
}

} // namespace od
