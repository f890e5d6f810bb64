#include "SandboxFault.h"

#include <QRegularExpression>
#include <QStringList>

namespace od {

QStringList SandboxFault::malformedKinds()
{
    return {QStringLiteral("not-json"),    QStringLiteral("truncated"),        QStringLiteral("html"),
            QStringLiteral("wrong-types"), QStringLiteral("missing-response"), QStringLiteral("null-list"),
            QStringLiteral("huge")};
}

bool SandboxFault::parse(const QString &text, SandboxFault *fault, QString *error)
{
    static const QRegularExpression re(
        QStringLiteral("^(latency|error|http|drop|malformed)(?::([A-Za-z0-9._-]+))?(?:@([A-Za-z]+))?(?:%([0-"
                       "9.]+))?(?:#([0-9]+))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        *error = QStringLiteral("cannot read the fault \"%1\"").arg(text);
        return false;
    }
    SandboxFault f;
    const QString kind = m.captured(1);
    const QString value = m.captured(2);
    f.action = m.captured(3);
    if (!m.captured(4).isEmpty())
        f.rate = m.captured(4).toDouble();
    if (!m.captured(5).isEmpty())
        f.remaining = m.captured(5).toInt();
    if (kind == QLatin1String("latency")) {
        f.kind = Kind::Latency;
        f.latencyMs = value.toInt();
        if (f.latencyMs <= 0) {
            *error = QStringLiteral("latency needs milliseconds, e.g. latency:500");
            return false;
        }
    } else if (kind == QLatin1String("error")) {
        f.kind = Kind::Error;
        f.code = value.isEmpty() ? QStringLiteral("InternalError") : value;
    } else if (kind == QLatin1String("http")) {
        f.kind = Kind::Http;
        f.httpStatus = value.isEmpty() ? 502 : value.toInt();
    } else if (kind == QLatin1String("drop")) {
        f.kind = Kind::Drop;
    } else {
        f.kind = Kind::Malformed;
        f.malformed = value.isEmpty() ? QStringLiteral("not-json") : value;
        if (!malformedKinds().contains(f.malformed)) {
            *error = QStringLiteral("unknown malformed kind \"%1\"; one of %2")
                         .arg(f.malformed, malformedKinds().join(QLatin1String(", ")));
            return false;
        }
    }
    *fault = f;
    return true;
}

} // namespace od
