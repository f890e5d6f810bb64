#pragma once

#include "DraftStore.h"

#include <QHash>

#include <memory>

class QLockFile;

namespace od {

// Edits still open in an editor, kept on disk as they change, so that a crash, a kill or quitting
// with an editor open loses nothing typed. Each edit is a Draft written atomically in its own file;
// the running app holds a lock file in the same folder. Edits whose app is no longer running are
// orphans: the next start turns them into drafts and then ends them.
class OpenEdits
{
public:
    explicit OpenEdits(const QString &folder);
    ~OpenEdits();
    OpenEdits(const OpenEdits &) = delete;
    OpenEdits &operator=(const OpenEdits &) = delete;

    QString folder() const { return m_store.folder(); }
    // A key for one editor's edit, unique among every app using the folder.
    QString begin();
    // Writes the edit as it is now under its key (edit.id is set to the key).
    bool keep(const QString &key, Draft edit, QString *error);
    // The edit is closed (applied, saved as a draft, or cancelled): its file goes.
    bool end(const QString &key, QString *error);
    // Edits of this account left by apps that are no longer running. They stay on disk until ended.
    QList<Draft> orphans(const QString &account, QStringList *problems);

private:
    bool isRunning(const QString &instance);

    DraftStore m_store;
    QString m_instance;
    std::unique_ptr<QLockFile> m_lock; // taken with the first edit
    int m_next = 0;
    QHash<QString, bool> m_running; // other apps' instances seen, and whether they run
};

} // namespace od
