#pragma once

#include "Domain.h"

#include <QCoreApplication>
#include <QDateTime>

namespace od {

// The last known configuration of every domain, per account, in a local SQLite database, so the
// console opens and browses without the API. It holds what DescribeDomainsConfig returned and when,
// never a credential. A database that cannot be opened is moved aside (kept, not deleted) and a new
// one is started.
class DomainCache
{
    Q_DECLARE_TR_FUNCTIONS(DomainCache)

public:
    // One domain as the list shows it: the columns, and the whole domain as compact CBOR. Opening
    // offline reads the columns alone; the CBOR is decoded only when a domain is opened.
    struct Row
    {
        QString name;
        QByteArray cbor;
        QString status;
        int kind = 0;    // Origin::Kind
        QString masters; // "a; b"
        QString slaves;
        QString protocol;
        QString cname;
        QString area; // the API's code: mainland, overseas, global
        QString updated;
    };

    explicit DomainCache(const QString &path);
    ~DomainCache();
    DomainCache(const DomainCache &) = delete;
    DomainCache &operator=(const DomainCache &) = delete;

    // ~/.local/share/OriginDesk/OriginDesk/cache.sqlite on Linux.
    static QString defaultPath();
    static Row rowFor(const Domain &domain);

    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    // Why the database could not be used, or what was done about it (moved aside).
    QString problem() const { return m_problem; }

    // Replaces everything known about the account with these domains, read at `fetched`.
    bool replace(const QString &account, const QList<Row> &rows, const QDateTime &fetched, QString *error);
    // One domain changed (applied, deploying finished).
    bool update(const QString &account, const Domain &domain, QString *error);
    // The account's domains in name order and when they were read; an empty list when none are kept.
    QList<Row> load(const QString &account, QDateTime *fetched, QString *error) const;
    // When the account's domains were read, or an invalid time when none are kept.
    QDateTime fetchedAt(const QString &account) const;

private:
    bool openDatabase(QString *error, bool *unreadable);
    bool exec(const QString &sql, QString *error);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_problem;
};

} // namespace od
