#pragma once

#include "ApiError.h"
#include "Domain.h"
#include "Draft.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class ReviewDialog;
}

namespace od {

class ApiCall;
class CdnClient;
class DraftBook;
class OriginApplier;

// Review and apply: each draft as a semantic diff against the live configuration, read afresh.
// When live changed since the draft was made, base / live / draft are shown side by side and the
// draft is kept unless the operator chooses to apply it anyway or rebase it on live. Apply goes
// domain by domain through the rate-limited client, re-reading each domain just before it is sent;
// a failure stays a draft with its error; Stop ends the run after the domain in flight.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Apply,
        Rebase,
        Keep
    };
    enum class State
    {
        Reading,
        Unreadable,
        Reviewed,
        Applying,
        Applied,
        Failed,
        Kept
    };

    ReviewDialog(CdnClient *client, DraftBook *book, const QStringList &ids, QWidget *parent = nullptr);
    ~ReviewDialog() override;

    int count() const { return int(m_entries.size()); }
    QString domainAt(int i) const { return m_entries.at(i).draft.domain; }
    State stateAt(int i) const { return m_entries.at(i).state; }
    bool conflictAt(int i) const { return m_entries.at(i).conflict; }
    QStringList changesAt(int i) const;
    QString resultAt(int i) const { return m_entries.at(i).result; }
    // Every domain with its changes and result (RequestIds, errors), as plain text for a ticket or a
    // chat; "Copy results" puts it on the clipboard.
    QString resultsText() const;
    Choice choiceAt(int i) const;
    void setChoice(int i, Choice choice);
    void showComparison(int i);
    QString comparisonText(int column) const;

    bool isReading() const;
    bool isApplying() const { return m_applying; }
    void startApply();
    // Stops after the domain in flight; the rest stay drafts.
    void stopApply();

    // The Origin in a few lines, for the side-by-side comparison.
    static QString describe(const Origin &origin);

    // Close, or Stop while applying (Escape too).
    void reject() override;

signals:
    void domainApplied(const od::Domain &domain);
    // A change was accepted but reading it back failed: the list should read the domain again.
    void domainChangedUnverified(const QString &domain);
    void applyFinished();

private:
    struct Entry
    {
        Draft draft;
        Origin live;
        bool conflict = false;
        State state = State::Reading;
        QString result;
        QTreeWidgetItem *item = nullptr;
        QPointer<QComboBox> choice;
    };

    void onRead(int i, ApiCall *call);
    // What the entry's choice would send: the draft over live, or rebased on live.
    Origin outcome(int i) const;
    // Lists under the domain what its choice would change against live.
    void listChanges(int i);
    void applyNext();
    void sendEntry(int i, const Origin &live);
    void finishEntry(int i, State state, const QString &result);
    void setResult(int i, State state, const QString &result);
    void updateApplyButton();

    std::unique_ptr<Ui::ReviewDialog> m_ui;
    CdnClient *m_client;
    DraftBook *m_book;
    OriginApplier *m_applier;
    QPushButton *m_applyButton;
    QList<Entry> m_entries;
    QList<int> m_queue;
    int m_current = -1;
    bool m_applying = false;
    bool m_stop = false;
    bool m_ran = false; // an apply has finished: its summary stays in the status line
};

} // namespace od
