#include "OpenEdits.h"

#include <QDir>
#include <QLockFile>
#include <QUuid>

namespace od {

namespace {

const QLatin1Char KeySeparator('~');

QString lockPath(const QString &folder, const QString &instance)
{
    return QDir(folder).filePath(instance + QStringLiteral(".lock"));
}

} // namespace

OpenEdits::OpenEdits(const QString &folder)
    : m_store(folder)
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

OpenEdits::~OpenEdits() = default; // the lock goes; edits still open stay, for the next start

QString OpenEdits::begin()
{
    if (!m_lock && QDir().mkpath(folder())) {
        m_lock = std::make_unique<QLockFile>(lockPath(folder(), m_instance));
        m_lock->setStaleLockTime(0); // held as long as the app runs; stale only once it is gone
        if (!m_lock->tryLock(0))
            qWarning("origindesk: the open-edits lock %s could not be taken", qPrintable(m_lock->fileName()));
    }
    return m_instance + KeySeparator + QString::number(++m_next);
}

bool OpenEdits::keep(const QString &key, Draft edit, QString *error)
{
    edit.id = key;
    return m_store.save(edit, error);
}

bool OpenEdits::end(const QString &key, QString *error)
{
    return m_store.remove(key, error);
}

bool OpenEdits::isRunning(const QString &instance)
{
    if (instance == m_instance)
        return true;
    const auto known = m_running.constFind(instance);
    if (known != m_running.constEnd())
        return *known;
    QLockFile lock(lockPath(folder(), instance));
    lock.setStaleLockTime(0);
    // Taken: nobody holds it (the app quit, crashed or was killed); the lock file goes with unlock().
    const bool running = !lock.tryLock(0) && lock.error() == QLockFile::LockFailedError;
    m_running.insert(instance, running);
    return running;
}

QList<Draft> OpenEdits::orphans(const QString &account, QStringList *problems)
{
    QList<Draft> found;
    m_running.clear(); // another app may have ended since the last look
    for (const Draft &edit : m_store.load(problems)) {
        const QString instance = edit.id.section(KeySeparator, 0, 0);
        if (edit.accountId == account && !isRunning(instance))
            found << edit;
    }
    return found;
}

} // namespace od
