#include "Endpoint.h"

#include <QHostAddress>

namespace od {

Endpoint Endpoint::china()
{
    Endpoint e;
    e.m_site = Site::China;
    e.m_url = QUrl(QStringLiteral("https://cdn.tencentcloudapi.com/"));
    return e;
}

Endpoint Endpoint::international()
{
    Endpoint e;
    e.m_site = Site::International;
    e.m_url = QUrl(QStringLiteral("https://cdn.intl.tencentcloudapi.com/"));
    return e;
}

Endpoint Endpoint::custom(const QUrl &url)
{
    Endpoint e;
    e.m_site = Site::Custom;
    e.m_url = url;
    if (e.m_url.path().isEmpty())
        e.m_url.setPath(QStringLiteral("/"));
    return e;
}

Endpoint Endpoint::fromString(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("china"), Qt::CaseInsensitive) == 0)
        return china();
    if (t.compare(QLatin1String("intl"), Qt::CaseInsensitive) == 0 ||
        t.compare(QLatin1String("international"), Qt::CaseInsensitive) == 0)
        return international();
    QUrl url(t, QUrl::StrictMode);
    if (url.scheme().isEmpty() && !t.isEmpty())
        url = QUrl(QStringLiteral("https://") + t, QUrl::StrictMode);
    return custom(url);
}

Endpoint Endpoint::fromSiteKey(const QString &siteKey, const QString &customUrl)
{
    if (siteKey == QLatin1String("custom"))
        return fromString(customUrl);
    return siteKey == QLatin1String("intl") ? international() : china();
}

QByteArray Endpoint::hostHeader() const
{
    const int defaultPort = m_url.scheme() == QLatin1String("http") ? 80 : 443;
    const int port = m_url.port(defaultPort);
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

bool Endpoint::isLoopback() const
{
    const QString host = m_url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString Endpoint::validate() const
{
    if (!m_url.isValid() || m_url.host().isEmpty())
        return tr("\"%1\" is not a valid endpoint URL.").arg(m_url.toString());
    if (m_url.scheme() == QLatin1String("https"))
        return QString();
    if (m_url.scheme() == QLatin1String("http")) {
        if (isLoopback())
            return QString();
        return tr("Plain http:// is allowed only for the local sandbox (a loopback address); use https:// "
                  "for %1.")
            .arg(m_url.host());
    }
    return tr("The endpoint must be an https:// URL, not \"%1\".").arg(m_url.scheme());
}

QString Endpoint::displayName() const
{
    switch (m_site) {
    case Site::China:
        return tr("China site (%1)").arg(m_url.host());
    case Site::International:
        return tr("International site (%1)").arg(m_url.host());
    case Site::Custom:
        break;
    }
    return m_url.toDisplayString();
}

} // namespace od
