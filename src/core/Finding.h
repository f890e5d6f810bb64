#pragma once

#include <QList>
#include <QString>

namespace od {

// What a rule found about an origin: a stable id, the field it is about, how serious it is and a
// message an operator understands.
struct Finding
{
    enum class Severity
    {
        Warning,
        Error
    };
    enum class Field
    {
        Kind,
        Masters,
        OriginType,
        ServerName,
        CosPrivateAccess,
        OriginCompany,
        Protocol,
        Slaves,
        BackupServerName,
    };

    QString ruleId;
    Field field = Field::Masters;
    Severity severity = Severity::Error;
    QString message;
    int entryIndex = -1; // the entry of Masters/Slaves it is about, or -1 for the whole field

    bool isError() const { return severity == Severity::Error; }
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
bool hasWarnings(const Findings &findings);
Findings findingsFor(const Findings &findings, Finding::Field field);
bool containsRule(const Findings &findings, const QString &ruleId);

} // namespace od
