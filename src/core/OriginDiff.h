#pragma once

#include "Origin.h"

#include <QCoreApplication>

namespace od {

// What changes between two Origins, in the terms an operator reviews: entries added, removed or
// changed (port, weight), the origin type, the protocol, host headers, private access.
struct OriginChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    enum class Field
    {
        Kind,
        MasterEntry,
        SlaveEntry,
        OriginType,
        Protocol,
        HostHeader,
        SlaveHostHeader,
        PrivateAccess,
        Other
    };
    Field field;
    Kind kind;
    QString before;
    QString after;
    QString description; // one line, translated
};

class OriginDiff
{
    Q_DECLARE_TR_FUNCTIONS(OriginDiff)

public:
    static QList<OriginChange> compare(const Origin &before, const Origin &after, const QString &domain);

private:
    static void compareEntries(const QList<OriginEntry> &before, const QList<OriginEntry> &after, bool slaves,
                               QList<OriginChange> *out);
};

} // namespace od
