#include "Settings.h"

namespace od {

const Settings::Entry &Settings::entry(Key key)
{
    static const Entry entries[] = {
        {Key::MainWindowGeometry, "MainWindow/geometry", QByteArray()},
        {Key::MainWindowState, "MainWindow/state", QByteArray()},
        {Key::DomainTableHeader, "DomainTable/header", QByteArray()},
        {Key::DomainTableSortColumn, "DomainTable/sortColumn", 0},
        {Key::DomainTableSortOrder, "DomainTable/sortOrder", int(Qt::AscendingOrder)},
        {Key::ManageDialogGeometry, "ManageDialog/geometry", QByteArray()},
        {Key::SandboxSeedCount, "Sandbox/seedCount", 120},
        {Key::LastAccountId, "Accounts/last", QString()},
        {Key::WorkOffline, "Network/workOffline", false},
    };
    for (const Entry &e : entries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

QVariant Settings::value(Key key)
{
    const Entry &e = entry(key);
    return QSettings().value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(entry(key).name), value);
}

} // namespace od
