// The shipped translations are complete: every string of scb_zh_CN.ts is
// translated, plural forms are right in both languages, and no translation
// loses or invents a placeholder. Reads the .ts files of the source tree, so a
// string added without its translation fails here until lupdate has run and
// the translation is written.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <ostream>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;       // the translation, or its numerus forms
    qint64 line = 0;         // of <message> in the .ts file
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

TsFile parseTs(const QByteArray &data)
{
    TsFile file;
    QXmlStreamReader xml(data);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                file.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{};
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message.line = xml.lineNumber();
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            file.messages << message;
            inMessage = false;
        }
    }
    if (xml.hasError())
        file.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

// Qt's placeholders: %1..%99 (also %L1) and %n / %Ln. "%L1" and "%1" are the
// same argument, "%n" and "%Ln" are not the same text.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?)(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2) == QLatin1String("n"))
            found.insert(m.captured(0));
        else
            found.insert(QLatin1Char('%') + m.captured(2));
    }
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return QLatin1Char('{') + list.join(QLatin1Char(' ')) + QLatin1Char('}');
}

// What is wrong with the translations of one file. The source language (the
// English file) may leave a singular string untranslated: its source is the
// text. A target language may not.
struct Expectation
{
    int numerusForms = 1;
    bool everyStringTranslated = true;
};

