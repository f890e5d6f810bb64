#include "DomainCache.h"

#include <QCborMap>
#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace od {

namespace {
const int SchemaVersion = 1;
}

DomainCache::DomainCache(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("origindesk-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QString error;
    bool unreadable = false;
    if (openDatabase(&error, &unreadable)) {
        m_open = true;
        return;
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (!unreadable) {
        m_problem = tr("The offline copy cannot be kept: %1").arg(error);
        return;
    }
    // Not a database (or a damaged one): keep the file for inspection and start an empty cache.
    const QString aside = path + QStringLiteral(".unreadable-") +
                          QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    if (QFile::exists(path) && QFile::rename(path, aside)) {
        m_problem =
            tr("The offline copy %1 could not be read (%2); it was moved to %3 and a new one started.")
                .arg(QDir::toNativeSeparators(path), error, QDir::toNativeSeparators(aside));
        QString second;
        m_open = openDatabase(&second, &unreadable);
        if (!m_open) {
            QSqlDatabase::removeDatabase(m_connection);
            m_problem = tr("The offline copy cannot be kept: %1").arg(second);
        }
        return;
    }
    m_problem = tr("The offline copy cannot be kept: %1").arg(error);
}

DomainCache::~DomainCache()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString DomainCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/OriginDesk/OriginDesk/cache.sqlite");
}

DomainCache::Row DomainCache::rowFor(const Domain &domain)
{
    return {domain.name(), QCborValue::fromJsonValue(domain.toJson()).toCbor()};
}

bool DomainCache::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

bool DomainCache::openDatabase(QString *error, bool *unreadable)
{
    *unreadable = false;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *error =
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *error = version.lastError().text();
        *unreadable = true;
        db.close();
        return false;
    }
    const int found = version.value(0).toInt();
    version.finish();
    if (found > SchemaVersion) {
        *error = tr("it was written by a newer OriginDesk");
        db.close();
        return false;
    }
    // WAL keeps the database whole if the app is killed in the middle of a write.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), error) ||
        !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS domains (account TEXT NOT NULL, name TEXT NOT NULL, "
                             "data BLOB NOT NULL, PRIMARY KEY (account, name))"),
              error) ||
        !exec(QStringLiteral(
                  "CREATE TABLE IF NOT EXISTS accounts (account TEXT PRIMARY KEY, fetched TEXT NOT NULL)"),
              error) ||
        !exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), error)) {
        db.close();
        return false;
    }
    return true;
}

bool DomainCache::replace(const QString &account, const QList<Row> &rows, const QDateTime &fetched,
                          QString *error)
{
    if (!m_open) {
        *error = m_problem;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM domains WHERE account = ?"));
    remove.addBindValue(account);
    bool ok = remove.exec();
    QSqlQuery insert(db);
    ok = ok && insert.prepare(QStringLiteral("INSERT INTO domains (account, name, data) VALUES (?, ?, ?)"));
    for (int i = 0; ok && i < rows.size(); ++i) {
        insert.bindValue(0, account);
        insert.bindValue(1, rows.at(i).name);
        insert.bindValue(2, rows.at(i).cbor);
        ok = insert.exec();
    }
    QSqlQuery stamp(db);
    ok = ok &&
         stamp.prepare(QStringLiteral("INSERT OR REPLACE INTO accounts (account, fetched) VALUES (?, ?)"));
    if (ok) {
        stamp.addBindValue(account);
        stamp.addBindValue(fetched.toUTC().toString(Qt::ISODateWithMs));
        ok = stamp.exec();
    }
    if (!ok) {
        *error = (insert.lastError().isValid() ? insert.lastError() : remove.lastError()).text();
        if (error->isEmpty())
            *error = stamp.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool DomainCache::update(const QString &account, const Domain &domain, QString *error)
{
    if (!m_open) {
        *error = m_problem;
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO domains (account, name, data) VALUES (?, ?, ?)"));
    const Row row = rowFor(domain);
    query.addBindValue(account);
    query.addBindValue(row.name);
    query.addBindValue(row.cbor);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QDateTime DomainCache::fetchedAt(const QString &account) const
{
    if (!m_open)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT fetched FROM accounts WHERE account = ?"));
    query.addBindValue(account);
    if (!query.exec() || !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

QList<Domain> DomainCache::load(const QString &account, QDateTime *fetched, QString *error) const
{
    QList<Domain> domains;
    if (!m_open) {
        *error = m_problem;
        return domains;
    }
    *fetched = fetchedAt(account);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, data FROM domains WHERE account = ? ORDER BY name"));
    query.addBindValue(account);
    if (!query.exec()) {
        *error = query.lastError().text();
        return domains;
    }
    int unreadable = 0;
    while (query.next()) {
        const QCborValue value = QCborValue::fromCbor(query.value(1).toByteArray());
        if (!value.isMap()) {
            ++unreadable;
            continue;
        }
        Domain domain(value.toMap().toJsonObject());
        if (domain.name().isEmpty()) {
            ++unreadable;
            continue;
        }
        domains.append(domain);
    }
    if (unreadable > 0)
        *error =
            tr("%n domain(s) in the offline copy could not be read and were skipped.", nullptr, unreadable);
    return domains;
}

} // namespace od
