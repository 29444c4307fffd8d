#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace scb {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "scb.language")

QString &appliedLanguageStore()
{
    static QString language = QStringLiteral("");
    return language;
}

} // namespace

QString normalizeLanguage(const QString &code)
{
    QString text = code.trimmed().toLower();
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (text.isEmpty())
        return QStringLiteral("");
    const QString base = text.section(QLatin1Char('_'), 0, 0);
    if (base == QLatin1String("en"))
        return QString::fromLatin1(kLanguageEnglish);
    // Simplified Chinese only: zh, zh_CN, zh_Hans, zh_Hans_CN; not zh_TW / zh_Hant.
    if (base == QLatin1String("zh") &&
        (text == QLatin1String("zh") || text == QLatin1String("zh_cn") ||
         text == QLatin1String("zh_hans") || text == QLatin1String("zh_hans_cn")))
        return QString::fromLatin1(kLanguageChinese);
    return {};
}

QString savedLanguage(const QSettings &settings)
{
    const QString code =
        normalizeLanguage(settings.value(QLatin1String(kLanguageSettingKey)).toString());
    return code.isNull() ? QStringLiteral("") : code;
}

void saveLanguage(QSettings &settings, const QString &code)
{
    const QString language = normalizeLanguage(code);
    if (!language.isNull())
        settings.setValue(QLatin1String(kLanguageSettingKey), language);
}

QString effectiveLanguage(const QString &commandLine, const QSettings &settings)
{
    const QString given = normalizeLanguage(commandLine);
    if (!given.isNull() && !given.isEmpty())
        return given;
    return savedLanguage(settings);
}

QLocale localeForLanguage(const QString &code)
{
    const QString language = normalizeLanguage(code);
    if (language == QLatin1String(kLanguageChinese))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (language == QLatin1String(kLanguageEnglish))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

QString appliedLanguage()
{
    return appliedLanguageStore();
}

// ---------------------------------------------------------------- Translations

Translations::Translations(QObject *parent)
    : QObject(parent)
    , m_language(QStringLiteral(""))
{
}

Translations::~Translations()
{
    removeInstalled();
}

void Translations::removeInstalled()
{
    for (QTranslator *translator : m_installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

bool Translations::apply(const QString &code)
{
    QString language = normalizeLanguage(code);
    if (language.isNull())
        language = QStringLiteral("");
    removeInstalled();
    m_language = language;
    m_locale = localeForLanguage(language);
    QLocale::setDefault(m_locale);
    appliedLanguageStore() = language;

    const auto install = [this](QTranslator *translator) {
        QCoreApplication::installTranslator(translator);
        m_installed.push_back(translator);
    };
    // English is the source language, but its plural forms live in scb_en.qm.
    // Install it first: Qt asks the newest translator first and falls back to
    // older ones, so the language's own translation wins wherever it has an entry.
    auto english = std::make_unique<QTranslator>();
    if (english->load(QStringLiteral(":/i18n/scb_en.qm")))
        install(english.release());
    bool found = true;
    const bool needsOurs =
        m_locale.language() != QLocale::English && m_locale.language() != QLocale::C;
    if (needsOurs) {
        auto ours = std::make_unique<QTranslator>();
        found = ours->load(m_locale, QStringLiteral("scb"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
        if (found)
            install(ours.release());
        else
            qCInfo(lcLanguage, "no translation of the app for %s: showing English",
                   qPrintable(m_locale.name()));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt.release());
    return found;
}

} // namespace scb
