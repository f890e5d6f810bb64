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
    invalidate(); // one layout change: row-by-row updates cost far more at 50,000 rows
}

void DomainFilterModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidate(); // one layout change: row-by-row updates cost far more at 50,000 rows
}

void DomainFilterModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidate(); // one layout change: row-by-row updates cost far more at 50,000 rows
}

void DomainFilterModel::setSlavesOnly(bool slavesOnly)
{
    if (slavesOnly == m_slavesOnly)
        return;
    m_slavesOnly = slavesOnly;
    invalidate(); // one layout change: row-by-row updates cost far more at 50,000 rows
}

void DomainFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_domains = qobject_cast<DomainListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool DomainFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_domains)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (column == DomainListModel::DomainColumn)
        return QString::compare(m_domains->name(left.row()), m_domains->name(right.row()),
                                Qt::CaseInsensitive) < 0;
    return QString::compare(m_domains->sortKey(left.row(), column), m_domains->sortKey(right.row(), column),
                            Qt::CaseInsensitive) < 0;
}

bool DomainFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_domains)
        return true;
    Q_UNUSED(sourceParent)
    if (m_status.isEmpty() && m_kind < 0 && !m_slavesOnly && m_terms.isEmpty())
        return true;
    if (!m_status.isEmpty() && m_domains->status(sourceRow) != m_status)
        return false;
    if (m_kind >= 0 && m_domains->kind(sourceRow) != m_kind)
        return false;
    if (m_slavesOnly && !m_domains->hasSlaves(sourceRow))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString &haystack = m_domains->searchText(sourceRow);
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace od
