#include "Language.h"
#include "OriginOps.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;      // translation type: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // the translation, or its numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            current.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    out.sort();
    return out;
}

QString tsPath(const char *language)
{
    return QStringLiteral(ORIGINDESK_SOURCE_DIR "/translations/origindesk_%1.ts")
        .arg(QLatin1String(language));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void everyTrStringIsInTheCatalogs_data();
    void everyTrStringIsInTheCatalogs();
    void chineseIsLoadedAndUsed();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("en") << tsPath("en");
    QTest::newRow("zh_CN") << tsPath("zh_CN");
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
    for (const Message &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source.left(60);
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 (%2)").arg(where, m.type)));
        QVERIFY2(!m.forms.isEmpty(), qPrintable(where));
        for (const QString &form : m.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(form) == placeholders(m.source),
                     qPrintable(where + QLatin1String(" → ") + form));
        }
    }
}

void TestTranslations::everyTrStringIsInTheCatalogs_data()
{
    complete_data();
}

void TestTranslations::everyTrStringIsInTheCatalogs()
{
    // Run lupdate over the sources into a copy: anything new shows up unfinished there.
    QFETCH(QString, path);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ORIGINDESK_SOURCE_DIR));
    lupdate.start(QStringLiteral(ORIGINDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("src"),
                   QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> before = readTs(path, &error);
    const QList<Message> after = readTs(copy, &error);
    QStringList missing;
    for (const Message &m : after) {
        if (m.type == QLatin1String("unfinished"))
            missing << m.context + QLatin1String(": ") + m.source;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QLatin1String("not in the catalog: ") + missing.join(QLatin1String(" | "))));
    QCOMPARE(after.size(), before.size());
}

void TestTranslations::chineseIsLoadedAndUsed()
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    QCOMPARE(od::Language::resolve(QString(), QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("zh_CN"));
    QCOMPARE(od::Language::resolve(QString(), QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("en"));
    QCOMPARE(od::Language::resolve(QStringLiteral("en"), QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("en"));
    od::Language::setPreference(QStringLiteral("zh_CN"));
    QCOMPARE(od::Language::preference(), QStringLiteral("zh_CN"));
    QCOMPARE(od::Language::install(QCoreApplication::instance()), QStringLiteral("zh_CN"));
    QCOMPARE(od::OriginOps::kindName(od::Origin::Kind::Own), QStringLiteral("自有源站"));
    QCOMPARE(od::Language::apiLanguage(), QStringLiteral("zh-CN"));
    // Qt's own strings (standard buttons) come from qtbase's catalog.
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
