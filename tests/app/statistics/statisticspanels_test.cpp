// The statistics panels offscreen, without a server: the catalog's models,
// the datasets page driven through its signals, the adoption and industry
// pages fed with observations (made here, and the shipped sample data).
#include "adoptionpage.h"
#include "chartstyle.h"
#include "datasetmodels.h"
#include "datasetspage.h"
#include "industrypage.h"
#include "statlabels.h"
#include "statwidgets.h"

#include "stats/statisticscache.h"
#include "stats/statsfiles.h"

#include "chartexport.h"
#include "tableexport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGraphicsObject>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace scb {
namespace {

constexpr qint64 kNowMs = 1'717'200'000'000; // 2024-06-01 08:00 CST

Dataset dataset(const std::string &id,
                const std::string &zh,
                const std::string &en,
                const std::string &theme = "tourism",
                const std::string &source = "synthetic")
{
    Dataset d;
    d.identifier = id;
    d.title = {zh, en};
    d.description = {zh + "的说明", "About " + en};
    d.keywords = {"旅游", "tourism"};
    d.publisher = "Guizhou Provincial Big Data Development Administration";
    d.theme = theme;
    d.level = DatasetLevel::Provincial;
    d.license = "CC-BY-4.0";
    d.access = AccessRights::Public;
    d.formats = {"CSV", "JSON"};
    d.byteSize = 12'500'000;
    d.recordCount = 48'210;
    d.updateFrequency = "monthly";
    d.annotation = AnnotationStatus::Annotated;
    d.issued = "2022-03-01";
    d.modified = "2024-05-20";
    d.landingPage = "https://data.example.gov.cn/dataset/" + id;
    d.source = source;
    return d;
}

Observation obs(const std::string &series,
                const std::string &period,
                double value,
                const std::string &unit,
                const std::string &category = {},
                const std::string &source = "synthetic")
{
    return Observation{series, period, category, value, unit, source};
}

constexpr const char *kCitation =
    "Guiyang / Gui'an New Area press release, March 2024: 30,000 companies in the province use "
    "cloud services";

// Two years of monthly counts and the rest of the adoption series.
std::vector<Observation> adoptionSample()
{
    std::vector<Observation> out;
    for (int year = 2023; year <= 2024; ++year)
        for (int month = 1; month <= 12; ++month) {
            const QString period =
                QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
            const double count = 20'000 + ((year - 2023) * 12 + month) * 400;
            out.push_back(obs("enterprises_on_cloud", period.toStdString(), count, "enterprises"));
            out.push_back(obs("new_adopters", period.toStdString(), 400, "enterprises"));
        }
    for (const char *industry : {"manufacturing", "retail", "logistics", "finance"}) {
        out.push_back(obs("adoption_by_industry", "2023", 3000, "enterprises", industry));
        out.push_back(obs("adoption_by_industry", "2024", 3500, "enterprises", industry));
    }
    for (const char *region : {"nanming", "yunyan", "gui_an", "zunyi", "bijie"})
        out.push_back(obs("adoption_by_region", "2024", 2000, "enterprises", region));
    out.push_back(obs("above_size_rate", "2023", 41.5, "percent"));
    out.push_back(obs("above_size_rate", "2024", 47.0, "percent"));
    out.push_back(obs("province_figure", "2024-03", 30'000, "enterprises", {}, kCitation));
    out.push_back(obs("adoption_target", "2023", 28'000, "enterprises"));
    out.push_back(obs("adoption_target", "2024", 35'000, "enterprises"));
    return out;
}

std::vector<Observation> industrySample()
{
    const char *press = "Guiyang / Gui'an New Area press release, March 2024";
    std::vector<Observation> out;
    const double output[] = {1000, 1150, 1320, 1500, 1720, 2000};
    for (int i = 0; i < 6; ++i)
        out.push_back(obs("output_value", std::to_string(2019 + i), output[i], "100m_yuan"));
    for (int i = 0; i < 6; ++i)
        out.push_back(
            obs("software_revenue", std::to_string(2019 + i), 150.0 * (i + 1), "100m_yuan"));
    out.push_back(obs("software_revenue_target", "2024", 1000, "100m_yuan", {}, press));
    out.push_back(obs("growing_enterprises", "2022", 420, "enterprises"));
    out.push_back(obs("growing_enterprises", "2023", 600, "enterprises", {}, press));
    out.push_back(obs("growing_enterprises", "2024", 760, "enterprises"));
    out.push_back(obs("growing_enterprises_target", "2024", 1000, "enterprises", {}, press));
    for (const char *field : {"industry", "rural", "healthcare", "tourism"}) {
        out.push_back(obs("model_scenarios", "2023", 2, "scenarios", field));
        out.push_back(obs("model_scenarios", "2024", 6, "scenarios", field));
    }
    out.push_back(obs("model_scenarios_target", "2024", 20, "scenarios", {}, press));
    return out;
}

// ---------------------------------------------------------------- labels

TEST(StatLabels, NamesKeysAndFallsBackToTheKeyItself)
{
    EXPECT_EQ(StatLabels::region(QStringLiteral("gui_an")), QStringLiteral("Gui'an New Area"));
    EXPECT_EQ(StatLabels::region(QStringLiteral("nanming")), QStringLiteral("Nanming District"));
    EXPECT_EQ(StatLabels::theme(QStringLiteral("government")),
              QStringLiteral("Government affairs"));
    EXPECT_EQ(StatLabels::scenarioField(QStringLiteral("rural")),
              QStringLiteral("Rural vitalization"));
    EXPECT_EQ(StatLabels::access(QStringLiteral("non-public")), QStringLiteral("Not public"));
    EXPECT_EQ(StatLabels::facetField(QStringLiteral("license")), QStringLiteral("Licence"));
    EXPECT_EQ(StatLabels::industry(QStringLiteral("space_mining")), QStringLiteral("space mining"));
    EXPECT_EQ(StatLabels::regionGroup(QStringLiteral("huaxi")),
              StatLabels::RegionGroup::GuiyangDistrict);
    EXPECT_EQ(StatLabels::regionGroup(QStringLiteral("gui_an")), StatLabels::RegionGroup::GuiAn);
    EXPECT_EQ(StatLabels::regionGroup(QStringLiteral("zunyi")),
              StatLabels::RegionGroup::Prefecture);
    EXPECT_EQ(StatLabels::regionGroup(QStringLiteral("atlantis")), StatLabels::RegionGroup::Other);
    // Every known theme has a name of its own.
    for (std::string_view theme : knownThemes())
        EXPECT_NE(StatLabels::theme(QString::fromUtf8(theme.data(), qsizetype(theme.size()))),
                  QString::fromUtf8(theme.data(), qsizetype(theme.size())))
            << theme;
}

TEST(StatLabels, FormatsFiguresWithTheirUnitsInTheLocale)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(StatLabels::formatValue(30'000, QStringLiteral("enterprises")),
              QStringLiteral("30,000 enterprises"));
    EXPECT_EQ(StatLabels::formatValue(1000, QStringLiteral("100m_yuan")),
              QStringLiteral("1,000 × 100 million yuan"));
    EXPECT_EQ(StatLabels::formatValue(42.54, QStringLiteral("percent")), QStringLiteral("42.5 %"));
    EXPECT_EQ(StatLabels::formatNumber(std::nan("")), QStringLiteral("—"));
    EXPECT_EQ(StatLabels::formatBytes(0), QStringLiteral("—"));
    EXPECT_EQ(StatLabels::formatBytes(12'500'000), QStringLiteral("12.5 MB"));
    EXPECT_EQ(StatLabels::formatBytes(3'200'000'000'000ULL), QStringLiteral("3.2 TB"));
    EXPECT_EQ(StatLabels::formatPeriod(QStringLiteral("2024-03")), QStringLiteral("March 2024"));
    EXPECT_EQ(StatLabels::formatPeriod(QStringLiteral("2024")), QStringLiteral("2024"));
    EXPECT_EQ(StatLabels::formatPeriod(QStringLiteral("2024-13")), QStringLiteral("2024-13"));
    QLocale::setDefault(saved);
}

TEST(StatLabels, PicksTheUiLanguageAndFallsBackToTheOther)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(StatLabels::pick({"气象", "Weather"}), QStringLiteral("Weather"));
    EXPECT_EQ(StatLabels::other({"气象", "Weather"}), QStringLiteral("气象"));
    EXPECT_EQ(StatLabels::pick({"气象", ""}), QStringLiteral("气象"));
    EXPECT_EQ(StatLabels::other({"气象", ""}), QString());
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_TRUE(StatLabels::chineseUi());
    EXPECT_EQ(StatLabels::pick({"气象", "Weather"}), QStringLiteral("气象"));
    EXPECT_EQ(StatLabels::pick({"", "Weather"}), QStringLiteral("Weather"));
    QLocale::setDefault(saved);
}

TEST(StatLabels, SaysHowFreshTheDataIs)
{
    StatisticsState state;
    EXPECT_EQ(StatLabels::freshness(state, StatLabels::Subject::Catalog, kNowMs),
              QStringLiteral("No data yet"));
    EXPECT_TRUE(StatLabels::isStale(state));
    state.fetchedUnixMs = kNowMs - 3 * 60'000;
    state.serverReachable = true;
    EXPECT_EQ(StatLabels::freshness(state, StatLabels::Subject::Catalog, kNowMs),
              QStringLiteral("Catalog from server, fetched 3 min ago"));
    EXPECT_FALSE(StatLabels::isStale(state));
    state.serverReachable = false;
    state.lastError = QStringLiteral("connection refused");
    EXPECT_EQ(
        StatLabels::freshness(state, StatLabels::Subject::Figures, kNowMs, kNowMs - 2 * 3'600'000),
        QStringLiteral("Server unreachable — showing the copy fetched 2 h ago"));
    EXPECT_TRUE(StatLabels::isStale(state));
}

// ---------------------------------------------------------------- models

TEST(DatasetTableModel, ListsPagesWithoutListingARowTwice)
{
    DatasetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatasets({dataset("a", "甲", "Alpha"), dataset("b", "乙", "Beta")});
    ASSERT_EQ(model.rowCount(), 2);
    model.appendDatasets({dataset("b", "乙", "Beta"), dataset("c", "丙", "Gamma", "meteorology")});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOf(QStringLiteral("c")), 2);
    EXPECT_EQ(model.rowOf(QStringLiteral("zzz")), -1);
    EXPECT_EQ(model.dataset(7), nullptr);
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    EXPECT_EQ(cell(2, DatasetTableModel::ThemeColumn), QStringLiteral("Meteorology"));
    EXPECT_EQ(cell(0, DatasetTableModel::LevelColumn), QStringLiteral("Provincial"));
    EXPECT_EQ(cell(0, DatasetTableModel::FormatsColumn), QStringLiteral("CSV, JSON"));
    EXPECT_EQ(cell(0, DatasetTableModel::RecordsColumn), QLocale().toString(48'210));
    EXPECT_EQ(cell(0, DatasetTableModel::AnnotationColumn), QStringLiteral("Annotated"));
    EXPECT_EQ(model.index(0, DatasetTableModel::SizeColumn).data(DatasetTableModel::SortRole),
              QVariant(qulonglong(12'500'000)));
    EXPECT_TRUE(model.index(0, 0).data(DatasetTableModel::SyntheticRole).toBool());
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(FacetModel, ChecksValuesAndWritesThemIntoTheQuery)
{
    FacetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 7);
    model.setFacets({{"theme", {{"tourism", 40}, {"meteorology", 25}}},
                     {"level", {{"provincial", 50}, {"national", 15}}},
                     {"nonsense", {{"x", 1}}}});
    const QModelIndex themes = model.fieldIndex(QStringLiteral("theme"));
    ASSERT_EQ(model.rowCount(themes), 2);
    const QModelIndex tourism =
        model.valueIndex(QStringLiteral("theme"), QStringLiteral("tourism"));
    EXPECT_EQ(tourism.data().toString(), QStringLiteral("Tourism (40)"));
    EXPECT_EQ(tourism.data(FacetModel::CountRole).toInt(), 40);
    EXPECT_EQ(tourism.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);

    QSignalSpy changed(&model, &FacetModel::selectionChanged);
    EXPECT_TRUE(model.setData(tourism, Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(
        model.setData(model.valueIndex(QStringLiteral("theme"), QStringLiteral("meteorology")),
                      Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(model.setData(model.valueIndex(QStringLiteral("level"), QStringLiteral("national")),
                              Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(changed.count(), 3);
    EXPECT_FALSE(model.setData(themes, Qt::Checked, Qt::CheckStateRole)); // a field, not a value
    EXPECT_TRUE(model.hasSelection());

    DatasetQuery query;
    model.applyTo(&query);
    EXPECT_EQ(query.themes, (std::vector<std::string>{"tourism", "meteorology"}));
    EXPECT_EQ(query.levels, (std::vector<std::string>{"national"}));
    EXPECT_TRUE(query.publishers.empty());

    // An answer without a checked value keeps it listed, at 0, to uncheck.
    model.setFacets({{"theme", {{"tourism", 12}, {"healthcare", 3}}}});
    const QModelIndex gone =
        model.valueIndex(QStringLiteral("theme"), QStringLiteral("meteorology"));
    ASSERT_TRUE(gone.isValid());
    EXPECT_EQ(gone.data(FacetModel::CountRole).toInt(), 0);
    EXPECT_EQ(gone.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model.rowCount(themes), 3);

    model.setSelected(QStringLiteral("format"), {QStringLiteral("CSV")});
    EXPECT_EQ(model.selected(QStringLiteral("format")), QStringList{QStringLiteral("CSV")});
    model.clearSelection();
    EXPECT_FALSE(model.hasSelection());
    model.applyTo(&query);
    EXPECT_TRUE(query.themes.empty());
    EXPECT_TRUE(query.formats.empty());
}

TEST(ObservationTableModel, ShowsFiguresInWordsAndExportsThem)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ObservationTablePanel panel;
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setObservations(
        {obs("adoption_by_region", "2024", 2150, "enterprises", "gui_an"),
         obs("province_figure", "2024-03", 30'000, "enterprises", {}, kCitation)});
    ASSERT_EQ(panel.proxy()->rowCount(), 2);
    EXPECT_TRUE(panel.csv().startsWith("\xEF\xBB\xBFPeriod,Series,Category,Value,Unit,Source\r\n"));
    const QString csv = QString::fromUtf8(panel.csv());
    EXPECT_TRUE(
        csv.contains(QStringLiteral("2024,On the cloud by region,Gui'an New "
                                    "Area,\"2,150\",Enterprises,synthetic (sample data)\r\n")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("2024-03,Province figure,,\"30,000\",Enterprises,\"") +
                             QString::fromLatin1(kCitation) + QStringLiteral("\"\r\n")))
        << csv.toStdString();

    panel.searchEdit()->setText(QStringLiteral("BY REGION"));
    EXPECT_EQ(panel.proxy()->rowCount(), 1);
    EXPECT_TRUE(panel.statusText().startsWith(QStringLiteral("1 of 2 figure")))
        << panel.statusText().toStdString();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("figures.csv"));
    ASSERT_TRUE(panel.exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), panel.csv());
    EXPECT_FALSE(panel.exportCsv(dir.filePath(QStringLiteral("missing/dir/figures.csv"))));
    EXPECT_TRUE(panel.statusText().contains(QStringLiteral("Could not write")))
        << panel.statusText().toStdString();
    QLocale::setDefault(saved);
}

TEST(SelectObservations, KeepsKnownWellFormedFiguresOnly)
{
    const SeriesSpec specs[] = {{"monthly", true, false}, {"bycat", false, true}};
    int ignored = -1;
    const auto kept = selectObservations(
        {
            obs("monthly", "2024-02", 2, "enterprises"),
            obs("monthly", "2024-01", 1, "enterprises"),
            obs("monthly", "2024", 1, "enterprises"),               // not a month
            obs("monthly", "2024-01", 9, "enterprises"),            // duplicate
            obs("monthly", "2024-03", std::nan(""), "enterprises"), // NaN
            obs("monthly", "2024-04", std::numeric_limits<double>::infinity(), "enterprises"),
            obs("monthly", "2024-05", 1, "enterprises", "nanming"), // a category where none goes
            obs("bycat", "2024", 5, "enterprises"),                 // its category missing
            obs("bycat", "2024", 5, "enterprises", "retail"),
            obs("unknown_series", "2024", 1, "enterprises"),
            obs("monthly", "2024-06", 1, "enterprises", {}, ""), // no source
            obs("BAD KEY", "2024-06", 1, "enterprises"),
        },
        specs, &ignored);
    ASSERT_EQ(kept.size(), 3u);
    EXPECT_EQ(ignored, 9);
    EXPECT_EQ(kept[0].period, "2024");
    EXPECT_EQ(kept[1].period, "2024-01");
    EXPECT_EQ(kept[1].value, 1);
    EXPECT_EQ(kept[2].period, "2024-02");
}

// ---------------------------------------------------------------- datasets page

struct Asked
{
    DatasetQuery query;
    quint64 serial = 0;
};

std::vector<Asked> asked(const QSignalSpy &spy)
{
    std::vector<Asked> out;
    for (const QList<QVariant> &args : spy)
        out.push_back({args.at(0).value<DatasetQuery>(), args.at(1).toULongLong()});
    return out;
}

DatasetsAnswer answerTo(const DatasetsPage &page, std::vector<Dataset> datasets, uint32_t total)
{
    DatasetsAnswer answer;
    answer.serial = page.lastSerial();
    answer.query = page.currentQuery();
    answer.page.datasets = std::move(datasets);
    answer.page.total = total;
    answer.page.facets = {{"theme", {{"tourism", 30}, {"meteorology", 12}}},
                          {"publisher", {{"Guiyang Meteorological Bureau", 12}}}};
    return answer;
}

TEST(DatasetsPage, FacetsAndTheSearchTextBuildTheQuery)
{
    qRegisterMetaType<DatasetQuery>();
    DatasetsPage page(nullptr);
    EXPECT_EQ(page.lastSerial(), 1u); // the first page is asked for at once
    QSignalSpy spy(&page, &DatasetsPage::datasetsWanted);
    page.applyDatasets(answerTo(page, {dataset("a", "甲", "Alpha")}, 1));
    EXPECT_EQ(
        page.facetView()->model()->rowCount(page.facetModel()->fieldIndex(QStringLiteral("theme"))),
        2);

    FacetModel *facets = page.facetModel();
    facets->setData(facets->valueIndex(QStringLiteral("theme"), QStringLiteral("tourism")),
                    Qt::Checked, Qt::CheckStateRole);
    facets->setData(facets->valueIndex(QStringLiteral("theme"), QStringLiteral("meteorology")),
                    Qt::Checked, Qt::CheckStateRole);
    facets->setData(facets->valueIndex(QStringLiteral("publisher"),
                                       QStringLiteral("Guiyang Meteorological Bureau")),
                    Qt::Checked, Qt::CheckStateRole);
    ASSERT_EQ(spy.count(), 3); // each click asks at once
    const DatasetQuery query = asked(spy).back().query;
    EXPECT_EQ(query.themes, (std::vector<std::string>{"tourism", "meteorology"}));
    EXPECT_EQ(query.publishers, (std::vector<std::string>{"Guiyang Meteorological Bureau"}));
    EXPECT_TRUE(query.levels.empty());
    EXPECT_EQ(query.offset, 0u);
    EXPECT_EQ(query.limit, uint32_t(DatasetsPage::kPageSize));
    EXPECT_TRUE(query.withFacets);
    EXPECT_EQ(asked(spy).back().serial, page.lastSerial());

    // Typing waits for a pause: one query for the whole word.
    spy.clear();
    page.searchEdit()->insert(QStringLiteral("气"));
    page.searchEdit()->insert(QStringLiteral("象"));
    QTest::keyClicks(page.searchEdit(), QStringLiteral(" rain"));
    EXPECT_EQ(spy.count(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return spy.count() > 0; }, 5000));
    QTest::qWait(DatasetsPage::kSearchDelayMs + 50);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(asked(spy).back().query.text, "气象 rain");
    EXPECT_EQ(asked(spy).back().query.themes.size(), 2u);

    // A sort from the box or a header goes to the server.
    spy.clear();
    page.sortBox()->setCurrentIndex(page.sortBox()->findData(int(DatasetQuery::Sort::IssuedDesc)));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(asked(spy).back().query.sort, DatasetQuery::Sort::IssuedDesc);
    emit page.table()->horizontalHeader()->sectionClicked(DatasetTableModel::SizeColumn);
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(asked(spy).back().query.sort, DatasetQuery::Sort::SizeDesc);
    EXPECT_EQ(page.table()->horizontalHeader()->sortIndicatorSection(),
              int(DatasetTableModel::SizeColumn));

    spy.clear();
    page.clearFilters();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(asked(spy).back().query.text.empty());
    EXPECT_TRUE(asked(spy).back().query.themes.empty());
    EXPECT_EQ(asked(spy).back().query.sort, DatasetQuery::Sort::SizeDesc);
}

TEST(DatasetsPage, AnAnswerFillsTableFacetsAndTotalAndStaleOnesAreDropped)
{
    DatasetsPage page(nullptr);
    page.resize(1366, 768);
    EXPECT_EQ(page.placeholderText(), QStringLiteral("Loading the catalog…"));
    const quint64 first = page.lastSerial();
    page.setSearchText(QStringLiteral("tour"));
    page.refresh();
    const quint64 second = page.lastSerial();
    ASSERT_GT(second, first);

    // The first query's answer comes late: dropped.
    DatasetsAnswer stale = answerTo(page, {dataset("old", "旧", "Old")}, 1);
    stale.serial = first;
    page.applyDatasets(stale);
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_TRUE(page.isWaiting());

    std::vector<Dataset> rows;
    for (int i = 0; i < DatasetsPage::kPageSize; ++i)
        rows.push_back(dataset("ds-" + std::to_string(i), "数据" + std::to_string(i),
                               "Data " + std::to_string(i)));
    page.applyDatasets(answerTo(page, rows, 230));
    EXPECT_FALSE(page.isWaiting());
    EXPECT_EQ(page.model()->rowCount(), DatasetsPage::kPageSize);
    EXPECT_EQ(page.total(), 230u);
    // (Plural forms come from the English translation, not loaded here.)
    EXPECT_TRUE(page.totalText().startsWith(QStringLiteral("100 of 230 dataset")))
        << page.totalText().toStdString();
    EXPECT_EQ(page.facetModel()
                  ->valueIndex(QStringLiteral("theme"), QStringLiteral("meteorology"))
                  .data(FacetModel::CountRole)
                  .toInt(),
              12);
    // The same answer again is no longer awaited.
    page.applyDatasets(answerTo(page, {dataset("x", "x", "x")}, 1));
    EXPECT_EQ(page.model()->rowCount(), DatasetsPage::kPageSize);

    // The next page: from where the first ended, without facets.
    QSignalSpy spy(&page, &DatasetsPage::datasetsWanted);
    ASSERT_TRUE(page.loadMore());
    EXPECT_FALSE(page.loadMore()); // one at a time
    ASSERT_EQ(spy.count(), 1);
    const Asked next = asked(spy).back();
    EXPECT_EQ(next.query.offset, uint32_t(DatasetsPage::kPageSize));
    EXPECT_FALSE(next.query.withFacets);
    EXPECT_EQ(next.query.text, "tour");
    DatasetsAnswer more;
    more.serial = next.serial;
    more.query = next.query;
    more.page.total = 230;
    more.page.datasets = {dataset("ds-99", "重复", "Repeated"), dataset("ds-100", "新", "New")};
    page.applyDatasets(more);
    EXPECT_EQ(page.model()->rowCount(), DatasetsPage::kPageSize + 1);
    EXPECT_TRUE(page.totalText().startsWith(QStringLiteral("101 of 230 dataset")));

    // An error keeps the rows and says why.
    page.refresh();
    DatasetsAnswer failed;
    failed.serial = page.lastSerial();
    failed.query = page.currentQuery();
    failed.error = QStringLiteral("database is locked");
    page.applyDatasets(failed);
    EXPECT_EQ(page.model()->rowCount(), DatasetsPage::kPageSize + 1);
    EXPECT_TRUE(page.statusText().contains(QStringLiteral("database is locked")));

    // Nothing matches.
    page.refresh();
    page.applyDatasets(answerTo(page, {}, 0));
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_TRUE(page.totalText().startsWith(QStringLiteral("0 dataset")));
    page.show();
    EXPECT_EQ(page.placeholderText(),
              QStringLiteral("No dataset matches the search and the filters."));
    EXPECT_FALSE(page.loadMore());
}

TEST(DatasetsPage, ScrollingToTheEndListsTheNextPage)
{
    DatasetsPage page(nullptr);
    page.resize(1366, 768);
    page.show();
    std::vector<Dataset> rows;
    for (int i = 0; i < DatasetsPage::kPageSize; ++i)
        rows.push_back(dataset("ds-" + std::to_string(i), "数据", "Data"));
    page.applyDatasets(answerTo(page, rows, 150));
    QSignalSpy spy(&page, &DatasetsPage::datasetsWanted);
    QCoreApplication::processEvents();
    EXPECT_EQ(spy.count(), 0); // the table is full and at its top
    QScrollBar *bar = page.table()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    bar->setValue(bar->maximum());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(asked(spy).back().query.offset, uint32_t(DatasetsPage::kPageSize));
}

TEST(DatasetsPage, ExportListsEveryMatchFirstAndANewSearchCancelsIt)
{
    qRegisterMetaType<DatasetQuery>();
    DatasetsPage page(nullptr);
    std::vector<Dataset> first;
    for (int i = 0; i < DatasetsPage::kPageSize; ++i)
        first.push_back(dataset("ds-" + std::to_string(i), "旅游数据 " + std::to_string(i),
                                "Tourism " + std::to_string(i)));
    page.applyDatasets(answerTo(page, first, 250));
    ASSERT_EQ(page.model()->rowCount(), DatasetsPage::kPageSize);
    ASSERT_TRUE(page.tableExport()->exportAction()->isEnabled());

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("datasets.csv"));
    QSignalSpy spy(&page, &DatasetsPage::datasetsWanted);
    page.exportAllCsv(path);
    // The other 150 are asked for in one large page, and nothing is written yet.
    ASSERT_EQ(spy.count(), 1);
    const DatasetQuery rest = asked(spy).back().query;
    EXPECT_EQ(rest.offset, uint32_t(DatasetsPage::kPageSize));
    EXPECT_EQ(rest.limit, uint32_t(DatasetsPage::kExportPageSize));
    EXPECT_TRUE(page.isExporting());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(page.statusText().contains(QStringLiteral("250")))
        << page.statusText().toStdString();

    std::vector<Dataset> more;
    for (int i = DatasetsPage::kPageSize; i < 250; ++i)
        more.push_back(dataset("ds-" + std::to_string(i), "旅游数据 " + std::to_string(i),
                               "Tourism " + std::to_string(i)));
    DatasetsAnswer answer;
    answer.serial = page.lastSerial();
    answer.query = rest;
    answer.page.datasets = std::move(more);
    answer.page.total = 250;
    page.applyDatasets(answer);
    EXPECT_FALSE(page.isExporting());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records =
        parseCsv(std::string_view(bytes.constData() + 3, size_t(bytes.size() - 3)));
    ASSERT_TRUE(records.ok()) << records.error();
    ASSERT_EQ(records.value().size(), 251u); // the header and every match
    const QString firstTitle = QString::fromStdString(records.value()[1].fields[0]);
    EXPECT_TRUE(firstTitle.contains(QStringLiteral("旅游数据")) ||
                firstTitle.contains(QStringLiteral("Tourism")))
        << firstTitle.toStdString();

    // A new search while an export waits cancels it; nothing is written.
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    page.refresh();
    page.applyDatasets(answerTo(page, first, 250));
    ASSERT_EQ(page.model()->rowCount(), DatasetsPage::kPageSize);
    page.exportAllCsv(second);
    ASSERT_TRUE(page.isExporting());
    page.setSearchText(QStringLiteral("气象"));
    page.refresh();
    EXPECT_FALSE(page.isExporting());
    EXPECT_FALSE(QFile::exists(second));
}

TEST(DatasetsPage, TheDetailPaneShowsBothLanguagesAndWhereTheRowComesFrom)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DatasetsPage page(nullptr);
    page.applyDatasets(
        answerTo(page,
                 {dataset("gz-met-0001", "贵阳市逐小时降水观测",
                          "Hourly rainfall observations in Guiyang", "meteorology"),
                  dataset("cn-tour-0002", "全国旅游景区名录", "Directory of tourist attractions",
                          "tourism", "Ministry of Culture and Tourism, open data portal, 2023")},
                 2));
    EXPECT_TRUE(page.detailIdentifier().isEmpty());
    ASSERT_TRUE(page.selectDataset(QStringLiteral("gz-met-0001")));
    EXPECT_EQ(page.detailIdentifier(), QStringLiteral("gz-met-0001"));
    QString text = page.detailText();
    EXPECT_TRUE(text.contains(QStringLiteral("Hourly rainfall observations in Guiyang")));
    EXPECT_TRUE(text.contains(QStringLiteral("贵阳市逐小时降水观测")));
    EXPECT_TRUE(text.contains(QStringLiteral("About Hourly rainfall observations in Guiyang")));
    EXPECT_TRUE(text.contains(QStringLiteral("贵阳市逐小时降水观测的说明")));
    EXPECT_TRUE(text.contains(QStringLiteral("Synthetic sample row")));
    EXPECT_TRUE(text.contains(QStringLiteral("Meteorology")));
    EXPECT_TRUE(text.contains(QStringLiteral("旅游 · tourism")));
    EXPECT_TRUE(page.detailHtml().contains(
        QStringLiteral("href=\"https://data.example.gov.cn/dataset/gz-met-0001\"")));

    ASSERT_TRUE(page.selectDataset(QStringLiteral("cn-tour-0002")));
    text = page.detailText();
    EXPECT_FALSE(text.contains(QStringLiteral("Synthetic sample row")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ministry of Culture and Tourism, open data portal")));

    // Markup in the data is text, and a landing page that is not http(s) no link.
    Dataset hostile = dataset("evil", "<b>粗</b>", "<script>alert(1)</script>");
    hostile.landingPage = "javascript:alert(1)";
    page.refresh();
    page.applyDatasets(answerTo(page, {hostile}, 1));
    ASSERT_TRUE(page.selectDataset(QStringLiteral("evil")));
    EXPECT_TRUE(page.detailText().contains(QStringLiteral("<script>alert(1)</script>")));
    EXPECT_FALSE(page.detailHtml().contains(QStringLiteral("javascript:")));
    QLocale::setDefault(saved);
}

TEST(DatasetsPage, ChartsShowTheCatalogByThemeAndYear)
{
    DatasetsPage page(nullptr);
    CatalogCharts charts;
    charts.themes = {{"tourism", 60, 40'000'000'000ULL},
                     {"meteorology", 45, 120'000'000'000ULL},
                     {"finance", 5, 1'000'000'000ULL}};
    charts.years = {{2021, 30}, {2019, 10}, {2020, 20}};
    page.applyCatalogCharts(charts);
    // Shares of the catalog: 110 datasets, 161 GB.
    ASSERT_NE(page.themeDatasetsSet(), nullptr);
    ASSERT_EQ(page.themeDatasetsSet()->count(), 3);
    EXPECT_DOUBLE_EQ(page.themeDatasetsSet()->at(2), 54.5); // tourism, the largest, on top
    EXPECT_DOUBLE_EQ(page.themeDatasetsSet()->at(0), 4.5);  // finance
    ASSERT_NE(page.themeVolumeSet(), nullptr);
    EXPECT_DOUBLE_EQ(page.themeVolumeSet()->at(1), 74.5); // meteorology's 120 GB
    ASSERT_NE(page.yearCumulativeSeries(), nullptr);
    ASSERT_EQ(page.yearCumulativeSeries()->count(), 3);
    EXPECT_EQ(page.yearIssuedSet()->at(0), 10); // 2019 first
    EXPECT_EQ(page.yearCumulativeSeries()->at(2).y(), 60);

    page.applyCatalogCharts({});
    EXPECT_EQ(page.themeDatasetsSet(), nullptr);
    EXPECT_TRUE(page.themeChart()->chart()->series().isEmpty());
}

TEST(StatCharts, ValueAxesEndOnWholeRoundSteps)
{
    QValueAxis axis;
    const auto fit = [&axis](double max, double min = 0) {
        charts::fitValueAxis(&axis, max, min);
        return std::tuple{axis.min(), axis.max(), axis.tickCount()};
    };
    EXPECT_EQ(fit(62), std::tuple(0.0, 80.0, 5));         // by 20, not by 16
    EXPECT_EQ(fit(235), std::tuple(0.0, 300.0, 4));       // by 100
    EXPECT_EQ(fit(45'568), std::tuple(0.0, 50'000.0, 6)); // by 10,000
    EXPECT_EQ(fit(31'700), std::tuple(0.0, 40'000.0, 5)); // by 10,000
    EXPECT_EQ(fit(10, -3), std::tuple(-5.0, 15.0, 5));    // by 5, through 0
    const auto [low, high, ticks] = fit(0.7);             // by 0.2
    EXPECT_DOUBLE_EQ(low, 0);
    EXPECT_NEAR(high, 0.8, 1e-12);
    EXPECT_EQ(ticks, 5);
    EXPECT_EQ(axis.labelFormat(), QStringLiteral("%.1f"));
    // No values, or garbage: still an axis.
    EXPECT_EQ(fit(0), std::tuple(0.0, 1.0, 6));
    EXPECT_EQ(fit(std::nan("")), std::tuple(0.0, 1.0, 6));
}

TEST(StatCharts, EveryCategoryIsNamedInChineseInAShortChart)
{
    QChartView *view = charts::makeChartView(QStringLiteral("各主题数据集"), nullptr);
    std::unique_ptr<QChartView> owner(view);
    QChart *chart = view->chart();
    const QStringList themes = {
        QStringLiteral("旅游"),     QStringLiteral("电力"),     QStringLiteral("政务"),
        QStringLiteral("气象"),     QStringLiteral("工业"),     QStringLiteral("农业"),
        QStringLiteral("生态环境"), QStringLiteral("医疗健康"), QStringLiteral("交通运输"),
        QStringLiteral("教育"),     QStringLiteral("金融"),     QStringLiteral("其他")};
    auto *set = new QBarSet(QStringLiteral("数据集"));
    for (int i = 0; i < themes.size(); ++i)
        *set << 10 + i;
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    auto *axis = new QBarCategoryAxis;
    axis->append(themes);
    chart->addAxis(axis, Qt::AlignLeft);
    bars->attachAxis(axis);
    charts::nameEveryCategory(chart, axis);
    view->resize(560, 300);
    view->show();
    QCoreApplication::processEvents();

    // 12 rows in about 180 pixels: Qt Charts alone names every other one.
    ASSERT_GT(chart->plotArea().height(), 100);
    EXPECT_EQ(charts::namedCategoryCount(chart), 12);
    EXPECT_EQ(axis->labelsBrush().color().alpha(), 0) << "the axis' own labels are not drawn";
    // Squeezed to a sliver, names are skipped rather than drawn over each other.
    view->setMinimumHeight(0);
    view->resize(560, 130);
    QCoreApplication::processEvents();
    EXPECT_LT(charts::namedCategoryCount(chart), 12);
    EXPECT_GE(charts::namedCategoryCount(chart), 3);
    // The names go with the axis: the item itself is deleted.
    const auto items = [chart] {
        int n = 0;
        for (const QGraphicsItem *child : chart->childItems())
            if (const QGraphicsObject *object = child->toGraphicsObject())
                n += object->objectName() == QLatin1String("categoryNames");
        return n;
    };
    EXPECT_EQ(items(), 1);
    charts::clearChart(chart);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(items(), 0);
    EXPECT_EQ(charts::namedCategoryCount(chart), 0);
}

TEST(DatasetsPage, TheFreshnessLineFollowsTheState)
{
    DatasetsPage page(nullptr);
    EXPECT_EQ(page.freshnessText(), QStringLiteral("No data yet"));
    StatisticsState state;
    state.serverReachable = true;
    state.fetchedUnixMs = QDateTime::currentMSecsSinceEpoch() - 3 * 60'000 - 5'000;
    page.applyState(state);
    EXPECT_EQ(page.freshnessText(), QStringLiteral("Catalog from server, fetched 3 min ago"));
    state.serverReachable = false;
    state.fetchedUnixMs = QDateTime::currentMSecsSinceEpoch() - 2 * 3'600'000 - 5'000;
    page.applyState(state);
    EXPECT_EQ(page.freshnessText(),
              QStringLiteral("Server unreachable — showing the copy fetched 2 h ago"));
}

TEST(ImportReportDialog, SaysWhatWasTakenAndWhatWasRefusedAndWhy)
{
    ImportReport report;
    report.file = QStringLiteral("hdx.json");
    report.format = QStringLiteral("CKAN package_search");
    report.taken = 12;
    report.refused = {QStringLiteral("item 3 (bad-one): title: missing"),
                      QStringLiteral("item 7 (x): issued: not a date YYYY-MM-DD: 2024-13-01")};
    report.notes = {QStringLiteral("12 formats upper-cased")};
    ImportReportDialog dialog(report);
    EXPECT_TRUE(dialog.summaryText().startsWith(QStringLiteral("Imported 12 dataset")));
    EXPECT_TRUE(
        dialog.summaryText().contains(QStringLiteral("from hdx.json (CKAN package_search).")));
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral(" 2 item")));
    EXPECT_TRUE(dialog.detailsText().contains(QStringLiteral("item 3 (bad-one): title: missing")));
    EXPECT_TRUE(dialog.detailsText().contains(QStringLiteral("12 formats upper-cased")));

    ImportReport failed;
    failed.file = QStringLiteral("broken.json");
    failed.error = QStringLiteral("not JSON: unterminated object at offset 12");
    ImportReportDialog failedDialog(failed);
    EXPECT_EQ(failedDialog.summaryText(),
              QStringLiteral("broken.json could not be imported: not JSON: unterminated object "
                             "at offset 12"));

    // The static helper opens a dialog of its own, deleted on close.
    QWidget owner;
    DatasetsPage::showImportReport(&owner, report);
    const auto dialogs = owner.findChildren<ImportReportDialog *>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_TRUE(dialogs.first()->testAttribute(Qt::WA_DeleteOnClose));
    dialogs.first()->close();
}

// ---------------------------------------------------------------- adoption

TEST(AdoptionPage, DrawsTheSeriesFromTheObservations)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    AdoptionPage page(nullptr);
    page.setObservations(adoptionSample());
    EXPECT_EQ(page.ignoredCount(), 0);
    ASSERT_NE(page.onCloudSeries(), nullptr);
    EXPECT_EQ(page.onCloudSeries()->count(), 24);
    EXPECT_TRUE(page.onCloudSeries()->name().endsWith(QStringLiteral("(synthetic)")));
    EXPECT_DOUBLE_EQ(page.onCloudSeries()->at(0).x(), 2023.0);

    // The province's figure: a line across, labelled with its date, and a
    // marker carrying the citation.
    ASSERT_NE(page.provinceSeries(), nullptr);
    EXPECT_EQ(page.provinceSeries()->at(0).y(), 30'000);
    EXPECT_EQ(page.provinceSeries()->name(),
              QStringLiteral("Province figure: 30,000 (published March 2024)"));
    ASSERT_NE(page.publishedSeries(), nullptr);
    ASSERT_EQ(page.publishedSeries()->count(), 1);
    EXPECT_DOUBLE_EQ(page.publishedSeries()->at(0).x(), 2024 + 2 / 12.0);

    // The target: the data's latest, until the user sets one.
    EXPECT_EQ(page.targetValue(), 35'000);
    ASSERT_NE(page.targetSeries(), nullptr);
    EXPECT_EQ(page.targetSeries()->at(1).y(), 35'000);
    EXPECT_EQ(page.targetSeries()->name(), QStringLiteral("Target 2024: 35,000 (synthetic)"));
    page.setUserTarget(40'000);
    EXPECT_EQ(page.targetSeries()->at(0).y(), 40'000);
    EXPECT_EQ(page.targetLabel(), QStringLiteral("Target: 40,000 (set here)"));
    page.setUserTarget(0);
    EXPECT_EQ(page.targetValue(), 35'000);

    ASSERT_NE(page.industrySet(), nullptr);
    EXPECT_EQ(page.industrySet()->count(), 4); // 2024 only
    EXPECT_EQ(page.industryChart()->chart()->title(),
              QStringLiteral("On the cloud by industry, 2024"));
    // Regions: Guiyang's districts, Gui'an, the other prefectures, each a set.
    ASSERT_EQ(page.regionSets().size(), 3u);
    for (QBarSet *set : page.regionSets())
        EXPECT_EQ(set->count(), 5);
    EXPECT_EQ(page.regionSets()[0]->sum(), 4000);
    EXPECT_EQ(page.regionSets()[1]->sum(), 2000);
    EXPECT_EQ(page.regionSets()[2]->sum(), 4000);
    ASSERT_NE(page.newAdoptersSeries(), nullptr);
    EXPECT_EQ(page.newAdoptersSeries()->upperSeries()->count(), 24 * 4); // a rectangle each
    ASSERT_NE(page.rateSeries(), nullptr);
    EXPECT_EQ(page.rateSeries()->count(), 2);
    EXPECT_EQ(page.rateSeries()->at(1).y(), 47.0);

    EXPECT_TRUE(page.syntheticNoteVisible());
    EXPECT_EQ(page.noteText(), StatLabels::syntheticNote());
    EXPECT_EQ(page.tablePanel()->model()->rowCount(), int(adoptionSample().size()));
    QLocale::setDefault(saved);
}

TEST(AdoptionPage, KeepsTheUsersTargetInTheSettings)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        AdoptionPage page(nullptr, &settings);
        page.setObservations(adoptionSample());
        page.targetBox()->setValue(42'000);
        EXPECT_EQ(page.targetValue(), 42'000);
    }
    {
        QSettings settings(path, QSettings::IniFormat);
        EXPECT_EQ(settings.value(QLatin1String(AdoptionPage::kTargetSetting)).toInt(), 42'000);
        AdoptionPage page(nullptr, &settings);
        EXPECT_EQ(page.userTarget(), 42'000);
        page.setObservations(adoptionSample());
        EXPECT_EQ(page.targetSeries()->at(0).y(), 42'000);
        page.setUserTarget(0); // back to the data's
        EXPECT_FALSE(settings.contains(QLatin1String(AdoptionPage::kTargetSetting)));
    }
}

TEST(AdoptionPage, IgnoresGarbageAndShowsNothingForNothing)
{
    AdoptionPage page(nullptr);
    EXPECT_EQ(page.onCloudSeries(), nullptr);
    EXPECT_FALSE(page.syntheticNoteVisible());
    page.setObservations({
        obs("enterprises_on_cloud", "2024-01", std::nan(""), "enterprises"),
        obs("enterprises_on_cloud", "2024-02", 25'000, "enterprises", {},
            "Provincial bureau, 2024"),
        obs("enterprises_on_cloud", "2024", 25'000, "enterprises"),
        obs("output_value", "2024", 2000, "100m_yuan"), // the industry page's
        obs("no_such_series", "2024", 1, "enterprises"),
        obs("adoption_by_region", "2024", 100, "enterprises"), // no region
        obs("adoption_target", "2024-06", 1, "enterprises"),
    });
    EXPECT_EQ(page.shownCount(), 1);
    EXPECT_EQ(page.ignoredCount(), 6);
    ASSERT_NE(page.onCloudSeries(), nullptr);
    EXPECT_EQ(page.onCloudSeries()->count(), 1);
    EXPECT_FALSE(page.onCloudSeries()->name().contains(QStringLiteral("synthetic")));
    ASSERT_NE(page.publishedSeries(), nullptr); // a published figure, marked
    EXPECT_EQ(page.publishedSeries()->count(), 1);
    EXPECT_EQ(page.targetSeries(), nullptr);
    EXPECT_EQ(page.regionSets().size(), 0u);
    EXPECT_FALSE(page.syntheticNoteVisible());

    SeriesAnswer answer;
    answer.error = QStringLiteral("no such table: stats_observation");
    page.applySeries(answer);
    EXPECT_EQ(page.shownCount(), 0);
    EXPECT_EQ(page.onCloudSeries(), nullptr);
    EXPECT_TRUE(page.onCloudChart()->chart()->series().isEmpty());
}

// ---------------------------------------------------------------- industry

TEST(IndustryPage, DrawsTheSeriesAgainstTheirTargets)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    IndustryPage page(nullptr);
    page.setObservations(industrySample());
    EXPECT_EQ(page.ignoredCount(), 0);
    ASSERT_NE(page.outputSet(), nullptr);
    EXPECT_EQ(page.outputSet()->count(), 6);
    EXPECT_TRUE(page.outputSet()->label().endsWith(QStringLiteral("(synthetic)")));
    ASSERT_NE(page.growthSeries(), nullptr);
    ASSERT_EQ(page.growthSeries()->count(), 5);
    EXPECT_DOUBLE_EQ(page.growthSeries()->at(0).y(), 15.0);
    EXPECT_DOUBLE_EQ(page.growthSeries()->at(4).y(), 16.3);

    ASSERT_NE(page.softwareTargetSeries(), nullptr);
    EXPECT_EQ(page.softwareTargetSeries()->at(0).y(), 1000);
    EXPECT_EQ(page.softwareTargetSeries()->name(),
              QStringLiteral("Target 2024: 1,000 × 100 million yuan"));
    EXPECT_EQ(page.softwareSet()->count(), 6);

    ASSERT_NE(page.growingSet(), nullptr);
    EXPECT_EQ(page.growingSet()->count(), 3);
    EXPECT_TRUE(page.growingSet()->label().endsWith(QStringLiteral("(partly synthetic)")));
    EXPECT_EQ(page.growingTargetSeries()->at(0).y(), 1000);
    ASSERT_NE(page.growingPublishedSeries(), nullptr);
    ASSERT_EQ(page.growingPublishedSeries()->count(), 1);
    EXPECT_EQ(page.growingPublishedSeries()->at(0), QPointF(1, 600)); // 2023

    ASSERT_EQ(page.scenarioSets().size(), 4u);
    for (QBarSet *set : page.scenarioSets())
        EXPECT_EQ(set->count(), 2);
    ASSERT_NE(page.scenarioTargetSeries(), nullptr);
    EXPECT_EQ(page.scenarioTargetSeries()->at(0).y(), 20);
    EXPECT_TRUE(page.scenarioChart()->chart()->title().endsWith(QStringLiteral("(synthetic)")));

    EXPECT_TRUE(page.syntheticNoteVisible());
    EXPECT_TRUE(page.summaryText().contains(QStringLiteral("large-model scenarios 2024: 24")))
        << page.summaryText().toStdString();
    EXPECT_EQ(page.tablePanel()->model()->rowCount(), int(industrySample().size()));
    QLocale::setDefault(saved);
}

TEST(IndustryPage, IgnoresGarbage)
{
    IndustryPage page(nullptr);
    page.setObservations({
        obs("output_value", "2023", std::numeric_limits<double>::infinity(), "100m_yuan"),
        obs("output_value", "2024-01", 5, "100m_yuan"),
        obs("enterprises_on_cloud", "2024-01", 5, "enterprises"),
        obs("model_scenarios", "2024", 5, "scenarios"), // no field
        obs("software_revenue", "2024", 800, "100m_yuan"),
    });
    EXPECT_EQ(page.shownCount(), 1);
    EXPECT_EQ(page.ignoredCount(), 4);
    EXPECT_EQ(page.outputSet(), nullptr);
    EXPECT_EQ(page.growthSeries(), nullptr);
    ASSERT_NE(page.softwareSet(), nullptr);
    EXPECT_EQ(page.softwareTargetSeries(), nullptr);
    EXPECT_TRUE(page.scenarioSets().empty());
}

// ---------------------------------------------------------------- with the bridge

// The pages on the real bridge (its cache in memory, no server): a catalog
// imported from a CKAN file reaches the table.
TEST(StatisticsPanels, FollowTheBridgeThroughAnImport)
{
    StatisticsBridge bridge{QString()};
    QWidget window;
    auto *page = new DatasetsPage(&bridge, &window);
    auto *adoption = new AdoptionPage(&bridge, nullptr, &window);
    auto *industry = new IndustryPage(&bridge, &window);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isWaiting(); }, 10'000));
    EXPECT_EQ(page->total(), 0u);
    EXPECT_EQ(page->placeholderText(), QStringLiteral("No datasets yet."));
    EXPECT_TRUE(page->freshnessText().startsWith(QStringLiteral("No data yet")))
        << page->freshnessText().toStdString();
    EXPECT_EQ(adoption->shownCount(), 0);
    EXPECT_EQ(industry->shownCount(), 0);

    QSignalSpy imported(&bridge, &StatisticsBridge::importFinished);
    bridge.importFile(QStringLiteral(SCB_FIXTURES_DIR "/ckan-package-search-hdx.json"));
    ASSERT_TRUE(imported.wait(10'000));
    const auto report = imported.first().first().value<ImportReport>();
    ASSERT_GT(report.taken, 0) << report.error.toStdString();
    // The page asks again for the new rows.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !page->isWaiting() && page->total() == uint32_t(report.taken); }, 10'000));
    EXPECT_EQ(page->model()->rowCount(), report.taken);
    ASSERT_TRUE(page->selectDataset(
        page->model()->index(0, 0).data(DatasetTableModel::IdentifierRole).toString()));
    EXPECT_TRUE(page->detailText().contains(QStringLiteral("ckan-package-search-hdx.json")))
        << page->detailText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->themeDatasetsSet() != nullptr; }, 10'000));
}

// ---------------------------------------------------------------- the sample data

// The shipped data through the panels: nothing left out, and (with
// SCB_SHOT_DIR=folder) screenshots at both sizes for a look.
TEST(StatisticsPanels, ShowTheShippedSampleData)
{
    const LoadResult loaded = loadStatistics(SCB_SOURCE_DIR "/resources/data");
    ASSERT_TRUE(loaded.data.datasets.size() > 0) << "no sample data";
    auto cacheResult = StatisticsCache::open("");
    ASSERT_TRUE(cacheResult.ok()) << cacheResult.error();
    std::unique_ptr<StatisticsCache> cache = std::move(*cacheResult);
    StatisticsCache::Freshness freshness;
    freshness.fetchedUnixMs = QDateTime::currentMSecsSinceEpoch() - 180'000;
    ASSERT_TRUE(cache->storeCatalog(loaded.data.datasets, freshness).ok());

    StatisticsState state;
    state.serverReachable = true;
    state.fetchedUnixMs = freshness.fetchedUnixMs;

    const QByteArray shots = qgetenv("SCB_SHOT_DIR");
    const QSize sizes[] = {{1920, 1080}, {1366, 768}};

    for (const QSize &size : sizes) {
        // The catalog, answered by a real index behind the page's signals.
        DatasetsPage datasets(nullptr);
        datasets.resize(size);
        datasets.show();
        QObject::connect(&datasets, &DatasetsPage::datasetsWanted, &datasets,
                         [&](const DatasetQuery &query, quint64 serial) {
                             DatasetsAnswer answer;
                             answer.serial = serial;
                             answer.query = query;
                             auto page = cache->catalog().query(query);
                             if (page.ok())
                                 answer.page = std::move(*page);
                             else
                                 answer.error = QString::fromStdString(page.error());
                             QMetaObject::invokeMethod(
                                 &datasets, [&datasets, answer] { datasets.applyDatasets(answer); },
                                 Qt::QueuedConnection);
                         });
        datasets.applyState(state);
        datasets.refresh();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !datasets.isWaiting(); }, 5000));
        EXPECT_EQ(datasets.total(), uint32_t(loaded.data.datasets.size()));
        EXPECT_EQ(datasets.model()->rowCount(),
                  std::min<int>(DatasetsPage::kPageSize, int(loaded.data.datasets.size())));
        CatalogCharts charts;
        charts.themes = *cache->catalog().themeTotals();
        charts.years = *cache->catalog().issuedPerYear();
        datasets.applyCatalogCharts(charts);
        ASSERT_NE(datasets.themeDatasetsSet(), nullptr);

        // A search in Chinese, a facet, a dataset read.
        datasets.setSearchText(QStringLiteral("气象"));
        datasets.refresh();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !datasets.isWaiting(); }, 5000));
        ASSERT_GT(datasets.model()->rowCount(), 0);
        const QModelIndex level = datasets.facetModel()->index(
            0, 0, datasets.facetModel()->fieldIndex(QStringLiteral("level")));
        ASSERT_TRUE(level.isValid());
        datasets.facetModel()->setData(level, Qt::Checked, Qt::CheckStateRole);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !datasets.isWaiting(); }, 5000));
        EXPECT_EQ(datasets.total(), uint32_t(level.data(FacetModel::CountRole).toInt()));
        ASSERT_GT(datasets.model()->rowCount(), 0);
        datasets.table()->selectRow(0);
        EXPECT_FALSE(datasets.detailIdentifier().isEmpty());

        AdoptionPage adoption(nullptr);
        adoption.resize(size);
        adoption.show();
        adoption.applyState(state);
        adoption.setObservations(loaded.data.adoption);
        EXPECT_EQ(adoption.ignoredCount(), 0);
        EXPECT_EQ(adoption.shownCount(), int(loaded.data.adoption.size()));
        ASSERT_NE(adoption.provinceSeries(), nullptr);
        EXPECT_EQ(adoption.provinceSeries()->at(0).y(), 30'000);

        IndustryPage industry(nullptr);
        industry.resize(size);
        industry.show();
        industry.applyState(state);
        industry.setObservations(loaded.data.industry);
        EXPECT_EQ(industry.ignoredCount(), 0);
        ASSERT_NE(industry.softwareTargetSeries(), nullptr);
        EXPECT_EQ(industry.softwareTargetSeries()->at(0).y(), 1000);
        ASSERT_NE(industry.growingPublishedSeries(), nullptr);

        if (!shots.isEmpty()) {
            QCoreApplication::processEvents();
            const QString suffix =
                QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
            const QString dir = QString::fromLocal8Bit(shots);
            datasets.grab().save(dir + QStringLiteral("/datasets") + suffix);
            adoption.grab().save(dir + QStringLiteral("/adoption") + suffix);
            industry.grab().save(dir + QStringLiteral("/industry") + suffix);
            // A chart as its menu saves it, for a look at the files.
            const QString chart = QStringLiteral("%1/industry-chart-%2x%3")
                                      .arg(dir)
                                      .arg(size.width())
                                      .arg(size.height());
            QString error;
            EXPECT_TRUE(ChartExport::writePng(adoption.industryChart(), chart + ".png", &error));
            EXPECT_TRUE(
                ChartExport::writeSvg(adoption.industryChart(), QString(), chart + ".svg", &error));
        }
    }
}

} // namespace
} // namespace scb
