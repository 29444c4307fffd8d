// Tables to CSV and charts to PNG and SVG, offscreen: the shared helpers, and
// every table and chart of the main window carrying them.
#include "chartexport.h"
#include "chartstyle.h"
#include "fleetbridge.h"
#include "heatmapview.h"
#include "mainwindow.h"
#include "stats/statsfiles.h"
#include "statwidgets.h"
#include "tableexport.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace scb {
namespace {

QAction *action(const QWidget *widget, const char *name)
{
    for (QAction *a : widget->actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    return nullptr;
}

// A bar chart as the statistics pages draw them, with a Chinese title.
QChartView *barChart(QWidget *parent)
{
    QChartView *view = charts::makeChartView(QStringLiteral("各行业上云企业 (家)"), parent);
    auto *set = new QBarSet(QStringLiteral("2024"));
    *set << 3500 << 2800 << 1900;
    auto *series = new QBarSeries;
    series->append(set);
    view->chart()->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append({QStringLiteral("制造业"), QStringLiteral("零售"), QStringLiteral("物流")});
    view->chart()->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    view->resize(640, 400);
    return view;
}

TEST(ChartExport, SavesAPngAtTwiceTheSizeShown)
{
    QWidget window;
    QChartView *view = barChart(&window);
    window.resize(640, 400);
    window.show();
    auto *exporter = view->findChild<ChartExport *>();
    ASSERT_NE(exporter, nullptr) << "makeChartView() gives every chart its export";

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QSignalSpy said(exporter, &ChartExport::message);
    ASSERT_TRUE(exporter->savePng(path));
    ASSERT_EQ(said.count(), 1);
    EXPECT_TRUE(said.at(0).at(0).toString().startsWith(QStringLiteral("Saved the chart")));

    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), view->viewport()->size() * 2);
    // Drawn, not blank: the bars' colour is there.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            coloured += std::abs(c.red() - c.blue()) > 60 || std::abs(c.green() - c.blue()) > 60;
        }
    EXPECT_GT(coloured, 100);

    EXPECT_FALSE(exporter->savePng(dir.filePath(QStringLiteral("no/such/folder/chart.png"))));
    EXPECT_TRUE(said.last().at(0).toString().startsWith(QStringLiteral("Could not write")));
}

TEST(ChartExport, SavesAnSvgOfVectorsAndText)
{
    QWidget window;
    QChartView *view = barChart(&window);
    window.resize(640, 400);
    window.show();
    auto *exporter = view->findChild<ChartExport *>();
    ASSERT_NE(exporter, nullptr);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_TRUE(exporter->saveSvg(path));

    QSvgRenderer renderer(path);
    ASSERT_TRUE(renderer.isValid());
    EXPECT_EQ(renderer.viewBox(), QRect(QPoint(0, 0), view->viewport()->size()));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int texts = 0;
    int shapes = 0;
    int images = 0;
    QString allText;
    // The font size in force (set on enclosing groups), and the title's.
    QList<double> fontSizes = {0};
    double titleSize = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g"))
            fontSizes.removeLast();
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("g")) {
            const auto size = xml.attributes().value(QLatin1String("font-size"));
            fontSizes << (size.isEmpty() ? fontSizes.last() : size.toDouble());
        } else if (name == QLatin1String("text")) {
            ++texts;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.contains(QStringLiteral("各行业上云企业")))
                titleSize = fontSizes.last();
            allText += text;
        } else if (name == QLatin1String("path") || name == QLatin1String("rect") ||
                   name == QLatin1String("polyline") || name == QLatin1String("polygon")) {
            ++shapes;
        } else if (name == QLatin1String("image")) {
            ++images;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    // The title and the category labels as text, the bars as shapes: vectors.
    EXPECT_GT(texts, 3);
    EXPECT_GT(shapes, 3);
    EXPECT_EQ(images, 0);
    EXPECT_TRUE(allText.contains(QStringLiteral("各行业上云企业"))) << allText.toStdString();
    EXPECT_TRUE(allText.contains(QStringLiteral("制造业")));
    // Text as large as laid out on the screen, in the SVG's pixels.
    const double expected = view->chart()->titleFont().pointSizeF() * view->logicalDpiY() / 72.0;
    EXPECT_NEAR(titleSize, expected, 1.0);

    EXPECT_FALSE(exporter->saveSvg(dir.filePath(QStringLiteral("no/such/folder/chart.svg"))));
}

