#include "OriginEntry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace od {

namespace {

// Parses a port or weight field: empty means "not given"; returns -1 for text that is not a number.
int parseNumber(const QString &text, bool *explicitZero)
{
    *explicitZero = false;
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || text.startsWith(QLatin1Char('+')))
        return -1;
    *explicitZero = value == 0;
    return value;
}

bool isIPv4(const QString &host)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QRegularExpressionMatch match = re.match(host);
    if (!match.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        const QString octet = match.captured(i);
        if (octet.toInt() > 255 || (octet.size() > 1 && octet.startsWith(QLatin1Char('0'))))
            return false;
    }
    return true;
}

// Counts the 16-bit groups of one side of "::"; -1 when a group is malformed.
int ipv6Groups(const QString &side, bool allowTrailingIPv4)
{
    if (side.isEmpty())
        return 0;
    static const QRegularExpression hexGroup(QStringLiteral("^[0-9a-fA-F]{1,4}$"));
    const QStringList groups = side.split(QLatin1Char(':'));
    int count = 0;
    for (int i = 0; i < groups.size(); ++i) {
        const QString &group = groups.at(i);
        if (allowTrailingIPv4 && i == groups.size() - 1 && group.contains(QLatin1Char('.'))) {
            if (!isIPv4(group))
                return -1;
            count += 2;
        } else if (hexGroup.match(group).hasMatch()) {
            ++count;
        } else {
            return -1;
        }
    }
    return count;
}

bool isIPv6(const QString &host)
{
    if (!host.contains(QLatin1Char(':')))
        return false;
    const int gap = host.indexOf(QLatin1String("::"));
    if (gap < 0)
        return ipv6Groups(host, true) == 8;
    if (host.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return false;
    const int left = ipv6Groups(host.left(gap), false);
    const int right = ipv6Groups(host.mid(gap + 2), true);
    return left >= 0 && right >= 0 && left + right <= 7;
}

bool isDomainName(const QString &host)
{
    // RFC 1123 host names; at least two labels; a wildcard is not an origin.
    static const QRegularExpression re(
        QStringLiteral("^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9_])?\\.)+[a-zA-Z]([a-zA-Z0-"
                       "9-]{0,61}[a-zA-Z0-9])?$"));
    return re.match(host).hasMatch();
}

} // namespace

OriginEntry::OriginEntry(Kind kind, const QString &address, int port, int weight)
    : m_kind(kind)
    , m_address(address)
    , m_port(port)
    , m_weight(weight)
{
    m_text = toString();
}

bool OriginEntry::isCosBucketDomain(const QString &host)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9][a-z0-9-]*-\\d{5,}\\.cos(-website)?\\.[a-z0-9-]+\\.myqcloud\\.com$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(host).hasMatch();
}

OriginEntry::Kind OriginEntry::classifyHost(const QString &host)
{
    if (isIPv4(host))
        return Kind::IPv4;
    if (isIPv6(host))
        return Kind::IPv6;
    if (isCosBucketDomain(host))
        return Kind::CosBucket;
    // A dotted quad that did not parse as IPv4 (e.g. 300.1.1.1) is a bad address, not a domain.
    static const QRegularExpression dottedNumbers(QStringLiteral("^[0-9.]+$"));
    if (!dottedNumbers.match(host).hasMatch() && isDomainName(host))
        return Kind::Domain;
    return Kind::Invalid;
}

