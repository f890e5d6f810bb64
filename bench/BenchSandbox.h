#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// origindesk-sandbox in its own process, seeded with N domains, so the client side is measured
// alone (its time and its memory) the way it runs against the real service.
class BenchSandbox
{
public:
    BenchSandbox(const QString &program, int domains, int rateLimit);
    ~BenchSandbox();
    bool isReady() const { return m_port != 0; }
    QUrl url() const;
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
