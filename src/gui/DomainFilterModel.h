#pragma once

#include <QSortFilterProxyModel>

namespace od {

// Search-as-you-type on domain and origins, and the status, origin type and "has slave origins"
// filters, over DomainListModel.
class DomainFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DomainFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatus(const QString &status); // "" for all
    void setKind(int kind);                // -1 for all, else int(Origin::Kind)
    void setSlavesOnly(bool slavesOnly);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    class DomainListModel *m_domains = nullptr;
    QStringList m_terms;
    QString m_status;
    int m_kind = -1;
    bool m_slavesOnly = false;
};

} // namespace od
