#include "DomainFilterModel.h"

#include "DomainListModel.h"

namespace od {

DomainFilterModel::DomainFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DomainListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DomainFilterModel::setSearchText(const QString &text)
{
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

void DomainFilterModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void DomainFilterModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void DomainFilterModel::setSlavesOnly(bool slavesOnly)
{
    if (slavesOnly == m_slavesOnly)
        return;
    m_slavesOnly = slavesOnly;
    invalidateFilter();
}

bool DomainFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_status.isEmpty() && index.data(DomainListModel::StatusRole).toString() != m_status)
        return false;
    if (m_kind >= 0 && index.data(DomainListModel::KindRole).toInt() != m_kind)
        return false;
    if (m_slavesOnly && !index.data(DomainListModel::HasSlavesRole).toBool())
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = index.data(DomainListModel::SearchRole).toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace od
