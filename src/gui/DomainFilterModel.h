#pragma once

#include <QAbstractProxyModel>
#include <QStringList>
#include <QStringMatcher>
#include <QVector>

namespace od {

class DomainListModel;

// Search-as-you-type on domain and origins, the status, origin type and "has slave origins"
// filters, and sorting, over DomainListModel. Built for 50,000 rows: the sort order is kept as a
// vector of source rows with precomputed keys (a new page is merged in, not re-sorted), a keystroke
// filters that vector in one pass, and every change is one layout change that keeps the selection.
class DomainFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit DomainFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSearchText(const QString &text);
    void setStatus(const QString &status); // "" for all
    void setKind(int kind);                // -1 for all, else int(Origin::Kind)
    void setSlavesOnly(bool slavesOnly);

private:
    bool accepts(int sourceRow) const;
    void matchTerms();
    bool lessThan(int a, int b) const;
    void computeKey(int sourceRow);
    void resort();
    void onRowsInserted(int first, int last);
    void onRowChanged(int row);
    // Recomputes the visible rows inside one layout change, carrying persistent indexes over.
    void relayout(bool resortAll);

    DomainListModel *m_domains = nullptr;
    QStringList m_terms;
    QList<QStringMatcher> m_matchers; // one per term, built once per keystroke
    // Every row's search text in one buffer (source order, '\n' between rows): a term is found in
    // one pass over contiguous memory instead of 50,000 scattered strings.
    QString m_searchBuffer;
    QVector<int> m_rowStart;
    bool m_bufferDirty = true;
    QVector<quint8> m_termHit; // per source row: contains every term
    QString m_status;
    int m_kind = -1;
    bool m_slavesOnly = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<QString> m_keys; // sort key per source row (case-folded)
    QVector<int> m_order;    // every source row, in sort order
    QVector<int> m_visible;  // the rows that pass the filters, in sort order
    QVector<int> m_sourceToProxy;
};

} // namespace od
