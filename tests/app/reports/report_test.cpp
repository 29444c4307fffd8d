// PDF reports: the engine on its own (tables over pages, vectors, fonts), the
// range and section parsers, Chinese figures, and scb-dashboard --report as
// a cron job runs it (no display), read back with poppler's tools.
#include "report.h"
#include "reportdialog.h"
#include "reportdocument.h"
#include "statisticsbridge.h"

#include "core/aggregates.h"
#include "sources/fleetsimulator.h"
#include "stats/statisticscache.h"
#include "stats/statsfiles.h"
#include "store/historystore.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

namespace {

using namespace scb;

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runTool(const QString &program, const QStringList &args, bool noDisplay = false)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (noDisplay) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessRun run;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// The text as a reader copies it: ligatures ("ﬁ", "ﬂ") as their letters.
QString pdfText(const QString &pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .out.normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    const auto m = QRegularExpression(QStringLiteral(R"(Pages:\s+(\d+))")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Every font line of pdffonts says "yes" in the emb column; returns the fonts' names.
QStringList embeddedFonts(const QString &pdf, QString *notEmbedded)
{
    const QStringList lines =
        runTool(QStringLiteral("pdffonts"), {pdf}).out.split(QLatin1Char('\n'));
    QStringList names;
    for (int i = 2; i < lines.size(); ++i) {
        const QString line = lines[i].simplified();
        if (line.isEmpty())
            continue;
        // name type [encoding] emb sub uni object ID: emb is the fifth field from the end.
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() < 6)
            continue;
        names << f.first();
        if (f[f.size() - 5] != QLatin1String("yes"))
            *notEmbedded += line + QLatin1Char('\n');
    }
    return names;
}

// A history database with a small simulated fleet over the last two hours
// (a tick every minute) and the shipped sample statistics in its cache.
QString makeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("history.db"));
    auto store = HistoryStore::open(path.toStdString());
    EXPECT_TRUE(store.ok()) << store.error();
    if (!store)
        return path;
    SimulatorConfig config;
    config.chips = 512;
    config.centers = 3;
    config.seed = 7;
    FleetSimulator simulator(config);
    auto inventory = simulator.inventory();
    EXPECT_TRUE(store.value()->saveInventory(*inventory).ok());
    const InventoryIndex index = InventoryIndex::build(*inventory);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qint64 t = now - 2 * 3'600'000; t <= now; t += 60'000) {
        FleetTick tick;
        simulator.sample(t, tick);
        tick.unixMs = t;
        tick.inventoryVersion = inventory->version;
        const FleetAggregates aggregates = computeAggregates(*inventory, index, tick);
        EXPECT_TRUE(store.value()->append(tick, aggregates).ok());
    }
    // Enough alerts that their table runs over pages.
    for (int i = 0; i < 150; ++i) {
        AlertRecord alert;
        alert.kind = 1 + i % 5;
        alert.severity = 1 + i % 2;
        alert.center = uint32_t(i % 3);
        alert.chip = uint32_t(i * 3);
        alert.raisedMs = alert.sinceMs = now - 3'000'000 + i * 10'000;
        alert.value = 84 + i % 5;
        EXPECT_TRUE(store.value()->recordAlertRaised(alert).ok());
    }
    store.value().reset();
    const LoadResult sample = loadStatistics(SCB_SOURCE_DIR "/resources/data");
    EXPECT_TRUE(sample.ok());
    auto cache = StatisticsCache::open(StatisticsBridge::cachePathFor(path).toStdString());
    EXPECT_TRUE(cache.ok()) << cache.error();
    if (cache) {
        StatisticsCache::Freshness fresh;
        fresh.fetchedUnixMs = now - 600'000;
        fresh.serverVersion = sample.data.version;
        EXPECT_TRUE(cache.value()->storeCatalog(sample.data.datasets, fresh).ok());
        EXPECT_TRUE(cache.value()
                        ->storeSeries(
                            StatisticsCache::Kind::Adoption,
                            StatisticsSeries{sample.data.adoption, sample.data.version, now}, fresh)
                        .ok());
        EXPECT_TRUE(cache.value()
                        ->storeSeries(
                            StatisticsCache::Kind::Industry,
                            StatisticsSeries{sample.data.industry, sample.data.version, now}, fresh)
                        .ok());
    }
    return path;
}

