#pragma once

#include "Finding.h"
#include "Origin.h"

#include <QCoreApplication>

namespace od {

// Something an operation removes or changes that the operator did not type: a screen lists these
// and asks before going ahead.
struct Loss
{
    enum class Kind
    {
        SlavesRemoved,
        MastersRemoved,
        WeightsDropped,
        PrivateAccessCleared,
    };
    Kind kind;
    QString message;
    QStringList items;
};

struct OperationResult
{
    bool possible = true;
    QString reason;     // why it is not possible
    Origin origin;      // the new Origin
    QList<Loss> losses; // what it removes or changes
    Findings findings;  // the rules run on the new Origin

    bool canApply() const { return possible && !hasErrors(findings); }
    // Apply directly when nothing is lost and nothing needs a confirmation; ask otherwise.
    bool needsConfirmation() const { return !losses.isEmpty(); }
};

class OriginOps
{
    Q_DECLARE_TR_FUNCTIONS(OriginOps)

public:
    // Own origin <-> COS origin (or third-party storage). What the switch removes is reported.
    static OperationResult switchKind(const Origin &origin, Origin::Kind target, const QString &domain);

    // Master and slave change places in one operation. Weights are dropped (slaves take none); the
    // host headers move with their servers; the rules run on the result.
    static OperationResult swapMasterSlave(const Origin &origin, const QString &domain);

    static QString kindName(Origin::Kind kind);
};

} // namespace od
