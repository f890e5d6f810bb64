#pragma once

#include "Finding.h"
#include "Origin.h"

#include <QCoreApplication>

namespace od {

// The rules that say what a valid origin configuration is. The app runs them on every edit, the CLI
// before it sends anything, and the sandbox on every UpdateDomainConfig, so all three agree.
class OriginRules
{
    Q_DECLARE_TR_FUNCTIONS(OriginRules)

public:
    static constexpr int kMaxAddressLength = 511;

    // All findings for the origin of accelerationDomain (used to refuse an origin that points at itself).
    static Findings check(const Origin &origin, const QString &accelerationDomain);

    static QStringList knownProtocols();
    static QStringList knownOriginCompanies();

private:
    static void checkEntries(const QList<OriginEntry> &entries, Finding::Field field,
                             const QString &accelerationDomain, Findings &out);
    static void checkMasters(const Origin &origin, const QList<OriginEntry> &masters, Findings &out);
    static void checkSlaves(const Origin &origin, const QList<OriginEntry> &masters,
                            const QList<OriginEntry> &slaves, Findings &out);
    static void checkKindFields(const Origin &origin, Findings &out);
    static void checkProtocol(const Origin &origin, bool hasSlaves, Findings &out);
};

} // namespace od
