#include "ReviewDialog.h"

#include "ui_ReviewDialog.h"

#include "ApiCall.h"
#include "DraftBook.h"
#include "OriginApplier.h"
#include "OriginDiff.h"
#include "OriginOps.h"
#include "OriginRules.h"
#include "Prompts.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTextBlock>

namespace od {

namespace {

enum Column
{
    WhatColumn,
    ActionColumn,
    ResultColumn
};

const QColor ErrorColor(0xc6, 0x28, 0x28);
const QColor DoneColor(0x1b, 0x7f, 0x3b);
const QColor LiveChangeBackground(0xff, 0xe9, 0xa8);  // changed elsewhere since the draft was made
const QColor DraftChangeBackground(0xcd, 0xeb, 0xd3); // what the draft changes

// Marks every line of `edit` that `other` does not have, so the eye goes to what differs.
void highlightLinesNotIn(QPlainTextEdit *edit, const QString &other, const QColor &background)
{
    const QStringList otherLines = other.split(QLatin1Char('\n'));
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().isEmpty() || otherLines.contains(block.text()))
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(background);
        mark.format.setForeground(QColor(Qt::black)); // readable on a dark palette too
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << mark;
    }
    edit->setExtraSelections(marks);
}

} // namespace

ReviewDialog::ReviewDialog(CdnClient *client, DraftBook *book, const QStringList &ids, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewDialog>())
    , m_client(client)
    , m_book(book)
    , m_applier(new OriginApplier(client, this))
{
    m_ui->setupUi(this);
    auto swatch = [](const QColor &color, const QString &text) {
        return QStringLiteral("<span style=\"background-color:%1; color:#000000;\">&nbsp;%2&nbsp;</span>")
            .arg(color.name(), text.toHtmlEscaped());
    };
    m_ui->compareLegend->setText(
        tr("Highlighted: %1 %2")
            .arg(swatch(LiveChangeBackground, tr("changed live since the draft was made")),
                 swatch(DraftChangeBackground, tr("what the draft changes"))));
    m_applyButton = m_ui->buttonBox->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    m_applyButton->setAutoDefault(false); // Enter never applies: Apply is pressed on purpose
    connect(m_applyButton, &QPushButton::clicked, this, &ReviewDialog::startApply);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Close), &QPushButton::clicked, this,
            &ReviewDialog::reject);
    QPushButton *copy = m_ui->buttonBox->addButton(tr("&Copy results"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyResultsButton"));
    copy->setToolTip(tr("Copy every domain with its changes and result (RequestIds, errors) as text"));
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(resultsText()); });

    QTreeWidget *tree = m_ui->reviewTree;
    tree->setColumnCount(3);
    tree->setHeaderLabels({tr("Domain and changes (live → draft)"), tr("Action"), tr("Result")});
    tree->header()->resizeSection(WhatColumn, 470);
    tree->header()->resizeSection(ActionColumn, 190);
    connect(tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        while (item && item->parent())
            item = item->parent();
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).item == item)
                showComparison(i);
        }
    });
    m_ui->applyProgress->hide();

    for (const QString &id : ids) {
        const std::optional<Draft> draft = book->find(id);
        if (!draft)
            continue;
        Entry entry;
        entry.draft = *draft;
        entry.item =
            new QTreeWidgetItem(tree, {draft->domain, QString(), tr("Reading the live configuration…")});
        entry.item->setFirstColumnSpanned(false);
        m_entries << entry;
    }
    m_ui->introLabel->setText(
        tr("%n draft(s) compared with the live configuration, read now. Nothing is sent until you press "
           "Apply; a domain whose live configuration changed since its draft was made is kept unless you "
           "choose otherwise.",
           nullptr, int(m_entries.size())));
    for (int i = 0; i < m_entries.size(); ++i) {
        ApiCall *call = OriginApplier::readDomain(client, m_entries.at(i).draft.domain);
        connect(call, &ApiCall::finished, this, [this, i, call] { onRead(i, call); });
    }
    if (!m_entries.isEmpty())
        tree->setCurrentItem(m_entries.first().item);
    updateApplyButton();
}

ReviewDialog::~ReviewDialog() = default;

