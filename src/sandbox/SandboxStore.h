#pragma once

#include "Domain.h"

#include <QHash>
#include <QJsonArray>
#include <QString>
#include <QVector>

namespace od {

// The sandbox's domains: kept in memory in the API's default order (newest first), written to a JSON
// file atomically. Stays fast with 50,000 domains: lookups are hashed, pages are slices.
class SandboxStore
{
public:
    // Loads a state file; a missing file is an empty store, a corrupt one is an error (and is not
    // overwritten until the caller decides).
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    // Adds count realistic domains, deterministic for a given seed.
    void seed(int count, quint32 seed = 20180606);

    int size() const { return m_domains.size(); }
    const Domain *find(const QString &name) const;
    Domain *find(const QString &name);
    const QVector<Domain> &domains() const { return m_domains; }
    void insert(const Domain &domain);

    // Processing: a changed domain shows processing/closing until the deadline, then finalStatus.
    void markBusy(const QString &name, const QString &transientStatus, const QString &finalStatus,
                  qint64 untilMs);
    bool isBusy(const QString &name) const { return m_busy.contains(name); }
    void settle(qint64 nowMs);

    static QJsonObject briefOf(const Domain &domain);

private:
    struct Busy
    {
        qint64 untilMs;
        QString finalStatus;
    };
    void reindex();

    QVector<Domain> m_domains;
    QHash<QString, int> m_index;
    QHash<QString, Busy> m_busy;
};

} // namespace od