TEST(ReportRange, PresetsSpansAndDates)
{
    const qint64 now = 1'700'000'000'000;
    qint64 from = 0, to = 0;
    EXPECT_TRUE(parseReportRange(QStringLiteral("24h"), now, &from, &to).isEmpty());
    EXPECT_EQ(to, now);
    EXPECT_EQ(now - from, 24 * 3'600'000LL);
    EXPECT_TRUE(parseReportRange(QStringLiteral("30d"), now, &from, &to).isEmpty());
    EXPECT_EQ(now - from, 30 * 86'400'000LL);
    EXPECT_TRUE(
        parseReportRange(QStringLiteral("2024-03-01..2024-03-07"), now, &from, &to).isEmpty());
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(from).date(), QDate(2024, 3, 1));
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(to).date(), QDate(2024, 3, 7));
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(to).time().hour(), 23);
    EXPECT_TRUE(
        parseReportRange(QStringLiteral("2024-03-01T08:00..2024-03-01T18:30"), now, &from, &to)
            .isEmpty());
    EXPECT_EQ(to - from, (10 * 60 + 30) * 60'000LL);
    for (const char *bad : {"", "0h", "401d", "yesterday", "2024-03-07..2024-03-01",
                            "2024-13-01..2024-12-01", "2024-01-01..", "..2024-01-01", "5w"}) {
        EXPECT_FALSE(parseReportRange(QString::fromLatin1(bad), now, &from, &to).isEmpty()) << bad;
    }
}

TEST(ReportSections, KnownKeysInReportOrder)
{
    QStringList sections;
    EXPECT_TRUE(
        parseReportSections(QStringLiteral("industry, overview,industry"), &sections).isEmpty());
    EXPECT_EQ(sections, (QStringList{"overview", "industry"}));
    EXPECT_FALSE(parseReportSections(QStringLiteral("overview,bogus"), &sections).isEmpty());
    EXPECT_FALSE(parseReportSections(QStringLiteral(" , "), &sections).isEmpty());
}