QString ReviewDialog::describe(const Origin &origin)
{
    if (origin.toJson().isEmpty())
        return tr("(not known)");
    QStringList lines;
    lines << tr("Type: %1 (%2)").arg(OriginOps::kindName(origin.kind()), origin.originType());
    lines << tr("Origins: %1").arg(origin.masterTexts().join(QLatin1String(", ")));
    if (origin.hasSlaves())
        lines << tr("Hot slave origins: %1").arg(origin.slaveTexts().join(QLatin1String(", ")));
    lines << tr("Protocol: %1").arg(origin.protocol().isEmpty() ? tr("(default)") : origin.protocol());
    if (!origin.serverName().isEmpty())
        lines << tr("Host header: %1").arg(origin.serverName());
    if (!origin.backupServerName().isEmpty())
        lines << tr("Slave host header: %1").arg(origin.backupServerName());
    if (origin.kind() == Origin::Kind::Cos && !origin.cosPrivateAccess().isEmpty())
        lines << tr("Private bucket access: %1").arg(origin.cosPrivateAccess());
    return lines.join(QLatin1Char('\n'));
}

QStringList ReviewDialog::changesAt(int i) const
{
    QStringList lines;
    const QTreeWidgetItem *item = m_entries.at(i).item;
    for (int c = 0; c < item->childCount(); ++c)
        lines << item->child(c)->text(WhatColumn);
    return lines;
}

QString ReviewDialog::resultsText() const
{
    QStringList lines;
    for (int i = 0; i < m_entries.size(); ++i) {
        lines << tr("%1: %2").arg(m_entries.at(i).draft.domain, m_entries.at(i).result);
        for (const QString &change : changesAt(i))
            lines << QStringLiteral("  • ") + change;
    }
    return lines.join(QLatin1Char('\n'));
}

ReviewDialog::Choice ReviewDialog::choiceAt(int i) const
{
    const Entry &e = m_entries.at(i);
    if (!e.choice)
        return Choice::Keep;
    return Choice(e.choice->currentData().toInt());
}

void ReviewDialog::setChoice(int i, Choice choice)
{
    if (QComboBox *combo = m_entries.at(i).choice)
        combo->setCurrentIndex(std::max(0, combo->findData(int(choice))));
}

bool ReviewDialog::isReading() const
{
    for (const Entry &e : m_entries) {
        if (e.state == State::Reading)
            return true;
    }
    return false;
}

void ReviewDialog::showComparison(int i)
{
    const Entry &e = m_entries.at(i);
    m_ui->compareBox->setTitle(e.conflict
                                   ? tr("%1: live changed since the draft was made").arg(e.draft.domain)
                                   : tr("%1: base / live / draft").arg(e.draft.domain));
    m_ui->baseText->setPlainText(describe(e.draft.base));
    m_ui->liveText->setPlainText(
        e.state == State::Reading || e.state == State::Unreadable ? e.result : describe(e.live));
    const bool liveKnown = e.state != State::Reading && e.state != State::Unreadable;
    const bool rebased = liveKnown && choiceAt(i) == Choice::Rebase;
    m_ui->draftTitle->setText(rebased ? tr("Draft rebased on live (to apply)") : tr("Draft (to apply)"));
    m_ui->draftText->setPlainText(describe(rebased ? outcome(i) : e.draft.origin));
    const QString base = m_ui->baseText->toPlainText();
    if (liveKnown)
        highlightLinesNotIn(m_ui->liveText, base, LiveChangeBackground);
    else
        m_ui->liveText->setExtraSelections({}); // a status line, not a configuration
    // Rebased, the draft's own changes sit on top of live: those are what it changes.
    highlightLinesNotIn(m_ui->draftText, rebased ? m_ui->liveText->toPlainText() : base,
                        DraftChangeBackground);
    m_ui->compareBox->setStyleSheet(
        e.conflict ? QStringLiteral("QGroupBox { color: #c62828; font-weight: bold; }") : QString());
}

QString ReviewDialog::comparisonText(int column) const
{
    const QPlainTextEdit *edits[] = {m_ui->baseText, m_ui->liveText, m_ui->draftText};
    return edits[column]->toPlainText();
}

