#include "DomainFilterModel.h"

#include "DomainListModel.h"

#include <algorithm>

namespace od {

DomainFilterModel::DomainFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void DomainFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    beginResetModel();
    QAbstractProxyModel::setSourceModel(model);
    m_domains = qobject_cast<DomainListModel *>(model);
    m_searchBuffer.clear();
    m_rowStart.clear();
    m_bufferDirty = m_domains && m_domains->rowCount() > 0;
    m_keys.clear();
    m_order.clear();
    m_visible.clear();
    m_sourceToProxy.clear();
    if (m_domains) {
        for (int row = 0; row < m_domains->rowCount(); ++row) {
            m_keys.append(QString());
            m_order.append(row);
            computeKey(row);
        }
        resort();
    }
    endResetModel();
    relayout(false);
    if (!m_domains)
        return;
    connect(m_domains, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(m_domains, &QAbstractItemModel::modelReset, this, [this] {
        m_searchBuffer.clear();
        m_rowStart.clear();
        m_bufferDirty = m_domains->rowCount() > 0;
        m_keys.clear();
        m_order.clear();
        m_visible.clear();
        m_sourceToProxy.clear();
        endResetModel();
    });
    connect(m_domains, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_domains, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    onRowChanged(row);
            });
}

QModelIndex DomainFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 || column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex DomainFilterModel::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int DomainFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int DomainFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex DomainFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_domains || proxyIndex.row() >= m_visible.size())
        return QModelIndex();
    return m_domains->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex DomainFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_sourceToProxy.size())
        return QModelIndex();
    const int row = m_sourceToProxy.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant DomainFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's, whether or not any row passes the filter.
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

void DomainFilterModel::computeKey(int sourceRow)
{
    m_keys[sourceRow] =
        m_sortColumn < 0 ? QString() : m_domains->sortKey(sourceRow, m_sortColumn).toCaseFolded();
}

bool DomainFilterModel::lessThan(int a, int b) const
{
    const int c = QString::compare(m_keys.at(a), m_keys.at(b));
    if (c != 0)
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    return a < b; // stable: equal keys keep the source order
}

void DomainFilterModel::resort()
{
    if (m_sortColumn < 0) {
        std::sort(m_order.begin(), m_order.end());
        return;
    }
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return lessThan(a, b); });
}

void DomainFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_domains)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    for (int row = 0; row < m_keys.size(); ++row)
        computeKey(row);
    relayout(true);
}

void DomainFilterModel::onRowsInserted(int first, int last)
{
    // A page arrives: sort just its rows and merge them into the order.
    QVector<int> fresh;
    for (int row = first; row <= last; ++row) {
        m_keys.append(QString());
        fresh.append(row);
    }
    if (!m_bufferDirty && m_rowStart.size() == first) { // keep the search buffer current as pages arrive
        for (int row = first; row <= last; ++row) {
            m_rowStart.append(static_cast<int>(m_searchBuffer.size()));
            m_searchBuffer += m_domains->searchText(row);
            m_searchBuffer += QLatin1Char('\n');
        }
    }
    for (int row : qAsConst(fresh))
        computeKey(row);
    if (m_sortColumn >= 0)
        std::sort(fresh.begin(), fresh.end(), [this](int a, int b) { return lessThan(a, b); });
    QVector<int> merged;
    merged.reserve(m_order.size() + fresh.size());
    if (m_sortColumn >= 0)
        std::merge(m_order.cbegin(), m_order.cend(), fresh.cbegin(), fresh.cend(), std::back_inserter(merged),
                   [this](int a, int b) { return lessThan(a, b); });
    else
        merged = m_order + fresh;
    m_order = std::move(merged);
    relayout(false);
}

