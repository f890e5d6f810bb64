#pragma once

#include "Origin.h"

#include <QCoreApplication>
#include <QDateTime>

namespace od {

// A change to one domain's Origin, made offline or kept for later: the draft, and the live
// configuration it was based on (so a review can tell when the live one changed meanwhile).
struct Draft
{
    QString id;
    QString accountId;
    QString domain;
    Origin base;   // the live Origin when the draft was made
    Origin origin; // the Origin to apply
    QDateTime created;
    QDateTime updated;
    QString lastError; // why the last apply failed, if it did

    QJsonObject toJson() const;
    static Draft fromJson(const QJsonObject &json, QString *error);
    // The exact UpdateDomainConfig request body (tccli cdn UpdateDomainConfig --cli-input-json).
    QJsonObject requestBody() const;
};

// Three-way checks before a draft is applied.
class DraftMerge
{
public:
    // The live configuration is no longer the one the draft was made from: a field the base had
    // now differs or is gone. Fields live has and the base did not (say, a field the API added since)
    // are not a conflict: applying keeps them. A draft without a base (an imported request body)
    // always conflicts, since nothing says what it was made from.
    static bool conflicts(const Draft &draft, const Origin &live);
    // The draft's own changes (against its base) applied on top of the live configuration.
    static Origin rebase(const Draft &draft, const Origin &live);
    // What "apply the draft" sends: every field of the draft as it is (fields it dropped are
    // dropped), and the fields only live has kept as they are.
    static Origin overlay(const Draft &draft, const Origin &live);
};

// The origin as a Terraform `origin` block of the tencentcloud_cdn_domain resource.
class TerraformExport
{
public:
    static QString originBlock(const Origin &origin);
};

} // namespace od
