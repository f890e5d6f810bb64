#pragma once

#include <QSettings>
#include <QVariant>

namespace od {

// Every setting the app keeps, with its default, in one table: widgets never use string keys.
class Settings
{
public:
    enum class Key
    {
        MainWindowGeometry,
        MainWindowState,
        DomainTableHeader,
        DomainTableSortColumn,
        DomainTableSortOrder,
        ManageDialogGeometry,
        SandboxSeedCount,
        LastAccountId,
        WorkOffline,
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

private:
    struct Entry
    {
        Key key;
        const char *name;
        QVariant defaultValue;
    };
    static const Entry &entry(Key key);
};

} // namespace od