void DomainFilterModel::onRowChanged(int row)
{
    if (row >= m_keys.size())
        return;
    m_bufferDirty = true; // its search text may have changed
    const QString before = m_keys.at(row);
    computeKey(row);
    if (m_keys.at(row) != before) {
        m_order.removeOne(row);
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), row,
                                         [this](int a, int b) { return lessThan(a, b); });
        m_order.insert(at, row);
    }
    const int proxyRow = row < m_sourceToProxy.size() ? m_sourceToProxy.at(row) : -1;
    if (m_keys.at(row) == before && proxyRow >= 0 && accepts(row)) {
        emit dataChanged(index(proxyRow, 0), index(proxyRow, columnCount() - 1)); // same place, new values
        return;
    }
    relayout(false);
}

void DomainFilterModel::matchTerms()
{
    const int rows = static_cast<int>(m_keys.size());
    if (m_bufferDirty || m_rowStart.size() != rows) {
        m_searchBuffer.clear();
        m_rowStart.clear();
        m_rowStart.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            m_rowStart.append(static_cast<int>(m_searchBuffer.size()));
            m_searchBuffer += m_domains->searchText(row);
            m_searchBuffer += QLatin1Char('\n');
        }
        m_bufferDirty = false;
    }
    m_termHit.fill(1, rows);
    QVector<quint8> hit(rows);
    for (const QStringMatcher &matcher : qAsConst(m_matchers)) {
        hit.fill(0);
        qsizetype from = 0;
        while (true) {
            const qsizetype at = matcher.indexIn(m_searchBuffer, from);
            if (at < 0)
                break;
            const int row = static_cast<int>(std::upper_bound(m_rowStart.cbegin(), m_rowStart.cend(), at) -
                                             m_rowStart.cbegin()) -
                            1;
            hit[row] = 1;
            from = row + 1 < rows ? m_rowStart.at(row + 1) : m_searchBuffer.size(); // the next row
        }
        for (int row = 0; row < rows; ++row)
            m_termHit[row] &= hit.at(row);
    }
}

bool DomainFilterModel::accepts(int sourceRow) const
{
    if (!m_status.isEmpty() && m_domains->status(sourceRow) != m_status)
        return false;
    if (m_kind >= 0 && m_domains->kind(sourceRow) != m_kind)
        return false;
    if (m_slavesOnly && !m_domains->hasSlaves(sourceRow))
        return false;
    return m_matchers.isEmpty() || (sourceRow < m_termHit.size() && m_termHit.at(sourceRow));
}

void DomainFilterModel::relayout(bool resortAll)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QVector<int> persistentSource;
    persistentSource.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        persistentSource.append(index.row() < m_visible.size() ? m_visible.at(index.row()) : -1);

    if (resortAll)
        resort();
    if (!m_matchers.isEmpty())
        matchTerms();
    m_visible.clear();
    m_visible.reserve(m_order.size());
    const bool all = m_status.isEmpty() && m_kind < 0 && !m_slavesOnly && m_terms.isEmpty();
    for (int row : qAsConst(m_order)) {
        if (all || accepts(row))
            m_visible.append(row);
    }
    m_sourceToProxy.fill(-1, m_keys.size());
    for (int i = 0; i < m_visible.size(); ++i)
        m_sourceToProxy[m_visible.at(i)] = i;

    QModelIndexList updated;
    updated.reserve(persistent.size());
    for (int i = 0; i < persistent.size(); ++i) {
        const int source = persistentSource.at(i);
        const int row = source >= 0 && source < m_sourceToProxy.size() ? m_sourceToProxy.at(source) : -1;
        updated.append(row < 0 ? QModelIndex() : index(row, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, updated);
    emit layoutChanged();
}

void DomainFilterModel::setSearchText(const QString &text)
{
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    m_matchers.clear();
    for (const QString &term : terms)
        m_matchers.append(QStringMatcher(term));
    relayout(false);
}

void DomainFilterModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    relayout(false);
}

void DomainFilterModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    relayout(false);
}

void DomainFilterModel::setSlavesOnly(bool slavesOnly)
{
    if (slavesOnly == m_slavesOnly)
        return;
    m_slavesOnly = slavesOnly;
    relayout(false);
}

} // namespace od
