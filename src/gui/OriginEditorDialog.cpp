#include "OriginEditorDialog.h"

#include "ui_OriginEditorDialog.h"

#include "OriginOps.h"
#include "Prompts.h"

#include <QStandardItemModel>

namespace od {

OriginEditorDialog::OriginEditorDialog(CdnClient *client, const Domain &domain, QWidget *parent)
    : OriginEditDialogBase(client, domain, parent)
    , m_ui(std::make_unique<Ui::OriginEditorDialog>())
    , m_kind(domain.origin().kind())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Modify Origin Server – %1").arg(domain.name()));
    const Origin &base = baseOrigin();

    m_ui->protocolCombo->addItem(tr("HTTP"), QStringLiteral("http"));
    m_ui->protocolCombo->addItem(tr("HTTPS"), QStringLiteral("https"));
    m_ui->protocolCombo->addItem(tr("Follow (same as the request)"), QStringLiteral("follow"));
    const QString protocol = base.protocol().isEmpty() ? QStringLiteral("http") : base.protocol();
    m_ui->protocolCombo->setCurrentIndex(std::max(0, m_ui->protocolCombo->findData(protocol)));
    if (base.hasSlaves()) {
        // HTTPS back-to-origin cannot be chosen while hot slave origins exist.
        auto *model = qobject_cast<QStandardItemModel *>(m_ui->protocolCombo->model());
        if (QStandardItem *https = model->item(1)) {
            if (protocol != QLatin1String("https"))
                https->setEnabled(false);
            https->setToolTip(tr("Hot slave origins do not support HTTPS back-to-origin."));
        }
        m_ui->protocolCombo->setToolTip(
            tr("HTTPS is unavailable: this domain has hot slave origins, which do not "
               "support HTTPS back-to-origin. Remove them first to choose HTTPS."));
    }

    m_ui->hostEdit->setText(base.serverName());
    m_ui->hostEdit->setPlaceholderText(tr("%1 (the acceleration domain)").arg(domain.name()));
    m_ui->mastersEditor->setWeightsShown(true);
    if (m_kind == Origin::Kind::Cos) {
        m_ui->cosRadio->setChecked(true);
        m_ui->bucketEdit->setText(base.masterTexts().value(0));
        m_ui->privateAccessCheck->setChecked(base.cosPrivateAccess() == QLatin1String("on"));
        m_ui->originStack->setCurrentWidget(m_ui->cosPage);
    } else {
        m_ui->ownRadio->setChecked(true);
        m_ui->mastersEditor->setEntries(base.masters());
        m_ui->originStack->setCurrentWidget(m_ui->ownPage);
    }
    if (m_kind == Origin::Kind::ThirdParty || m_kind == Origin::Kind::Other) {
        m_ui->originTypeGroup->setEnabled(false);
        m_ui->switchNotice->setText(
            tr("This domain uses %1 (%2), which is edited in the Tencent Cloud console; "
               "only the protocol and host header can be changed here.")
                .arg(OriginOps::kindName(m_kind), base.originType()));
        m_ui->switchNotice->show();
        m_ui->originStack->hide();
    }

    connect(m_ui->ownRadio, &QRadioButton::toggled, this, &OriginEditorDialog::onKindToggled);
    connect(m_ui->mastersEditor, &EntriesEditor::changed, this, &OriginEditorDialog::revalidate);
    connect(m_ui->bucketEdit, &QLineEdit::textChanged, this, &OriginEditorDialog::revalidate);
    connect(m_ui->privateAccessCheck, &QCheckBox::toggled, this, &OriginEditorDialog::revalidate);
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this, &OriginEditorDialog::revalidate);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &OriginEditorDialog::revalidate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setUpApply(m_ui->buttonBox->button(QDialogButtonBox::Apply), m_ui->applyStatus);
}

OriginEditorDialog::~OriginEditorDialog() = default;

Origin::Kind OriginEditorDialog::selectedKind() const
{
    if (m_kind == Origin::Kind::ThirdParty || m_kind == Origin::Kind::Other)
        return m_kind;
    return m_ui->cosRadio->isChecked() ? Origin::Kind::Cos : Origin::Kind::Own;
}