void ReviewDialog::onRead(int i, ApiCall *call)
{
    Entry &e = m_entries[i];
    Domain live;
    ApiError error;
    if (!OriginApplier::domainFrom(call, e.draft.domain, &live, &error)) {
        setResult(i, State::Unreadable,
                  tr("Could not read the live configuration: %1").arg(error.toDisplayString()));
        updateApplyButton();
        return;
    }
    e.live = live.origin();
    e.conflict = DraftMerge::conflicts(e.draft, e.live);

    auto *combo = new QComboBox(m_ui->reviewTree);
    combo->setObjectName(QStringLiteral("choice_") + e.draft.domain);
    combo->setAccessibleName(tr("Action for %1").arg(e.draft.domain));
    combo->addItem(e.conflict ? tr("Apply the draft anyway") : tr("Apply"), int(Choice::Apply));
    if (e.conflict)
        combo->addItem(tr("Rebase the draft on live"), int(Choice::Rebase));
    combo->addItem(tr("Keep for later"), int(Choice::Keep));
    e.choice = combo;
    m_ui->reviewTree->setItemWidget(e.item, ActionColumn, combo);
    // Tab goes from the list through each domain's action, then on to the comparison and buttons.
    QWidget *previous = m_ui->reviewTree;
    for (const Entry &other : qAsConst(m_entries)) {
        if (other.choice && other.choice != combo)
            previous = other.choice;
    }
    setTabOrder(previous, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, i] {
        // The changes listed and the draft compared are what this choice would send.
        listChanges(i);
        if (m_ui->reviewTree->currentItem() == m_entries.at(i).item)
            showComparison(i);
        updateApplyButton();
    });

    listChanges(i); // the draft over live, as Apply sends it
    const int changes = e.item->childCount();
    if (changes == 0) {
        setChoice(i, Choice::Keep);
        setResult(i, State::Reviewed, tr("Live already matches the draft."));
    } else if (e.conflict) {
        // Nothing is overwritten without an explicit choice.
        setChoice(i, Choice::Keep);
        setResult(i, State::Reviewed,
                  tr("Live changed since the draft was made: choose apply anyway, rebase, or keep."));
        e.item->setForeground(ResultColumn, ErrorColor);
    } else {
        setResult(i, State::Reviewed, tr("%n change(s) to apply.", nullptr, changes));
    }
    if (m_ui->reviewTree->currentItem() == e.item)
        showComparison(i);
    updateApplyButton();
}

Origin ReviewDialog::outcome(int i) const
{
    const Entry &e = m_entries.at(i);
    return choiceAt(i) == Choice::Rebase ? DraftMerge::rebase(e.draft, e.live)
                                         : DraftMerge::overlay(e.draft, e.live);
}

void ReviewDialog::listChanges(int i)
{
    Entry &e = m_entries[i];
    qDeleteAll(e.item->takeChildren());
    const Origin origin = outcome(i);
    for (const OriginChange &c : OriginDiff::compare(e.live, origin, e.draft.domain))
        new QTreeWidgetItem(e.item, {c.description});
    if (choiceAt(i) == Choice::Rebase && hasErrors(OriginRules::check(origin, e.draft.domain))) {
        auto *warning =
            new QTreeWidgetItem(e.item, {tr("Rebased on live, the draft breaks the rules: edit it "
                                            "from Drafts or choose another action.")});
        warning->setForeground(WhatColumn, ErrorColor);
    }
    e.item->setExpanded(true);
}

void ReviewDialog::setResult(int i, State state, const QString &result)
{
    Entry &e = m_entries[i];
    e.state = state;
    e.result = result;
    e.item->setText(ResultColumn, result);
    e.item->setToolTip(ResultColumn, result);
    if (state == State::Failed || state == State::Unreadable)
        e.item->setForeground(ResultColumn, ErrorColor);
    else if (state == State::Applied)
        e.item->setForeground(ResultColumn, DoneColor);
}

void ReviewDialog::updateApplyButton()
{
    int read = 0;
    int toApply = 0;
    int conflicts = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        read += e.state != State::Reading;
        if (e.state == State::Reviewed && choiceAt(i) != Choice::Keep)
            ++toApply;
        if (e.state == State::Reviewed && e.conflict)
            ++conflicts;
    }
    m_applyButton->setEnabled(!m_applying && !isReading() && toApply > 0);
    if (m_applying)
        return;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (isReading())
        m_ui->statusLabel->setText(
            tr("Reading the live configuration: %1 of %2…").arg(read).arg(m_entries.size()));
    else if (!m_ran)
        m_ui->statusLabel->setText(
            tr("%1 to apply; %2 changed live since the draft was made.").arg(toApply).arg(conflicts));
}

void ReviewDialog::startApply()
{
    if (m_applying || isReading())
        return;
    m_queue.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).state == State::Reviewed && choiceAt(i) != Choice::Keep)
            m_queue << i;
    }
    if (m_queue.isEmpty())
        return;
    m_applying = true;
    m_stop = false;
    for (int i : qAsConst(m_queue)) {
        if (m_entries.at(i).choice)
            m_entries.at(i).choice->setEnabled(false);
    }
    m_ui->applyProgress->setRange(0, int(m_queue.size()));
    m_ui->applyProgress->setValue(0);
    m_ui->applyProgress->setFormat(tr("%v of %m domains"));
    m_ui->applyProgress->show();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Stop"));
    updateApplyButton();
    applyNext();
}

void ReviewDialog::stopApply()
{
    if (!m_applying)
        return;
    m_stop = true;
    m_ui->statusLabel->setText(tr("Stopping after the domain in flight…"));
}

void ReviewDialog::reject()
{
    if (m_applying) {
        stopApply(); // a request already sent is seen through; the dialog stays open to show results
        return;
    }
    QDialog::reject();
}

