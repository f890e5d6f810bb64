#include "DraftsDialog.h"

#include "ui_DraftsDialog.h"

#include "DraftBook.h"
#include "OriginRules.h"
#include "Prompts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QSaveFile>
#include <QShortcut>

namespace od {

namespace {

enum Column
{
    DomainColumn,
    ChangeColumn,
    UpdatedColumn,
    BaseColumn,
    StateColumn,
    ColumnCount
};

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = DraftsDialog::tr("%1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

DraftsDialog::DraftsDialog(DraftBook *book, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DraftsDialog>())
    , m_book(book)
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->draftsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("Domain"), tr("What changes"), tr("Changed"), tr("Based on"), tr("State")});
    // "What changes" takes the room left, so the state stays in sight without scrolling sideways.
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->resizeSection(DomainColumn, 200);
    header->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    header->resizeSection(UpdatedColumn, 140);
    header->resizeSection(BaseColumn, 170);
    header->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_ui->problemBanner->setStyleSheet(
        QStringLiteral("QLabel { color: #8e0000; background: #fdecea; padding: 6px; }"));
    m_ui->detailsLabel->setStyleSheet(QStringLiteral("QLabel { color: #8e0000; }"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table, &QTableWidget::itemSelectionChanged, this, &DraftsDialog::updateButtons);
    auto edit = [this](bool slaves) {
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            emit editRequested(ids.first(), slaves);
    };
    connect(table, &QTableWidget::cellDoubleClicked, this, [edit] { edit(false); });
    auto *editMenu = new QMenu(m_ui->editButton);
    QAction *editOrigin = editMenu->addAction(tr("&Origin…"));
    editOrigin->setObjectName(QStringLiteral("editOriginAction"));
    connect(editOrigin, &QAction::triggered, this, [edit] { edit(false); });
    QAction *editSlaves = editMenu->addAction(tr("&Hot slave origins…"));
    editSlaves->setObjectName(QStringLiteral("editSlavesAction"));
    connect(editSlaves, &QAction::triggered, this, [edit] { edit(true); });
    m_ui->editButton->setMenu(editMenu);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &DraftsDialog::discardSelected);
    auto *discardKey = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    discardKey->setObjectName(QStringLiteral("discardShortcut"));
    connect(discardKey, &QShortcut::activated, this, &DraftsDialog::discardSelected);
    m_ui->discardButton->setToolTip(tr("Discard the selected drafts (Delete)"));
    connect(m_ui->reviewButton, &QPushButton::clicked, this, [this] {
        const QStringList ids = idsForAction();
        QStringList ready;
        for (const QString &id : ids) {
            if (const std::optional<Draft> d = m_book->find(id); d && DraftBook::isReady(*d))
                ready << id;
        }
        if (ready.isEmpty()) {
            showStatus(tr("No draft is ready: correct the ones marked Not ready first."), true);
            return;
        }
        emit reviewRequested(ready);
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::openFileName(this, tr("Import drafts"),
                                                   tr("Drafts or request bodies (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QStringList problems;
        const int added = importFile(path, &problems);
        QString text = tr("%n draft(s) imported.", nullptr, added);
        if (!problems.isEmpty())
            text += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
        showStatus(text, !problems.isEmpty());
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QStringList ids = idsForAction();
        if (ids.isEmpty())
            return;
        const QString path = Prompts::saveFileName(
            this, tr("Export drafts"), QStringLiteral("origindesk-drafts.json"), tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty())
            showStatus(exportSet(path, ids, &error) ? tr("%n draft(s) saved to %1.", nullptr, int(ids.size()))
                                                          .arg(QDir::toNativeSeparators(path))
                                                    : error,
                       !error.isEmpty());
    });
    auto exportOne = [this](const QString &title, const QString &suffix, const QString &filter, auto write) {
        const QStringList ids = selectedIds();
        if (ids.size() != 1)
            return;
        const std::optional<Draft> d = m_book->find(ids.first());
        if (!d)
            return;
        const QString path = Prompts::saveFileName(this, title, d->domain + suffix, filter);
        QString error;
        if (!path.isEmpty())
            showStatus((this->*write)(path, ids.first(), &error)
                           ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                           : error,
                       !error.isEmpty());
    };
    connect(m_ui->exportBodyButton, &QPushButton::clicked, this, [this, exportOne] {
        exportOne(tr("Export UpdateDomainConfig request body"), QStringLiteral(".UpdateDomainConfig.json"),
                  tr("JSON (*.json)"), &DraftsDialog::exportRequestBody);
    });
    connect(m_ui->exportTerraformButton, &QPushButton::clicked, this, [this, exportOne] {
        exportOne(tr("Export Terraform origin block"), QStringLiteral(".origin.tf"), tr("Terraform (*.tf)"),
                  &DraftsDialog::exportTerraform);
    });
    connect(m_book, &DraftBook::changed, this, &DraftsDialog::rebuild);
    rebuild();
}

DraftsDialog::~DraftsDialog() = default;

QString DraftsDialog::versionOf(const Draft &draft)
{
    if (draft.base.toJson().isEmpty())
        return tr("unknown (imported)");
    const QByteArray json = QJsonDocument(draft.base.toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex().left(7));
}

void DraftsDialog::rebuild()
{
    const QStringList selected = selectedIds();
    QTableWidget *table = m_ui->draftsTable;
    const QList<Draft> drafts = m_book->drafts();
    table->setRowCount(int(drafts.size()));
    for (int row = 0; row < drafts.size(); ++row) {
        const Draft &d = drafts.at(row);
        auto *domain = new QTableWidgetItem(d.domain);
        domain->setData(Qt::UserRole, d.id);
        table->setItem(row, DomainColumn, domain);
        const QString summary = DraftBook::summary(d);
        auto *change = new QTableWidgetItem(summary);
        change->setToolTip(summary);
        table->setItem(row, ChangeColumn, change);
        table->setItem(
            row, UpdatedColumn,
            new QTableWidgetItem(QLocale().toString(d.updated.toLocalTime(), QLocale::ShortFormat)));
        table->setItem(row, BaseColumn,
                       new QTableWidgetItem(tr("%1 · %2").arg(
                           versionOf(d), QLocale().toString(d.created.toLocalTime(), QLocale::ShortFormat))));
        QString state = tr("Ready");
        QString tip;
        if (!DraftBook::isReady(d)) {
            state = tr("Not ready");
            QStringList errors;
            for (const Finding &f : OriginRules::check(d.origin, d.domain)) {
                if (f.isError())
                    errors << f.message;
            }
            tip = errors.join(QLatin1Char('\n'));
        } else if (!d.lastError.isEmpty()) {
            state = tr("Apply failed");
            tip = d.lastError;
        }
        // The state in a word; why (rule errors, the last apply's error) in the tooltip and, for the
        // selected draft, in the line under the list.
        auto *stateItem = new QTableWidgetItem(state);
        stateItem->setToolTip(tip);
        stateItem->setData(Qt::UserRole, tip);
        if (state != tr("Ready"))
            stateItem->setForeground(QColor(0xc6, 0x28, 0x28));
        table->setItem(row, StateColumn, stateItem);
    }
    selectDrafts(selected);
    const QStringList problems = m_book->problems();
    m_ui->problemBanner->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemBanner->setVisible(!problems.isEmpty());
    setWindowTitle(tr("Drafts (%1)").arg(drafts.size()));
    updateButtons();
}

QStringList DraftsDialog::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_ui->draftsTable->selectionModel()->selectedRows(DomainColumn);
    for (const QModelIndex &index : rows)
        ids << index.data(Qt::UserRole).toString();
    return ids;
}

void DraftsDialog::selectDrafts(const QStringList &ids)
{
    QTableWidget *table = m_ui->draftsTable;
    table->clearSelection();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (ids.contains(table->item(row, DomainColumn)->data(Qt::UserRole).toString()))
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void DraftsDialog::selectDomain(const QString &domain)
{
    QStringList ids;
    for (const Draft &d : m_book->forDomain(domain))
        ids << d.id;
    selectDrafts(ids);
    if (!ids.isEmpty())
        m_ui->draftsTable->setCurrentItem(m_ui->draftsTable->selectedItems().value(0),
                                          QItemSelectionModel::NoUpdate);
}

QStringList DraftsDialog::idsForAction() const
{
    QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        for (const Draft &d : m_book->drafts())
            ids << d.id;
    }
    return ids;
}

void DraftsDialog::updateButtons()
{
    const int selected = int(selectedIds().size());
    const bool any = !m_book->drafts().isEmpty();
    m_ui->editButton->setEnabled(selected == 1);
    m_ui->discardButton->setEnabled(selected > 0);
    m_ui->exportBodyButton->setEnabled(selected == 1);
    m_ui->exportTerraformButton->setEnabled(selected == 1);
    m_ui->exportButton->setEnabled(any);
    m_ui->reviewButton->setEnabled(any);

    QStringList details;
    const QModelIndexList rows = m_ui->draftsTable->selectionModel()->selectedRows(StateColumn);
    for (const QModelIndex &index : rows) {
        const QString why = index.data(Qt::UserRole).toString();
        if (!why.isEmpty())
            details << tr("%1 — %2: %3")
                           .arg(index.siblingAtColumn(DomainColumn).data().toString(),
                                index.data().toString(),
                                QString(why).replace(QLatin1Char('\n'), QLatin1String("; ")));
    }
    m_ui->detailsLabel->setText(details.join(QLatin1Char('\n')));
    m_ui->detailsLabel->setVisible(!details.isEmpty());
}

QString DraftsDialog::detailsText() const
{
    return m_ui->detailsLabel->isVisibleTo(this) ? m_ui->detailsLabel->text() : QString();
}

QString DraftsDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

void DraftsDialog::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #8e0000; }") : QString());
}