QStringList problems(const TsFile &file, const Expectation &expect)
{
    QStringList out;
    if (!file.error.isEmpty()) {
        out << QStringLiteral("not well-formed XML: %1").arg(file.error);
        return out;
    }
    for (const TsMessage &m : file.messages) {
        if (m.translationType == QLatin1String("vanished") ||
            m.translationType == QLatin1String("obsolete"))
            continue; // not compiled into the .qm
        const QString where =
            QStringLiteral("line %1, %2 \"%3\"%4")
                .arg(m.line)
                .arg(m.context, m.source,
                     m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
        const bool unfinished = m.translationType == QLatin1String("unfinished");
        const bool required = m.numerus || expect.everyStringTranslated;
        if (!required && unfinished)
            continue;
        if (unfinished)
            out << QStringLiteral("unfinished: %1").arg(where);
        if (m.numerus && m.forms.size() != expect.numerusForms)
            out << QStringLiteral("%1 plural forms instead of %2: %3")
                       .arg(m.forms.size())
                       .arg(expect.numerusForms)
                       .arg(where);
        const QSet<QString> wanted = placeholders(m.source);
        for (int i = 0; i < m.forms.size(); ++i) {
            const QString &form = m.forms[i];
            const QString which = m.numerus ? QStringLiteral("form %1 of ").arg(i + 1) : QString();
            if (form.trimmed().isEmpty()) {
                out << QStringLiteral("empty %1translation: %2").arg(which, where);
                continue;
            }
            if (m.numerus && form.contains(QLatin1String("(s)")))
                out << QStringLiteral("\"(s)\" left in %1translation: %2").arg(which, where);
            const QSet<QString> got = placeholders(form);
            if (got != wanted)
                out << QStringLiteral("placeholders %1 in %2translation, %3 in source: %4")
                           .arg(sorted(got), which, sorted(wanted), where);
        }
    }
    return out;
}

TsFile readTs(const char *name)
{
    QFile f(QStringLiteral(SCB_TRANSLATIONS_DIR "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        TsFile file;
        file.error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
        return file;
    }
    return parseTs(f.readAll());
}

std::string report(const QStringList &list)
{
    return QStringLiteral("%1 problem(s):\n  ").arg(list.size()).toStdString() +
           list.join(QStringLiteral("\n  ")).toStdString();
}

constexpr Expectation kChinese{1, true};
constexpr Expectation kEnglish{2, false};

TEST(Translations, ChineseIsCompleteWithOnePluralFormAndTheSourcesPlaceholders)
{
    const TsFile zh = readTs("scb_zh_CN.ts");
    ASSERT_TRUE(zh.error.isEmpty()) << zh.error.toStdString();
    EXPECT_EQ(zh.language, QLatin1String("zh_CN"));
    EXPECT_GT(zh.messages.size(), 100);
    const QStringList list = problems(zh, kChinese);
    EXPECT_TRUE(list.isEmpty()) << report(list);
}

TEST(Translations, EnglishHasSingularAndPluralFormsAndTheSourcesPlaceholders)
{
    const TsFile en = readTs("scb_en.ts");
    ASSERT_TRUE(en.error.isEmpty()) << en.error.toStdString();
    EXPECT_EQ(en.language, QLatin1String("en"));
    const QStringList list = problems(en, kEnglish);
    EXPECT_TRUE(list.isEmpty()) << report(list);
}

TEST(Translations, BothFilesHoldTheSameStrings)
{
    const auto keys = [](const TsFile &file) {
        QSet<QString> set;
        for (const TsMessage &m : file.messages) {
            if (m.translationType != QLatin1String("vanished") &&
                m.translationType != QLatin1String("obsolete"))
                set.insert(m.context + QChar(0) + m.source + QChar(0) + m.comment);
        }
        return set;
    };
    const QSet<QString> zh = keys(readTs("scb_zh_CN.ts"));
    const QSet<QString> en = keys(readTs("scb_en.ts"));
    QStringList onlyOne;
    for (const QString &k : zh - en)
        onlyOne << QStringLiteral("only in scb_zh_CN.ts: ") + QString(k).replace(QChar(0), '|');
    for (const QString &k : en - zh)
        onlyOne << QStringLiteral("only in scb_en.ts: ") + QString(k).replace(QChar(0), '|');
    EXPECT_TRUE(onlyOne.isEmpty()) << report(onlyOne) << "\nRun the scb_app_lupdate target.";
}

// The checker itself finds each kind of fault, so the tests above can fail.
TsFile oneContext(const char *language, const char *messages)
{
    return parseTs(
        QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TS version=\"2.1\" "
                          "language=\"") +
        language + "\">\n<context>\n<name>Ctx</name>\n" + messages + "</context>\n</TS>\n");
}

QStringList chineseProblems(const char *messages)
{
    const TsFile file = oneContext("zh_CN", messages);
    EXPECT_TRUE(file.error.isEmpty()) << file.error.toStdString();
    return problems(file, kChinese);
}

TEST(TranslationsChecker, AcceptsCompleteTranslationsAndSkipsVanishedOnes)
{
    const QStringList list = chineseProblems(R"(
<message><source>Fine %1</source><translation>好 %1</translation></message>
<message><source>Localized %L1, twice %1</source><translation>本地化 %1</translation></message>
<message numerus="yes"><source>%Ln chip(s)</source>
  <translation><numerusform>%Ln 颗芯片</numerusform></translation></message>
<message><source>Gone</source><translation type="vanished">走了 %9</translation></message>
)");
    EXPECT_TRUE(list.isEmpty()) << report(list);
}

TEST(TranslationsChecker, ReportsUnfinishedAndEmptyTranslations)
{
    const QStringList list = chineseProblems(R"(
<message><source>Open</source><translation type="unfinished"></translation></message>
<message><source>Close</source><translation></translation></message>
<message numerus="yes"><source>%n row(s)</source>
  <translation type="unfinished"><numerusform></numerusform></translation></message>
)");
    ASSERT_EQ(list.size(), 5) << report(list);
    EXPECT_TRUE(list[0].startsWith("unfinished: line 6, Ctx \"Open\"")) << report(list);
    EXPECT_TRUE(list[1].startsWith("empty translation: line 6, Ctx \"Open\"")) << report(list);
    EXPECT_TRUE(list[2].startsWith("empty translation: line 7, Ctx \"Close\"")) << report(list);
    EXPECT_TRUE(list[3].startsWith("unfinished: line 8")) << report(list);
    EXPECT_TRUE(list[4].startsWith("empty form 1 of translation: line 8")) << report(list);
}

TEST(TranslationsChecker, ReportsTheWrongNumberOfPluralForms)
{
    const QStringList zh = chineseProblems(R"(
<message numerus="yes"><source>%n chip(s)</source>
  <translation><numerusform>%n 颗芯片</numerusform><numerusform>%n 颗芯片</numerusform></translation>
</message>
)");
    ASSERT_EQ(zh.size(), 1) << report(zh);
    EXPECT_TRUE(zh[0].startsWith("2 plural forms instead of 1")) << report(zh);

    const TsFile en = oneContext("en", R"(
<message numerus="yes"><source>%n chip(s)</source>
  <translation><numerusform>%n chips</numerusform></translation></message>
<message><source>Untranslated is the source</source><translation type="unfinished"></translation></message>
)");
    const QStringList list = problems(en, kEnglish);
    ASSERT_EQ(list.size(), 1) << report(list);
    EXPECT_TRUE(list[0].startsWith("1 plural forms instead of 2")) << report(list);
}

TEST(TranslationsChecker, ReportsAnUnresolvedPluralInEnglish)
{
    const TsFile en = oneContext("en", R"(
<message numerus="yes"><source>%n chip(s)</source>
  <translation><numerusform>%n chip</numerusform><numerusform>%n chip(s)</numerusform></translation>
</message>
)");
    const QStringList list = problems(en, kEnglish);
    ASSERT_EQ(list.size(), 1) << report(list);
    EXPECT_TRUE(list[0].startsWith("\"(s)\" left in form 2 of translation")) << report(list);
}

TEST(TranslationsChecker, ReportsPlaceholdersLostInventedOrChanged)
{
    const QStringList list = chineseProblems(R"(
<message><source>%1 of %2</source><translation>%1 / %3</translation></message>
<message><source>Saved to %1</source><translation>已保存</translation></message>
<message numerus="yes"><source>%Ln row(s)</source>
  <translation><numerusform>%n 行</numerusform></translation></message>
<message><source>%1 %</source><translation>%1 %2</translation></message>
)");
    ASSERT_EQ(list.size(), 4) << report(list);
    EXPECT_TRUE(list[0].startsWith("placeholders {%1 %3} in translation, {%1 %2} in source"))
        << report(list);
    EXPECT_TRUE(list[1].startsWith("placeholders {} in translation, {%1} in source"))
        << report(list);
    EXPECT_TRUE(list[2].startsWith("placeholders {%n} in form 1 of translation, {%Ln} in source"))
        << report(list);
    EXPECT_TRUE(list[3].startsWith("placeholders {%1 %2} in translation, {%1} in source"))
        << report(list);
}

TEST(TranslationsChecker, ReportsAFileThatIsNotXml)
{
    const TsFile file = parseTs("<TS><context><name>x</name><message>");
    EXPECT_FALSE(file.error.isEmpty());
    EXPECT_EQ(problems(file, kChinese).size(), 1);
}

} // namespace
