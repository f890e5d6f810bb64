#include "DomainListModel.h"

#include "OriginOps.h"

#include <QBrush>
#include <QCborMap>
#include <QCborValue>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace od {

DomainListModel::DomainListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DomainListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DomainListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DomainListModel::statusText(const QString &status)
{
    if (status == QLatin1String("online"))
        return tr("Online");
    if (status == QLatin1String("offline"))
        return tr("Offline");
    if (status == QLatin1String("processing"))
        return tr("Deploying");
    if (status == QLatin1String("closing"))
        return tr("Closing");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString DomainListModel::kindText(const Origin &origin)
{
    return OriginOps::kindName(origin.kind());
}

QString DomainListModel::protocolText(const QString &protocol)
{
    if (protocol == QLatin1String("https"))
        return tr("HTTPS");
    if (protocol == QLatin1String("follow"))
        return tr("Follow");
    return tr("HTTP");
}

QString DomainListModel::areaText(const QString &area)
{
    if (area == QLatin1String("mainland"))
        return tr("Chinese mainland");
    if (area == QLatin1String("overseas"))
        return tr("Outside the Chinese mainland");
    if (area == QLatin1String("global"))
        return tr("Global");
    return area;
}

QString DomainListModel::serviceTypeText(const QString &serviceType)
{
    if (serviceType == QLatin1String("web"))
        return tr("Static content");
    if (serviceType == QLatin1String("download"))
        return tr("Download");
    if (serviceType == QLatin1String("media"))
        return tr("Streaming VOD");
    if (serviceType == QLatin1String("hybrid"))
        return tr("Hybrid");
    if (serviceType == QLatin1String("dynamic"))
        return tr("Dynamic");
    return serviceType;
}

DomainListModel::Row DomainListModel::makeRow(DomainCache::Row base)
{
    Row row;
    static_cast<DomainCache::Row &>(row) = std::move(base);
    row.kindText = OriginOps::kindName(Origin::Kind(row.kind));
    QString search = row.name + QLatin1Char(' ') + row.masters + QLatin1Char(' ') + row.slaves;
    row.search = search.replace(QLatin1String("; "), QLatin1String(" ")).toLower();
    return row;
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return row.name;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && row.status != QLatin1String("online"))
            return QBrush(row.status == QLatin1String("offline") ? QColor(0x8a, 0x8a, 0x8a)
                                                                 : QColor(0xc0, 0x7a, 0x00));
        if (index.column() == ManageColumn)
            return QGuiApplication::palette().link(); // readable in light and dark palettes
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ManageColumn)
            return tr("Manage %1 (Enter)").arg(row.name);
        return QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case DomainColumn:
        return row.name;
    case StatusColumn:
        return role == SortRole ? row.status : statusText(row.status);
    case TypeColumn:
        return row.kindText;
    case MastersColumn:
        return row.masters;
    case SlavesColumn:
        return row.slaves;
    case ProtocolColumn:
        return protocolText(row.protocol);
    case CnameColumn:
        return row.cname;
    case AreaColumn:
        return areaText(row.area);
    case UpdatedColumn:
        return row.updated; // "YYYY-MM-DD hh:mm:ss" sorts as text
    case ManageColumn:
        return role == SortRole ? QVariant() : QVariant(tr("Manage"));
    default:
        return QVariant();
    }
}

QString DomainListModel::sortKey(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (column) {
    case DomainColumn:
        return r.name;
    case StatusColumn:
        return r.status;
    case MastersColumn:
        return r.masters;
    case SlavesColumn:
        return r.slaves;
    case ManageColumn:
        return QString();
    default:
        return data(index(row, column), SortRole).toString();
    }
}

QVariant DomainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Origin type");
    case MastersColumn:
        return tr("Master origins");
    case SlavesColumn:
        return tr("Hot slave origins");
    case ProtocolColumn:
        return tr("Origin-pull protocol");
    case CnameColumn:
        return tr("CNAME");
    case AreaColumn:
        return tr("Area");
    case UpdatedColumn:
        return tr("Last update");
    case ManageColumn:
        return tr("Operation");
    default:
        return QVariant();
    }
}

void DomainListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

void DomainListModel::appendDomains(const QList<Domain> &domains)
{
    QList<DomainCache::Row> rows;
    rows.reserve(domains.size());
    for (const Domain &d : domains)
        rows.append(DomainCache::rowFor(d));
    appendRows(rows);
}

void DomainListModel::appendRows(const QList<DomainCache::Row> &rows)
{
    QVector<Row> fresh;
    fresh.reserve(rows.size());
    for (const DomainCache::Row &r : rows) {
        const auto existing = m_index.constFind(r.name);
        if (existing != m_index.constEnd()) {
            m_rows[*existing] = makeRow(r);
            emit dataChanged(index(*existing, 0), index(*existing, ColumnCount - 1));
        } else {
            fresh.append(makeRow(r));
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.reserve(m_rows.size() + fresh.size());
    for (Row &row : fresh) {
        m_index.insert(row.name, static_cast<int>(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

void DomainListModel::updateDomain(const Domain &domain)
{
    const int row = rowOf(domain.name());
    if (row < 0) {
        appendDomains({domain});
        return;
    }
    m_rows[row] = makeRow(DomainCache::rowFor(domain));
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<DomainCache::Row> DomainListModel::cacheRows() const
{
    QList<DomainCache::Row> rows;
    rows.reserve(m_rows.size());
    for (const Row &row : m_rows)
        rows.append(row);
    return rows;
}

std::optional<Domain> DomainListModel::domain(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return Domain(QCborValue::fromCbor(m_rows.at(row).cbor).toMap().toJsonObject());
}

std::optional<Domain> DomainListModel::domain(const QString &name) const
{
    return domain(rowOf(name));
}

int DomainListModel::rowOf(const QString &name) const
{
    return m_index.value(name, -1);
}

} // namespace od
