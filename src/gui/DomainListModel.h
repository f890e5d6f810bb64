#pragma once

#include "Domain.h"
#include "DomainCache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <optional>

namespace od {

// The domains of the current account, one row each. Pages are appended as they arrive; a changed
// domain replaces its row in place.
class DomainListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DomainColumn,
        StatusColumn,
        TypeColumn,
        MastersColumn,
        SlavesColumn,
        ProtocolColumn,
        CnameColumn,
        AreaColumn,
        UpdatedColumn,
        ManageColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        NameRole, // the domain name
    };

    explicit DomainListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    void appendDomains(const QList<Domain> &domains);
    // Rows as the offline copy keeps them (nothing to decode).
    void appendRows(const QList<DomainCache::Row> &rows);
    // Replaces the row of this domain (or adds it).
    void updateDomain(const Domain &domain);
    // The domain of a row, decoded from the row's compact copy (empty when there is no such row).
    std::optional<Domain> domain(int row) const;
    // Every row as the offline copy keeps it (no re-encoding).
    QList<DomainCache::Row> cacheRows() const;
    std::optional<Domain> domain(const QString &name) const;
    int rowOf(const QString &name) const;

    // Direct access for the filter and sort of DomainFilterModel (no QVariant per row: 50,000 rows).
    const QString &searchText(int row) const { return m_rows.at(row).search; }
    const QString &name(int row) const { return m_rows.at(row).name; }
    const QString &status(int row) const { return m_rows.at(row).status; }
    int kind(int row) const { return m_rows.at(row).kind; }
    bool hasSlaves(int row) const { return !m_rows.at(row).slaves.isEmpty(); }
    QString sortKey(int row, int column) const;

    static QString statusText(const QString &status);
    static QString kindText(const Origin &origin);
    static QString protocolText(const QString &protocol);
    static QString areaText(const QString &area);
    static QString serviceTypeText(const QString &serviceType);

private:
    // One row: the columns and the domain as compact CBOR (DomainCache::Row), with what is derived
    // for display and search. A parsed QJsonObject costs about 4.4 KB per domain (every nested Origin
    // object is its own container); the CBOR copy about 700 B.
    struct Row : DomainCache::Row
    {
        QString kindText;
        QString search;
    };
    static Row makeRow(DomainCache::Row base);

    QVector<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace od