void ReviewDialog::applyNext()
{
    if (m_stop || m_queue.isEmpty()) {
        for (int i : qAsConst(m_queue))
            setResult(i, State::Kept, tr("Not applied (stopped); still a draft."));
        m_queue.clear();
        m_applying = false;
        m_ran = true;
        m_current = -1;
        int applied = 0;
        int failed = 0;
        for (const Entry &e : qAsConst(m_entries)) {
            applied += e.state == State::Applied;
            failed += e.state == State::Failed;
        }
        m_ui->statusLabel->setText(tr("Done: %1 applied, %2 failed. Failed and kept domains stay in Drafts.")
                                       .arg(applied)
                                       .arg(failed));
        updateApplyButton();
        emit applyFinished();
        return;
    }
    m_current = m_queue.takeFirst();
    Entry &e = m_entries[m_current];
    setResult(m_current, State::Applying, tr("Reading the live configuration again…"));
    m_ui->statusLabel->setText(tr("Applying %1…").arg(e.draft.domain));
    m_ui->reviewTree->setCurrentItem(e.item);
    const int i = m_current;
    ApiCall *call = OriginApplier::readDomain(m_client, e.draft.domain);
    connect(call, &ApiCall::finished, this, [this, i, call] {
        Domain live;
        ApiError error;
        if (!OriginApplier::domainFrom(call, m_entries.at(i).draft.domain, &live, &error)) {
            finishEntry(i, State::Failed,
                        tr("Could not read the live configuration: %1").arg(error.toDisplayString()));
            return;
        }
        if (live.origin() != m_entries.at(i).live) {
            finishEntry(
                i, State::Kept,
                tr("The live configuration changed again during this review; kept as a draft. Review it "
                   "again."));
            return;
        }
        sendEntry(i, live.origin());
    });
}

void ReviewDialog::sendEntry(int i, const Origin &live)
{
    Entry &e = m_entries[i];
    Origin origin = DraftMerge::overlay(e.draft, live);
    if (choiceAt(i) == Choice::Rebase) {
        origin = DraftMerge::rebase(e.draft, live);
        if (hasErrors(OriginRules::check(origin, e.draft.domain))) {
            finishEntry(i, State::Failed,
                        tr("Rebased on live, the draft breaks the rules; kept. Edit it from Drafts."));
            return;
        }
        e.draft.base = live;
        e.draft.origin = origin;
        QString error;
        if (!m_book->save(e.draft, &error)) {
            finishEntry(i, State::Failed, error);
            return;
        }
    }
    setResult(i, State::Applying, tr("Sending…"));
    m_applier->disconnect(this);
    connect(m_applier, &OriginApplier::progress, this,
            [this, i](const QString &text) { setResult(i, State::Applying, text); });
    connect(m_applier, &OriginApplier::applied, this, [this, i](const Domain &domain) {
        QString error;
        const QString requestId = m_applier->lastRequestId();
        if (!m_book->discard(m_entries.at(i).draft.id, &error))
            qWarning("origindesk: applied draft could not be removed: %s", qPrintable(error));
        emit domainApplied(domain);
        QString result = tr("Applied (RequestId %1).").arg(requestId);
        if (!m_applier->historyProblem().isEmpty())
            result += QLatin1Char(' ') + m_applier->historyProblem();
        finishEntry(i, State::Applied, result);
    });
    connect(m_applier, &OriginApplier::failed, this, [this, i](const ApiError &error) {
        if (!m_applier->wasAccepted()) {
            finishEntry(i, State::Failed, error.toDisplayString());
            return;
        }
        // Sent and accepted, but the read-back failed: kept as a draft, so a second review shows
        // where the domain stands (it reports "already matches" when the change is there).
        emit domainChangedUnverified(m_entries.at(i).draft.domain);
        finishEntry(i, State::Failed,
                    tr("Accepted (RequestId %1) but not verified: %2 Kept as a draft: review it again to see "
                       "where the domain stands.")
                        .arg(m_applier->lastRequestId(), error.toDisplayString()));
    });
    m_applier->apply(e.draft.domain, origin, live);
}

void ReviewDialog::finishEntry(int i, State state, const QString &result)
{
    if (state == State::Failed || state == State::Kept) {
        Draft draft = m_entries.at(i).draft;
        draft.lastError = result;
        QString error;
        if (m_book->find(draft.id) && !m_book->save(draft, &error))
            qWarning("origindesk: the draft's error could not be saved: %s", qPrintable(error));
    }
    setResult(i, state, result);
    m_ui->applyProgress->setValue(m_ui->applyProgress->value() + 1);
    applyNext();
}

} // namespace od
