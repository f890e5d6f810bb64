#pragma once

#include "Draft.h"
#include "DraftStore.h"
#include "OpenEdits.h"

#include <QHash>
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
    // Reads the drafts again, and turns the edits of this account that an earlier run left open (it
    // crashed or was killed) into drafts.
    void reload();
    // The domains whose open edits the last reload turned into drafts.
    QStringList recovered() const { return m_recovered; }

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

    // An editor's content while it is open, kept in the "open-edits" folder beside the drafts as it
    // changes (OpenEdits). begin gives the key; keep writes the edit as it is now; end drops it when
    // the editor closes (applied, saved, cancelled); adopt turns the last kept edit into a draft at
    // once (the editor went away with the edit still open: the app quit, the account changed).
    QString beginOpenEdit();
    bool keepOpenEdit(const QString &key, const QString &domain, const Origin &base, const Origin &origin,
                      QString *error);
    void endOpenEdit(const QString &key);
    void adoptOpenEdit(const QString &key);
    QString openEditsFolder() const { return m_openEdits.folder(); }

    // Whether the draft passes the rules, so it may be reviewed and applied.
    static bool isReady(const Draft &draft);
    // One line: what the draft changes against its base.
    static QString summary(const Draft &draft);

signals:
    void changed();

private:
    void recoverOpenEdits();
    // A new draft from an open edit, under the edit's own account; the edit ends once it is saved.
    bool saveOpenEditAsDraft(Draft edit, QString *error);

    DraftStore m_store;
    OpenEdits m_openEdits;
    QHash<QString, Draft> m_open; // this run's open edits, as last kept
    QStringList m_recovered;
    QString m_account;
    QList<Draft> m_all;
    QStringList m_problems;
};

} // namespace od