TEST(ReportFigures, ChineseUsesWanAndYi)
{
    EXPECT_EQ(reportCount(80'000, true), QStringLiteral("8万"));
    EXPECT_EQ(reportCount(200'000, true), QStringLiteral("20万"));
    EXPECT_EQ(reportCount(30'500, true), QStringLiteral("3.05万"));
    EXPECT_EQ(reportCount(120'000'000, true), QStringLiteral("1.2亿"));
    EXPECT_EQ(reportCount(9'999, true), QStringLiteral("9,999"));
    EXPECT_EQ(reportCount(80'000, false), QStringLiteral("80,000"));
    EXPECT_EQ(reportYuan100m(1000, true), QStringLiteral("1000亿元"));
    EXPECT_EQ(reportYuan100m(1000, false), QStringLiteral("100 billion yuan"));
    EXPECT_EQ(reportYuan100m(12'000, true), QStringLiteral("1.2万亿元"));
}

TEST(ReportDocument, TableRunsOverPagesWithItsHeaderRepeated)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo, pdffonts) not installed";
    QTemporaryDir dir;
    ReportDocument document;
    document.setFooter(QStringLiteral("footer text"));
    document.addHeading(QStringLiteral("Long table"));
    ReportDocument::Table table;
    table.title = QStringLiteral("Rows");
    table.headers = {QStringLiteral("ColumnAlpha"), QStringLiteral("ColumnBeta")};
    for (int i = 0; i < 200; ++i)
        table.rows << QStringList{QStringLiteral("row%1").arg(i), QString::number(i * 7)};
    document.addTable(table);
    ReportDocument::Chart chart;
    chart.title = QStringLiteral("A chart");
    chart.series << ReportDocument::Series{
        QStringLiteral("s"), Qt::blue, {QPointF(0, 1), QPointF(1, 3), QPointF(2, 2)}};
    chart.categories = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    document.addChart(chart);
    const QString path = dir.filePath(QStringLiteral("t.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    int progressCalls = 0;
    EXPECT_EQ(document.render(&file, [&](int, int) { ++progressCalls; }), QString());
    file.close();
    const int pages = pdfPages(path);
    EXPECT_GE(pages, 3);
    EXPECT_EQ(pages, document.pageCount());
    EXPECT_EQ(progressCalls, pages);
    const QString text = pdfText(path);
    // Every page that holds rows repeats the header, the later ones say "continued".
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    int withRows = 0;
    for (const QString &page : pageTexts) {
        if (!page.contains(QRegularExpression(QStringLiteral(R"(\brow\d+\b)"))))
            continue;
        ++withRows;
        EXPECT_TRUE(page.contains(QStringLiteral("ColumnAlpha"))) << page.toStdString();
    }
    EXPECT_GE(withRows, 2);
    EXPECT_TRUE(text.contains(QStringLiteral("Rows (continued)")));
    EXPECT_TRUE(text.contains(QStringLiteral("row0")));
    EXPECT_TRUE(text.contains(QStringLiteral("row199")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST(ReportDocument, CancelStopsBeforeTheNextPage)
{
    ReportDocument document;
    for (int i = 0; i < 5; ++i)
        document.addHeading(QStringLiteral("Section %1").arg(i));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    std::atomic_bool cancel{false};
    int seen = 0;
    const QString why = document.render(
        &buffer,
        [&](int page, int) {
            seen = page;
            if (page == 2)
                cancel = true;
        },
        &cancel);
    EXPECT_FALSE(why.isEmpty());
    EXPECT_EQ(seen, 2);
}

class HeadlessReport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!havePoppler())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo, pdffonts) not installed";
        ASSERT_TRUE(m_dir.isValid());
        m_db = makeDatabase(m_dir);
    }
    // SCB_SHOT_DIR=folder keeps a copy of each report there, to look at.
    ProcessRun report(const QString &pdf, const QStringList &extra)
    {
        ProcessRun run = runTool(QStringLiteral(SCB_DASHBOARD_EXE),
                                 QStringList{"--report", pdf, "--db", m_db} + extra,
                                 /*noDisplay=*/true);
        if (const QString shots = qEnvironmentVariable("SCB_SHOT_DIR"); !shots.isEmpty()) {
            const QString copy = shots + QLatin1Char('/') + QFileInfo(pdf).fileName();
            QFile::remove(copy);
            QFile::copy(pdf, copy);
        }
        return run;
    }
    QTemporaryDir m_dir;
    QString m_db;
};

TEST_F(HeadlessReport, EnglishReportHasHeadingsFiguresAndEmbeddedFonts)
{
    const QString pdf = m_dir.filePath(QStringLiteral("en.pdf"));
    const ProcessRun run = report(pdf, {"--lang", "en", "--range", "24h"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 8);
    const QString text = pdfText(pdf);
    for (const char *heading :
         {"Gui'an smart computing base", "Operations report", "Key figures", "Fleet overview",
          "Chips and alerts", "Training datasets", "Enterprise cloud adoption", "Industry output",
          "Alerts raised in the period (continued)"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    // The fleet of 512 chips, and the province's published 30,000 enterprises.
    EXPECT_TRUE(text.contains(QStringLiteral("512")));
    EXPECT_TRUE(text.contains(QStringLiteral("30,000")));
    EXPECT_TRUE(text.contains(QStringLiteral("200,000")));
    QString notEmbedded;
    EXPECT_FALSE(embeddedFonts(pdf, &notEmbedded).isEmpty());
    EXPECT_TRUE(notEmbedded.isEmpty()) << notEmbedded.toStdString();
}

TEST_F(HeadlessReport, ChineseReportEmbedsCjkFontsAndUsesWan)
{
    const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
    const ProcessRun run = report(
        pdf, {"--lang", "zh_CN", "--range", "7d", "--paper", "A3", "--orientation", "landscape"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_GE(pdfPages(pdf), 5);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("万"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3万")));  // 30,000 enterprises
    EXPECT_TRUE(text.contains(QStringLiteral("20万"))); // the chip target
    QString notEmbedded;
    const QStringList fonts = embeddedFonts(pdf, &notEmbedded);
    EXPECT_TRUE(notEmbedded.isEmpty()) << notEmbedded.toStdString();
    EXPECT_TRUE(fonts.join(' ').contains(QStringLiteral("CJK"))) << fonts.join(' ').toStdString();
}

TEST_F(HeadlessReport, OneSectionAndProgressLines)
{
    const QString pdf = m_dir.filePath(QStringLiteral("one.pdf"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("SCB_REPORT_PROGRESS"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SCB_DASHBOARD_EXE),
                  {"--report", pdf, "--db", m_db, "--sections", "datasets", "--lang", "en"});
    ASSERT_TRUE(process.waitForFinished(120'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const int pages = pdfPages(pdf);
    EXPECT_TRUE(out.contains(QStringLiteral("progress %1 %1").arg(pages))) << out.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Training datasets")));
    EXPECT_FALSE(text.contains(QStringLiteral("Fleet overview")));
}

TEST_F(HeadlessReport, MissingDataIsSaidNotFatal)
{
    const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
    const ProcessRun run = runTool(
        QStringLiteral(SCB_DASHBOARD_EXE),
        {"--report", pdf, "--db", m_dir.filePath(QStringLiteral("none.db")), "--lang", "en"}, true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("No fleet history is available")));
    EXPECT_TRUE(text.contains(QStringLiteral("No dataset catalog is available")));
}

TEST_F(HeadlessReport, APeriodTheHistoryDoesNotReachIsSaidOnTheTitlePage)
{
    // The fixture's history ends now: a period next year has none of it.
    const QString later = m_dir.filePath(QStringLiteral("later.pdf"));
    const int year = QDate::currentDate().year() + 1;
    const ProcessRun run = report(later, {"--lang", "en", "--sections", "overview", "--range",
                                          QStringLiteral("%1-01-01..%1-01-02").arg(year)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(later).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("No fleet history falls in the period")))
        << text.toStdString();
    // A period that ends now is covered: no such note.
    const QString now = m_dir.filePath(QStringLiteral("now.pdf"));
    ASSERT_EQ(report(now, {"--lang", "en", "--sections", "overview", "--range", "24h"}).exitCode,
              0);
    const QString nowText = pdfText(now).simplified();
    EXPECT_FALSE(nowText.contains(QStringLiteral("fleet history")) &&
                 nowText.contains(QStringLiteral("only while it runs")))
        << nowText.toStdString();
}

// Stands in for the desktop's PDF viewer: QDesktopServices hands it the URLs
// it would open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

TEST_F(HeadlessReport, ExportDialogWritesThroughTheExecutableWithProgress)
{
    ReportDialog dialog(m_db, QString());
    dialog.setExecutable(QStringLiteral(SCB_DASHBOARD_EXE));
    // The file opens when done (the check box is on by default).
    UrlCatcher viewer;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
    const auto unset =
        qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
    dialog.setOutputPath(pdf);
    const QStringList args = dialog.arguments();
    EXPECT_TRUE(args.contains(QStringLiteral("--db")));
    EXPECT_TRUE(args.contains(QStringLiteral("overview,chips,datasets,adoption,industry")));
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    QPushButton *exportButton = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("Export")))
            exportButton = button;
    ASSERT_NE(exportButton, nullptr);
    exportButton->click();
    EXPECT_TRUE(dialog.isRunning());
    EXPECT_FALSE(exportButton->isEnabled());
    ASSERT_TRUE(finished.wait(120'000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << finished.at(0).at(1).toString().toStdString();
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_GE(pdfPages(pdf), 8);
    const auto bar = dialog.findChild<QProgressBar *>();
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->value(), bar->maximum());
    EXPECT_EQ(viewer.opened, QList<QUrl>{QUrl::fromLocalFile(pdf)});
}

TEST_F(HeadlessReport, ExportDialogSaysWhyItFailed)
{
    ReportDialog dialog(m_db, QString());
    dialog.setExecutable(QStringLiteral(SCB_DASHBOARD_EXE));
    UrlCatcher viewer;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
    const auto unset =
        qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    dialog.setOutputPath(QStringLiteral("/nonexistent-folder/r.pdf"));
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("Export")))
            button->click();
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(viewer.opened.isEmpty()) << "nothing to open";
    EXPECT_TRUE(
        finished.at(0).at(1).toString().contains(QStringLiteral("/nonexistent-folder/r.pdf")))
        << finished.at(0).at(1).toString().toStdString();
}

TEST(ReportCommandLine, BadArgumentsExitTwoWithOneLine)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    for (const QStringList &args : {QStringList{"--report", pdf, "--range", "yesterday"},
                                    QStringList{"--report", pdf, "--sections", "overview,bogus"},
                                    QStringList{"--report", pdf, "--paper", "B5"},
                                    QStringList{"--report", pdf, "--orientation", "sideways"},
                                    QStringList{"--range", "24h"}, QStringList{"--report", ""}}) {
        const ProcessRun run = runTool(QStringLiteral(SCB_DASHBOARD_EXE), args, true);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QLatin1String("scb-dashboard: "))) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(pdf));
    }
}

TEST(ReportCommandLine, UnwritablePathExitsNonZeroWithOneLine)
{
    const ProcessRun run = runTool(
        QStringLiteral(SCB_DASHBOARD_EXE),
        {"--report", "/nonexistent-folder/sub/report.pdf", "--db", "/nonexistent.db"}, true);
    EXPECT_NE(run.exitCode, 0);
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("/nonexistent-folder/sub/report.pdf")))
        << run.err.toStdString();
}

} // namespace

#include "report_test.moc"
