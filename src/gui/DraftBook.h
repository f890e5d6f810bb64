#pragma once

#include "Draft.h"
#include "DraftStore.h"

#include <QObject>

#include <optional>

namespace od {

// The drafts of the current account, kept on disk by DraftStore: every change is written at once
// (atomically), so quitting or crashing loses no saved draft. A domain may have several drafts; a
// new change never replaces an older one (the review shows the later one as a conflict).
class DraftBook : public QObject
{
    Q_OBJECT

public:
    explicit DraftBook(const QString &folder, QObject *parent = nullptr);
    // ~/.local/share/OriginDesk/OriginDesk/drafts on Linux.
    static QString defaultFolder();

    // Which account's drafts are shown and made; reloads from disk.
    void setAccount(const QString &account);
    QString account() const { return m_account; }
    void reload();

    // The current account's drafts, most recently changed first.
    QList<Draft> drafts() const;
    std::optional<Draft> find(const QString &id) const;
    QList<Draft> forDomain(const QString &domain) const;
    // Files in the folder that could not be read (left where they are).
    QStringList problems() const { return m_problems; }

    // A change made from `base` (what the editor started from), as a new draft.
    std::optional<Draft> saveChange(const QString &domain, const Origin &base, const Origin &origin,
                                    QString *error);
    // Writes a draft as it is now (edited, rebased, failed with an error).
    bool save(Draft draft, QString *error);
    bool discard(const QString &id, QString *error);

    // Whether the draft passes the rules, so it may be reviewed and applied.
    static bool isReady(const Draft &draft);
    // One line: what the draft changes against its base.
    static QString summary(const Draft &draft);

signals:
    void changed();

private:
    DraftStore m_store;
    QString m_account;
    QList<Draft> m_all;
    QStringList m_problems;
};

} // namespace od
