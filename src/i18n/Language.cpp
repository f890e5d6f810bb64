#include "Language.h"

#include "AppSettings.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace od {

QString Language::s_installed = QStringLiteral("en");

namespace {
const QString kKey = QStringLiteral("General/language");
} // namespace

QString Language::preference()
{
    const QString value = openAppSettings()->value(kKey).toString();
    return available().contains(value) ? value : QString();
}

void Language::setPreference(const QString &language)
{
    const auto settings = openAppSettings();
    if (language.isEmpty())
        settings->remove(kKey);
    else
        settings->setValue(kKey, language);
}

QString Language::resolve(const QString &preference, const QLocale &system)
{
    if (available().contains(preference))
        return preference;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Language::install(QCoreApplication *app)
{
    const QString language = resolve(preference(), QLocale::system());
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/origindesk/i18n/origindesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(language == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                language == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    s_installed = language;
    return language;
}

QString Language::apiLanguage()
{
    return s_installed == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
}

QString Language::displayName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return tr("System language");
}

} // namespace od