OriginEntry OriginEntry::parse(const QString &input)
{
    OriginEntry entry;
    entry.m_text = input;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        entry.m_error = tr("The address is empty.");
        return entry;
    }
    if (text.contains(QLatin1String("://")) || text.contains(QLatin1Char('/'))) {
        entry.m_address = text;
        entry.m_error = tr("Write the address without a scheme or path (for example origin.example.com).");
        return entry;
    }

    QString host;
    QStringList rest; // port and weight fields after the host
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            entry.m_address = text;
            entry.m_error = tr("The IPv6 address has no closing bracket.");
            return entry;
        }
        host = text.mid(1, close - 1);
        const QString tail = text.mid(close + 1);
        if (!tail.isEmpty()) {
            if (!tail.startsWith(QLatin1Char(':'))) {
                entry.m_address = host;
                entry.m_error = tr("Unexpected text after the IPv6 address.");
                return entry;
            }
            rest = tail.mid(1).split(QLatin1Char(':'));
        }
        if (!isIPv6(host)) {
            entry.m_address = host;
            entry.m_error = tr("\"%1\" is not a valid IPv6 address.").arg(host);
            return entry;
        }
    } else if (text.count(QLatin1Char(':')) > 2 || isIPv6(text)) {
        // A bare IPv6 address carries no port or weight.
        host = text;
    } else {
        QStringList parts = text.split(QLatin1Char(':'));
        host = parts.takeFirst();
        rest = parts;
    }

    entry.m_address = host;
    if (rest.size() > 2) {
        entry.m_error = tr("Too many \":\" in \"%1\"; write address:port:weight.").arg(text);
        return entry;
    }
    if (!rest.isEmpty()) {
        entry.m_port = parseNumber(rest.value(0), &entry.m_explicitZeroPort);
        if (entry.m_port < 0) {
            entry.m_port = 0;
            entry.m_error = tr("The port \"%1\" is not a number.").arg(rest.value(0));
            return entry;
        }
        if (rest.size() == 2) {
            if (rest.at(1).isEmpty()) {
                entry.m_error = tr("The weight after the second \":\" is missing.");
                return entry;
            }
            entry.m_weight = parseNumber(rest.at(1), &entry.m_explicitZeroWeight);
            if (entry.m_weight < 0) {
                entry.m_weight = 0;
                entry.m_error = tr("The weight \"%1\" is not a number.").arg(rest.at(1));
                return entry;
            }
        } else if (rest.value(0).isEmpty()) {
            entry.m_error = tr("The port after \":\" is missing.");
            return entry;
        }
    }

    entry.m_kind = classifyHost(host);
    if (entry.m_kind == Kind::Invalid)
        entry.m_error = tr("\"%1\" is not an IP address or a domain name.").arg(host);
    return entry;
}

QList<OriginEntry> OriginEntry::parseList(const QStringList &texts)
{
    QList<OriginEntry> entries;
    entries.reserve(texts.size());
    for (const QString &text : texts)
        entries.append(parse(text));
    return entries;
}

QStringList OriginEntry::toStringList(const QList<OriginEntry> &entries)
{
    QStringList texts;
    texts.reserve(entries.size());
    for (const OriginEntry &entry : entries)
        texts.append(entry.toString());
    return texts;
}

QString OriginEntry::toString() const
{
    if (m_kind == Kind::Invalid && !m_text.isEmpty())
        return m_text;
    const bool bracket = m_kind == Kind::IPv6 && (hasPort() || hasWeight());
    QString out = bracket ? QLatin1Char('[') + m_address + QLatin1Char(']') : m_address;
    if (hasWeight())
        out += QLatin1Char(':') + (hasPort() ? QString::number(m_port) : QString()) + QLatin1Char(':') +
               QString::number(m_weight);
    else if (hasPort())
        out += QLatin1Char(':') + QString::number(m_port);
    return out;
}

void OriginEntry::setPort(int port)
{
    m_port = port;
    m_explicitZeroPort = false;
    m_text = toString();
}

void OriginEntry::setWeight(int weight)
{
    m_weight = weight;
    m_explicitZeroWeight = false;
    m_text = toString();
}

OriginEntry OriginEntry::withoutWeight() const
{
    OriginEntry copy = *this;
    copy.setWeight(0);
    return copy;
}

bool OriginEntry::sameTarget(const OriginEntry &other) const
{
    return m_address.compare(other.m_address, Qt::CaseInsensitive) == 0 && m_port == other.m_port;
}

bool OriginEntry::operator==(const OriginEntry &other) const
{
    return m_kind == other.m_kind && toString() == other.toString();
}

} // namespace od
