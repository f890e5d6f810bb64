#include "BenchSandbox.h"

#include <QRegularExpression>

BenchSandbox::BenchSandbox(const QString &program, int domains, int rateLimit)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program,
                    {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"),
                     m_dir.filePath(QStringLiteral("state.json")), QStringLiteral("--seed"),
                     QString::number(domains), QStringLiteral("--rate-limit"), QString::number(rateLimit),
                     QStringLiteral("--processing-ms"), QStringLiteral("0")});
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return;
    }
    static const QRegularExpression re(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    while (m_process.waitForReadyRead(60000)) {
        out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = static_cast<quint16>(m.captured(1).toUInt());
            return;
        }
    }
    m_error =
        QStringLiteral("the sandbox did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
}

BenchSandbox::~BenchSandbox()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

QUrl BenchSandbox::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}
