#include "TccliImportDialog.h"

#include "ui_TccliImportDialog.h"

#include <QDir>
#include <QPushButton>

namespace od {

TccliImportDialog::TccliImportDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TccliImportDialog>())
{
    m_ui->setupUi(this);
    QStringList problems;
    m_profiles = TccliProfiles::list(folder, &problems);
    for (const TccliProfile &p : qAsConst(m_profiles)) {
        auto *item =
            new QListWidgetItem(tr("%1 – %2, SecretId %3%4")
                                    .arg(p.name, Account::siteName(p.site()),
                                         p.secretId.left(4) + QStringLiteral("****") + p.secretId.right(4),
                                         p.token.isEmpty() ? QString() : tr(", temporary")),
                                m_ui->profilesList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_profiles.isEmpty())
        problems.prepend(tr("No tccli profiles were found in %1.").arg(QDir::toNativeSeparators(folder)));
    m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Import"));
    ok->setObjectName(QStringLiteral("importButton"));
    ok->setEnabled(!m_profiles.isEmpty());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TccliImportDialog::~TccliImportDialog() = default;

QList<TccliProfile> TccliImportDialog::chosenProfiles() const
{
    QList<TccliProfile> out;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_ui->profilesList->item(i)->checkState() == Qt::Checked)
            out.append(m_profiles.at(i));
    }
    return out;
}

void TccliImportDialog::setChosen(int index, bool chosen)
{
    m_ui->profilesList->item(index)->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
}

} // namespace od
