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
    Row row;
    row.name = domain.name();
    row.cbor = QCborValue::fromJsonValue(domain.toJson()).toCbor();
    const Origin &origin = domain.origin();
    row.status = domain.status();
    row.kind = int(origin.kind());
    row.masters = origin.masterTexts().join(QLatin1String("; "));
    row.slaves = origin.slaveTexts().join(QLatin1String("; "));
    row.protocol = origin.protocol();
    row.cname = domain.cname();
    row.area = domain.area();
    row.updated = domain.updateTimeText();
    return row;
}

namespace {

const char *const Columns = "name, status, kind, masters, slaves, protocol, cname, area, updated, data";

void bindRow(QSqlQuery &query, const QString &account, const DomainCache::Row &row)
{
    query.bindValue(0, account);
    query.bindValue(1, row.name);
    query.bindValue(2, row.status);
    query.bindValue(3, row.kind);
    query.bindValue(4, row.masters);
    query.bindValue(5, row.slaves);
    query.bindValue(6, row.protocol);
    query.bindValue(7, row.cname);
    query.bindValue(8, row.area);
    query.bindValue(9, row.updated);
    query.bindValue(10, row.cbor);
}

QString insertStatement()
{
    return QStringLiteral(
               "INSERT OR REPLACE INTO domains (account, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(QLatin1String(Columns));
}

} // namespace

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
        !exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS domains (account TEXT NOT NULL, name TEXT NOT NULL, "
                           "status TEXT, kind INTEGER, masters TEXT, slaves TEXT, protocol TEXT, cname TEXT, "
                           "area TEXT, updated TEXT, data BLOB NOT NULL, PRIMARY KEY (account, name))"),
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
    ok = ok && insert.prepare(insertStatement());
    for (int i = 0; ok && i < rows.size(); ++i) {
        bindRow(insert, account, rows.at(i));
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
    query.prepare(insertStatement());
    bindRow(query, account, rowFor(domain));
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

QList<DomainCache::Row> DomainCache::load(const QString &account, QDateTime *fetched, QString *error) const
{
    QList<Row> rows;
    if (!m_open) {
        *error = m_problem;
        return rows;
    }
    *fetched = fetchedAt(account);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM domains WHERE account = ? ORDER BY name").arg(QLatin1String(Columns)));
    query.addBindValue(account);
    if (!query.exec()) {
        *error = query.lastError().text();
        return rows;
    }
    int unreadable = 0;
    while (query.next()) {
        Row row;
        row.name = query.value(0).toString();
        row.status = query.value(1).toString();
        row.kind = query.value(2).toInt();
        row.masters = query.value(3).toString();
        row.slaves = query.value(4).toString();
        row.protocol = query.value(5).toString();
        row.cname = query.value(6).toString();
        row.area = query.value(7).toString();
        row.updated = query.value(8).toString();
        row.cbor = query.value(9).toByteArray();
        // The CBOR is decoded when the domain is opened; here only check that it is a CBOR map.
        if (row.name.isEmpty() || row.cbor.isEmpty() || (quint8(row.cbor.at(0)) >> 5) != 5) {
            ++unreadable;
            continue;
        }
        rows.append(row);
    }
    if (unreadable > 0)
        *error =
            tr("%n domain(s) in the offline copy could not be read and were skipped.", nullptr, unreadable);
    return rows;
}

} // namespace od
