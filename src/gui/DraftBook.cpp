#include "DraftBook.h"

#include "OriginDiff.h"
#include "OriginRules.h"

#include <QDir>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace od {

DraftBook::DraftBook(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_store(folder)
    , m_openEdits(QDir(folder).filePath(QStringLiteral("open-edits")))
{}

QString DraftBook::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/OriginDesk/OriginDesk/drafts");
}

void DraftBook::setAccount(const QString &account)
{
    m_account = account;
    reload();
}

void DraftBook::recoverOpenEdits()
{
    m_recovered.clear();
    for (const Draft &edit : m_openEdits.orphans(m_account, &m_problems)) {
        QString error;
        if (saveOpenEditAsDraft(edit, &error))
            m_recovered << edit.domain;
        else
            m_problems << tr("An edit of %1 left open when OriginDesk stopped could not be kept as a draft: "
                             "%2. It stays in %3.")
                              .arg(edit.domain, error, QDir::toNativeSeparators(m_openEdits.folder()));
    }
}

bool DraftBook::saveOpenEditAsDraft(Draft edit, QString *error)
{
    const QString key = edit.id;
    edit.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    edit.updated = QDateTime::currentDateTimeUtc();
    if (!m_store.save(edit, error))
        return false;
    m_all << edit;
    endOpenEdit(key);
    return true;
}

QString DraftBook::beginOpenEdit()
{
    return m_openEdits.begin();
}

bool DraftBook::keepOpenEdit(const QString &key, const QString &domain, const Origin &base,
                             const Origin &origin, QString *error)
{
    Draft &edit = m_open[key];
    if (edit.id.isEmpty()) {
        edit.id = key;
        edit.accountId = m_account; // the account the editor was opened on, whatever comes later
        edit.created = QDateTime::currentDateTimeUtc();
    }
    edit.domain = domain;
    edit.base = base;
    edit.origin = origin;
    edit.updated = QDateTime::currentDateTimeUtc();
    return m_openEdits.keep(key, edit, error);
}

void DraftBook::endOpenEdit(const QString &key)
{
    m_open.remove(key);
    QString error;
    if (!m_openEdits.end(key, &error))
        qWarning("origindesk: the open edit %s could not be removed: %s", qPrintable(key), qPrintable(error));
}

void DraftBook::adoptOpenEdit(const QString &key)
{
    if (!m_open.contains(key))
        return;
    QString error;
    if (saveOpenEditAsDraft(m_open.take(key), &error)) // queued: this runs while an editor is destroyed
        QMetaObject::invokeMethod(this, &DraftBook::changed, Qt::QueuedConnection);
    else // still on disk as an open edit: the next start makes it a draft
        qWarning("origindesk: an open edit could not be kept as a draft now: %s", qPrintable(error));
}

void DraftBook::reload()
{
    m_problems.clear();
    m_all = m_store.load(&m_problems);
    recoverOpenEdits();
    emit changed();
}

QList<Draft> DraftBook::drafts() const
{
    QList<Draft> mine;
    for (const Draft &d : m_all) {
        if (d.accountId == m_account)
            mine << d;
    }
    std::sort(mine.begin(), mine.end(), [](const Draft &a, const Draft &b) { return a.updated > b.updated; });
    return mine;
}

std::optional<Draft> DraftBook::find(const QString &id) const
{
    for (const Draft &d : m_all) {
        if (d.id == id && d.accountId == m_account)
            return d;
    }
    return std::nullopt;
}

QList<Draft> DraftBook::forDomain(const QString &domain) const
{
    QList<Draft> found;
    for (const Draft &d : drafts()) {
        if (d.domain.compare(domain, Qt::CaseInsensitive) == 0)
            found << d;
    }
    return found;
}

std::optional<Draft> DraftBook::saveChange(const QString &domain, const Origin &base, const Origin &origin,
                                           QString *error)
{
    Draft draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.created = QDateTime::currentDateTimeUtc();
    draft.domain = domain;
    draft.base = base;
    draft.origin = origin;
    if (!save(draft, error))
        return std::nullopt;
    return find(draft.id);
}

bool DraftBook::save(Draft draft, QString *error)
{
    draft.accountId = m_account;
    draft.updated = QDateTime::currentDateTimeUtc();
    if (!draft.created.isValid())
        draft.created = draft.updated;
    if (!m_store.save(draft, error))
        return false;
    auto it = std::find_if(m_all.begin(), m_all.end(), [&](const Draft &d) { return d.id == draft.id; });
    if (it != m_all.end())
        *it = draft;
    else
        m_all << draft;
    emit changed();
    return true;
}

bool DraftBook::discard(const QString &id, QString *error)
{
    if (!m_store.remove(id, error))
        return false;
    m_all.erase(std::remove_if(m_all.begin(), m_all.end(), [&](const Draft &d) { return d.id == id; }),
                m_all.end());
    emit changed();
    return true;
}

bool DraftBook::isReady(const Draft &draft)
{
    return !hasErrors(OriginRules::check(draft.origin, draft.domain));
}

QString DraftBook::summary(const Draft &draft)
{
    const QList<OriginChange> changes = OriginDiff::compare(draft.base, draft.origin, draft.domain);
    if (changes.isEmpty())
        return tr("No change");
    QStringList lines;
    for (const OriginChange &c : changes)
        lines << c.description;
    return lines.join(QLatin1String("; "));
}

} // namespace od
