#pragma once

#include "Draft.h"

#include <QCoreApplication>
#include <QDateTime>

namespace od {

// Every origin change applied from the app or the CLI: what it was before and after, where and
// when, and the service's RequestId. Kept in one JSON file, rewritten atomically on each record.
struct HistoryRecord
{
    QDateTime time;
    QString account; // the account's id (or the SecretId for environment credentials)
    QString domain;
    QString requestId;
    Origin before;
    Origin after;

    QJsonObject toJson() const;
    static HistoryRecord fromJson(const QJsonObject &json);
    // Rolling back: a draft that puts "before" back, based on "after" (what live should still be).
    Draft rollbackDraft() const;
};

class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    explicit HistoryStore(const QString &path);
    // ~/.local/share/OriginDesk/OriginDesk/history.json on Linux: shared by the app and the CLI.
    static QString defaultPath();

    bool append(const HistoryRecord &record, QString *error) const;
    // Newest first; all domains when domain is empty. A file that cannot be read is an error.
    QList<HistoryRecord> records(const QString &account, const QString &domain, QString *error) const;

private:
    QList<HistoryRecord> readAll(QString *error) const;
    QString m_path;
};

} // namespace od
