#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

class QSettings;
class QTranslator;

namespace scb {

// The languages of the UI, by code: "zh_CN" (Simplified Chinese), "en"
// (English, the source language); "" follows the system's locale.
inline constexpr char kLanguageSettingKey[] = "ui/language";
inline constexpr char kLanguageChinese[] = "zh_CN";
inline constexpr char kLanguageEnglish[] = "en";

// A code as written on the command line or found in the settings, in its
// canonical form: "zh", "zh-CN", "zh_cn" → "zh_CN"; "en", "en_US", "en-GB" →
// "en"; "" (or blanks) → "". Anything else gives a null QString.
QString normalizeLanguage(const QString &code);

// The language kept in the settings ("ui/language"); "" when unset or not
// one of ours.
QString savedLanguage(const QSettings &settings);
// Keeps the choice ("" for the system's); an unknown code is not saved.
void saveLanguage(QSettings &settings, const QString &code);
// The language of this run: --lang's (commandLine) when given, else the
// setting's. --lang is for the run only: it is not saved.
QString effectiveLanguage(const QString &commandLine, const QSettings &settings);
// The locale a code stands for: zh_CN → Chinese (China), en → English
// (United States), "" → the system's.
QLocale localeForLanguage(const QString &code);
// The code Translations::apply() installed last ("" before any, or for the
// system's); what the Language menu shows as checked.
QString appliedLanguage();

// The translators of the app (scb_*.qm from the resource :/i18n) and of Qt
// (qtbase_*.qm where installed) for one language, and the default locale
// set to it. apply() again replaces them: at run time, from the menu.
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    // Removes the translators it installed (the default locale stays).
    ~Translations() override;

    // Installs the translations of code (see normalizeLanguage(); an unknown
    // code counts as ""), sets QLocale::setDefault() and returns whether the
    // app's own translation for a language other than English was found
    // (English needs none: true).
    bool apply(const QString &code);
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

private:
    void removeInstalled();

    std::vector<QTranslator *> m_installed;
    QString m_language;
    QLocale m_locale;
};

} // namespace scb