void OriginEditorDialog::onKindToggled()
{
    const Origin::Kind target = selectedKind();
    const OperationResult preview = OriginOps::switchKind(baseOrigin(), target, domain().name());
    QStringList dropped;
    for (const Loss &loss : preview.losses) {
        if (loss.kind == Loss::Kind::SlavesRemoved || loss.kind == Loss::Kind::PrivateAccessCleared)
            dropped << loss.message +
                           (loss.items.isEmpty()
                                ? QString()
                                : QStringLiteral(" (%1)").arg(loss.items.join(QLatin1String(", "))));
    }
    if (!dropped.isEmpty() && target != baseOrigin().kind()) {
        const auto answer = Prompts::question(
            this, tr("Switch to %1?").arg(OriginOps::kindName(target)),
            tr("Switching %1 to %2 removes:").arg(domain().name(), OriginOps::kindName(target)),
            dropped.join(QLatin1Char('\n')));
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker blockOwn(m_ui->ownRadio);
            const QSignalBlocker blockCos(m_ui->cosRadio);
            (target == Origin::Kind::Cos ? m_ui->ownRadio : m_ui->cosRadio)->setChecked(true);
            return;
        }
    }
    m_ui->originStack->setCurrentWidget(target == Origin::Kind::Cos ? m_ui->cosPage : m_ui->ownPage);
    updateSwitchNotice();
    revalidate();
}

void OriginEditorDialog::updateSwitchNotice()
{
    const Origin::Kind target = selectedKind();
    if (target == baseOrigin().kind()) {
        m_ui->switchNotice->hide();
        return;
    }
    const OperationResult preview = OriginOps::switchKind(baseOrigin(), target, domain().name());
    QStringList lines;
    for (const Loss &loss : preview.losses)
        lines << QStringLiteral("• ") + loss.message +
                     (loss.items.isEmpty()
                          ? QString()
                          : QStringLiteral(" (%1)").arg(loss.items.join(QLatin1String(", "))));
    m_ui->switchNotice->setText(tr("Applying this switch:") + QLatin1Char('\n') +
                                lines.join(QLatin1Char('\n')));
    m_ui->switchNotice->setVisible(!lines.isEmpty());
}

Origin OriginEditorDialog::editedOrigin() const
{
    const Origin &base = baseOrigin();
    const Origin::Kind target = selectedKind();
    Origin origin =
        target == base.kind() ? base : OriginOps::switchKind(base, target, domain().name()).origin;
    if (target == Origin::Kind::Own) {
        origin.setMasters(m_ui->mastersEditor->entries());
    } else if (target == Origin::Kind::Cos) {
        const QString bucket = m_ui->bucketEdit->text().trimmed();
        origin.setMasters(bucket.isEmpty() ? QList<OriginEntry>()
                                           : QList<OriginEntry>{OriginEntry::parse(bucket)});
        const QString access =
            m_ui->privateAccessCheck->isChecked() ? QStringLiteral("on") : QStringLiteral("off");
        const QString current =
            origin.cosPrivateAccess().isEmpty() ? QStringLiteral("off") : origin.cosPrivateAccess();
        if (access != current)
            origin.setCosPrivateAccess(access);
    }
    const QString protocol = m_ui->protocolCombo->currentData().toString();
    const QString currentProtocol = origin.protocol().isEmpty() ? QStringLiteral("http") : origin.protocol();
    if (protocol != currentProtocol)
        origin.setProtocol(protocol);
    origin.setServerName(m_ui->hostEdit->text().trimmed());
    return origin;
}

void OriginEditorDialog::presentFindings(const Findings &findings)
{
    const bool cos = selectedKind() == Origin::Kind::Cos;
    Findings masters;
    Findings cosFindings;
    Findings general;
    for (const Finding &f : findings) {
        switch (f.field) {
        case Finding::Field::Masters:
            (cos ? cosFindings : masters).append(f);
            break;
        case Finding::Field::CosPrivateAccess:
            cosFindings.append(f);
            break;
        case Finding::Field::Protocol:
        case Finding::Field::ServerName:
            break;
        default:
            general.append(f);
            break;
        }
    }
    m_ui->mastersEditor->showFindings(masters);
    m_ui->cosMessages->setText(formatMessages(cosFindings));
    m_ui->protocolMessages->setText(formatMessages(findingsFor(findings, Finding::Field::Protocol)));
    m_ui->hostMessages->setText(formatMessages(findingsFor(findings, Finding::Field::ServerName)));
    m_ui->generalMessages->setText(formatMessages(general));
    for (QLabel *label :
         {m_ui->cosMessages, m_ui->protocolMessages, m_ui->hostMessages, m_ui->generalMessages})
        label->setVisible(!label->text().isEmpty());
}

void OriginEditorDialog::setEditingEnabled(bool enabled)
{
    const bool editableKind = m_kind != Origin::Kind::ThirdParty && m_kind != Origin::Kind::Other;
    m_ui->originTypeGroup->setEnabled(enabled && editableKind);
    m_ui->originStack->setEnabled(enabled);
    m_ui->protocolCombo->setEnabled(enabled);
    m_ui->hostEdit->setEnabled(enabled);
}

} // namespace od