TEST(ChartExport, OffersAFileNamedAfterTheTitleAndCopiesAPicture)
{
    QWidget window;
    QChartView *view = barChart(&window);
    window.show();
    auto *exporter = view->findChild<ChartExport *>();
    ASSERT_NE(exporter, nullptr);
    const QString name = exporter->suggestedFileName(QStringLiteral("png"));
    EXPECT_TRUE(name.startsWith(QStringLiteral("各行业上云企业-家-"))) << name.toStdString();
    EXPECT_TRUE(name.endsWith(QStringLiteral(".png")));
    EXPECT_FALSE(name.contains(QLatin1Char('/')));
    EXPECT_FALSE(name.contains(QLatin1Char('(')));

    exporter->copyAction()->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    EXPECT_EQ(copied.size(), view->viewport()->size() * 2);

    // Any widget: the heatmap, drawn through its paint event.
    HeatmapView heatmap(&window);
    heatmap.resize(300, 200);
    ChartExport heatmapExport(&heatmap, QStringLiteral("heatmap"));
    EXPECT_TRUE(heatmapExport.suggestedFileName(QStringLiteral("svg"))
                    .startsWith(QStringLiteral("heatmap-")));
    EXPECT_EQ(ChartExport::renderImage(&heatmap, 2.0).size(), QSize(600, 400));
}

TEST(TableExport, ExportsWhatTheViewShowsAndCopiesTheSelection)
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("中心"), QStringLiteral("Chips")});
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    TableExport exporter(&view, QStringLiteral("centers"));
    EXPECT_FALSE(exporter.exportAction()->isEnabled()) << "nothing to export";
    EXPECT_FALSE(exporter.copyAction()->isEnabled());
    EXPECT_EQ(view.contextMenuPolicy(), Qt::ActionsContextMenu);

    model.appendRow({new QStandardItem(QStringLiteral("乌兰察布")), new QStandardItem("40,000")});
    model.appendRow({new QStandardItem(QStringLiteral("贵安, \"东区\"")), new QStandardItem("20")});
    EXPECT_TRUE(exporter.exportAction()->isEnabled());
    view.selectionModel()->select(model.index(1, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_TRUE(exporter.copyAction()->isEnabled());

    QSignalSpy said(&exporter, &TableExport::message);
    ASSERT_TRUE(exporter.copySelection());
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("贵安, \"东区\"\t20\n"));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("centers.csv"));
    ASSERT_TRUE(exporter.exportCsv(path));
    EXPECT_TRUE(said.last().at(0).toString().startsWith(QStringLiteral("Saved 2 row")));
    EXPECT_TRUE(said.last().at(0).toString().endsWith(path + QLatin1Char('.')));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto records =
        parseCsv(std::string_view(bytes.constData() + 3, size_t(bytes.size() - 3)));
    ASSERT_TRUE(records.ok()) << records.error();
    ASSERT_EQ(records.value().size(), 3u);
    EXPECT_EQ(records.value()[0].fields, (std::vector<std::string>{"中心", "Chips"}));
    EXPECT_EQ(records.value()[1].fields, (std::vector<std::string>{"乌兰察布", "40,000"}));
    EXPECT_EQ(records.value()[2].fields, (std::vector<std::string>{"贵安, \"东区\"", "20"}));

    EXPECT_FALSE(exporter.exportCsv(dir.filePath(QStringLiteral("missing/centers.csv"))));
    EXPECT_TRUE(said.last().at(0).toString().startsWith(QStringLiteral("Could not write")));
    EXPECT_TRUE(exporter.suggestedFileName().startsWith(QStringLiteral("centers-")));
}

TEST(MainWindow, EveryTableExportsCsvAndEveryChartSavesPngAndSvg)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FleetOptions options;
    options.simChips = 1'000;
    options.dbPath = dir.filePath(QStringLiteral("history.db"));
    FleetBridge bridge(options);
    MainWindow window(&bridge);

    const QList<QTableView *> tables = window.findChildren<QTableView *>();
    ASSERT_GE(tables.size(), 6); // centers, alerts, top chips, events, datasets, 2 figure tables
    for (const QTableView *table : tables) {
        EXPECT_NE(action(table, "exportCsv"), nullptr)
            << table->objectName().toStdString() << " in "
            << table->parent()->metaObject()->className();
        EXPECT_NE(action(table, "copyRows"), nullptr);
    }
    QList<QWidget *> charts;
    for (QChartView *view : window.findChildren<QChartView *>())
        charts << view;
    ASSERT_GE(charts.size(), 15);
    charts << window.findChild<HeatmapView *>();
    for (const QWidget *chart : charts) {
        ASSERT_NE(chart, nullptr);
        for (const char *name : {"copyChart", "saveChartPng", "saveChartSvg"})
            EXPECT_NE(action(chart, name), nullptr)
                << name << " on a " << chart->metaObject()->className() << " in "
                << chart->parent()->metaObject()->className();
        EXPECT_EQ(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
    }
}

} // namespace
} // namespace scb