void DraftsDialog::discardSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList domains;
    for (const QString &id : ids) {
        if (const std::optional<Draft> d = m_book->find(id))
            domains << d->domain;
    }
    if (Prompts::question(this, tr("Discard drafts?"),
                          tr("Discard %n draft(s)? This cannot be undone.", nullptr, int(ids.size())),
                          domains.join(QLatin1String(", "))) != QMessageBox::Yes)
        return;
    QStringList errors;
    for (const QString &id : ids) {
        QString error;
        if (!m_book->discard(id, &error))
            errors << error;
    }
    showStatus(errors.isEmpty() ? tr("%n draft(s) discarded.", nullptr, int(ids.size()))
                                : errors.join(QLatin1Char(' ')),
               !errors.isEmpty());
}

bool DraftsDialog::exportSet(const QString &path, const QStringList &ids, QString *error) const
{
    QList<Draft> drafts;
    for (const QString &id : ids) {
        if (const std::optional<Draft> d = m_book->find(id))
            drafts << *d;
    }
    return writeAtomically(path, DraftStore::exportSet(drafts), error);
}

bool DraftsDialog::exportRequestBody(const QString &path, const QString &id, QString *error) const
{
    const std::optional<Draft> d = m_book->find(id);
    if (!d) {
        *error = tr("The draft no longer exists.");
        return false;
    }
    return writeAtomically(path, QJsonDocument(d->requestBody()).toJson(QJsonDocument::Indented), error);
}

bool DraftsDialog::exportTerraform(const QString &path, const QString &id, QString *error) const
{
    const std::optional<Draft> d = m_book->find(id);
    if (!d) {
        *error = tr("The draft no longer exists.");
        return false;
    }
    return writeAtomically(path, TerraformExport::originBlock(d->origin).toUtf8(), error);
}

int DraftsDialog::importFile(const QString &path, QStringList *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(
            tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return 0;
    }
    const QByteArray data = file.read(16 * 1024 * 1024 + 1);
    if (data.size() > 16 * 1024 * 1024) {
        problems->append(
            tr("%1 is larger than 16 MB; it is not a drafts file.").arg(QDir::toNativeSeparators(path)));
        return 0;
    }
    QStringList found;
    const QList<Draft> drafts = DraftStore::import(data, m_book->account(), &found);
    for (const QString &p : qAsConst(found))
        problems->append(QDir::toNativeSeparators(path) + QStringLiteral(": ") + p);
    int added = 0;
    for (const Draft &d : drafts) {
        QString error;
        if (m_book->save(d, &error))
            ++added;
        else
            problems->append(error);
    }
    return added;
}

} // namespace od
