#include "SlaveEditorDialog.h"

#include "ui_SlaveEditorDialog.h"

#include "OriginOps.h"

namespace od {

QString SlaveEditorDialog::httpsWarningStyle()
{
    return QStringLiteral("QLabel { color: #ffffff; background: #c62828; border-radius: 4px; padding: 8px; "
                          "font-weight: bold; }");
}

QString SlaveEditorDialog::blockedReason(const Origin &origin)
{
    if (origin.kind() != Origin::Kind::Own)
        return tr("Hot slave origins can only be added to a domain whose origin is an own origin (this one "
                  "is a %1).")
            .arg(OriginOps::kindName(origin.kind()));
    if (origin.protocol() == QLatin1String("https"))
        return tr(
            "HTTPS back-to-origin is selected, which slave origins do not support. Change the origin-pull "
            "protocol to HTTP or Follow (Modify) before adding hot slave origins.");
    for (const OriginEntry &entry : origin.masters()) {
        if (entry.kind() == OriginEntry::Kind::IPv6)
            return tr("Hot slave origins are not supported behind an IPv6 master origin.");
    }
    return QString();
}

SlaveEditorDialog::SlaveEditorDialog(CdnClient *client, const Domain &domain, QWidget *parent)
    : OriginEditDialogBase(client, domain, parent)
    , m_ui(std::make_unique<Ui::SlaveEditorDialog>())
{
    m_ui->setupUi(this);
    const Origin &base = baseOrigin();
    setWindowTitle(base.hasSlaves() ? tr("Edit Hot Slave Origins – %1").arg(domain.name())
                                    : tr("Add Hot Slave Origin – %1").arg(domain.name()));
    m_ui->httpsWarningBanner->setStyleSheet(httpsWarningStyle());
    m_ui->slavesEditor->setWeightsShown(false);
    m_ui->slavesEditor->setEntries(base.slaves());
    m_ui->slaveHostEdit->setText(base.backupServerName());
    m_ui->slaveHostEdit->setPlaceholderText(
        tr("%1 (the master's host header)")
            .arg(base.serverName().isEmpty() ? domain.name() : base.serverName()));
    const QString reason = blockedReason(base);
    // An existing list can always be corrected or emptied, even when new slaves could not be added.
    m_blocked = !reason.isEmpty() && !base.hasSlaves();
    if (!reason.isEmpty()) {
        m_ui->blockedReason->setText(reason);
        m_ui->blockedReason->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_ui->blockedReason->show();
    }
    setEditingEnabled(true);
    connect(m_ui->slavesEditor, &EntriesEditor::changed, this, &SlaveEditorDialog::revalidate);
    connect(m_ui->slaveHostEdit, &QLineEdit::textChanged, this, &SlaveEditorDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setUpApply(m_ui->buttonBox->button(QDialogButtonBox::Apply), m_ui->applyStatus);
}

SlaveEditorDialog::~SlaveEditorDialog() = default;

Origin SlaveEditorDialog::editedOrigin() const
{
    Origin origin = baseOrigin();
    origin.setSlaves(m_ui->slavesEditor->entries());
    origin.setBackupServerName(origin.hasSlaves() ? m_ui->slaveHostEdit->text().trimmed() : QString());
    return origin;
}

void SlaveEditorDialog::presentFindings(const Findings &findings)
{
    Findings slaves = findingsFor(findings, Finding::Field::Slaves);
    m_ui->slavesEditor->showFindings(slaves);
    Findings rest;
    for (const Finding &f : findings) {
        if (f.field != Finding::Field::Slaves)
            rest.append(f);
    }
    m_ui->slaveMessages->setText(formatMessages(rest));
    m_ui->slaveMessages->setVisible(!rest.isEmpty());
}

void SlaveEditorDialog::setEditingEnabled(bool enabled)
{
    m_ui->slavesEditor->setEditable(enabled && !m_blocked);
    m_ui->slaveHostEdit->setEnabled(enabled && !m_blocked);
}

} // namespace od
