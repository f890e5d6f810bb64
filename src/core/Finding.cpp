#include "Finding.h"

#include <algorithm>

namespace od {

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
}

bool hasWarnings(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return !f.isError(); });
}

Findings findingsFor(const Findings &findings, Finding::Field field)
{
    Findings out;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(out),
                 [field](const Finding &f) { return f.field == field; });
    return out;
}

bool containsRule(const Findings &findings, const QString &ruleId)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&ruleId](const Finding &f) { return f.ruleId == ruleId; });
}

} // namespace od
