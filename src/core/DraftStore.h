#pragma once

#include "Draft.h"

#include <QCoreApplication>

namespace od {

// Drafts on disk: one JSON file per draft in a folder, each written atomically (QSaveFile), so a
// crash at any moment leaves every saved draft whole. A file that cannot be read is reported and
// left where it is; the other drafts load.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(const QString &folder);

    QString folder() const { return m_folder; }
    QList<Draft> load(QStringList *problems) const;
    bool save(const Draft &draft, QString *error) const;
    bool remove(const QString &id, QString *error) const;

    // A set of drafts as one file, and back. Import takes such a set or a single UpdateDomainConfig
    // request body; drafts that break the rules are reported, not imported.
    static QByteArray exportSet(const QList<Draft> &drafts);
    static QList<Draft> import(const QByteArray &data, const QString &accountId, QStringList *problems);

private:
    QString pathFor(const QString &id) const;
    QString m_folder;
};

} // namespace od
