// Renders the heatmap and KPI tiles offscreen to PNG (light and dark palettes, 1920x1080
// and 1366x768, 200,000 chips) for visual review, and prints how long the heatmap takes
// to colour and repaint 200,000 cells next to the naive fillRect-per-chip way.
//
//   scb_widget_shots [output-folder]     (default /tmp/widgets-shots)

#include "heatmapview.h"
#include "kpitile.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace {

struct Fleet
{
    QList<HeatmapGroup> groups;
    std::vector<qint32> utilization;
};

// Synthetic, deterministic: training jobs hold runs of nodes near full load, inference
// pools sit in the middle, idle pools low, a few nodes offline (no data).
Fleet syntheticFleet(const std::vector<std::pair<QString, int>> &centers, unsigned seed)
{
    Fleet fleet;
    int first = 0;
    for (const auto &[name, chips] : centers) {
        fleet.groups.push_back({name, first, chips, 8});
        first += chips;
    }
    fleet.utilization.resize(size_t(first));
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    size_t node = 0;
    const size_t nodes = size_t(first) / 8;
    while (node < nodes) {
        const double kind = unit(rng);
        const size_t run = 4 + size_t(unit(rng) * (kind < 0.55 ? 400 : 60));
        for (size_t n = node; n < std::min(nodes, node + run); ++n) {
            const bool offline = unit(rng) < 0.004;
            for (size_t c = n * 8; c < n * 8 + 8; ++c) {
                double v;
                if (kind < 0.55)
                    v = 88 + unit(rng) * 12; // training
                else if (kind < 0.85)
                    v = 35 + unit(rng) * 35; // inference
                else
                    v = unit(rng) * 8; // idle pool
                if (unit(rng) < 0.002)
                    v = 100; // throttled hot spot
                fleet.utilization[c] = offline ? -1 : qint32(v);
            }
        }
        node += run;
    }
    return fleet;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Base, QColor(0x24, 0x29, 0x30));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x31, 0x39));
    p.setColor(QPalette::Text, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Button, QColor(0x2b, 0x31, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x31, 0x39));
    p.setColor(QPalette::ToolTipText, QColor(0xe3, 0xe6, 0xea));
    return p;
}

// An Overview-like page: a row of tiles over the heatmap.
class OverviewMock : public QWidget
{
public:
    explicit OverviewMock(const Fleet &fleet)
    {
        auto *column = new QVBoxLayout(this);
        column->setContentsMargins(12, 12, 12, 12);
        column->setSpacing(12);
        auto *tiles = new QHBoxLayout;
        tiles->setSpacing(12);
        column->addLayout(tiles);
        const auto tile = [&](const QString &title, const QString &value, const QString &sub,
                              const QString &trend, double progress, KpiTile::Status status) {
            auto *t = new KpiTile(this);
            t->setTitle(title);
            t->setValueText(value);
            t->setSubText(sub);
            t->setTrendText(trend);
            t->setProgressVisible(progress >= 0);
            t->setProgress(progress);
            t->setStatus(status);
            tiles->addWidget(t);
        };
        tile(tr("Chips online"), QStringLiteral("199,212"),
             QStringLiteral("of 200,000 · target 200,000"), QStringLiteral("▲ 1,240 / 24 h"),
             199212.0 / 200000, KpiTile::Status::Normal);
        tile(tr("Average utilization"), QStringLiteral("71.4 %"),
             QStringLiteral("training 55 % of nodes"), QStringLiteral("▲ 2.1 pt"), 0.714,
             KpiTile::Status::Normal);
        tile(tr("Power draw"), QStringLiteral("61.8 MW"), QStringLiteral("of 75 MW contracted"),
             QStringLiteral("▼ 0.4 MW"), 61.8 / 75, KpiTile::Status::Warning);
        tile(tr("Open alerts"), QStringLiteral("17"), QStringLiteral("3 XID · 9 ECC · 5 thermal"),
             QString(), -1, KpiTile::Status::Critical);
        tile(tr("Companies on cloud"), QStringLiteral("30,000"), QStringLiteral("province-wide"),
             QString(), -1, KpiTile::Status::Normal);
        heatmap = new HeatmapView(this);
        heatmap->setGroups(fleet.groups);
        heatmap->setColorScale(
            ColorScale(tr("Utilization"), 0, 100, QStringLiteral("%"), ColorMap::heat()));
        heatmap->setValues(fleet.utilization);
        column->addWidget(heatmap, 1);
    }
    HeatmapView *heatmap = nullptr;
};

bool save(QWidget &widget, const QString &path)
{
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED to write", qPrintable(path));
    return ok;
}

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

void timeHeatmap(const Fleet &fleet)
{
    HeatmapView view;
    view.resize(1920, 1080);
    view.setGroups(fleet.groups);
    view.setValues(fleet.utilization);
    view.show();
    QApplication::processEvents();
    (void)view.image(); // layout done outside the timing

    // Each tick brings new values: rotate them so the work is not a repeat.
    std::vector<qint32> values = fleet.utilization;
    QImage target(view.size(), QImage::Format_RGB32);
    std::vector<double> setMs, paintMs, bothMs;
    QElapsedTimer timer;
    for (int i = 0; i < 200; ++i) {
        std::rotate(values.begin(), values.begin() + 997, values.end());
        timer.start();
        view.setValues(values);
        const qint64 afterSet = timer.nsecsElapsed();
        view.render(&target); // the full paintEvent: image blit, titles, legend
        const qint64 afterPaint = timer.nsecsElapsed();
        setMs.push_back(afterSet / 1e6);
        paintMs.push_back((afterPaint - afterSet) / 1e6);
        bothMs.push_back(afterPaint / 1e6);
    }
    std::vector<double> repaintMs;
    for (int i = 0; i < 200; ++i) {
        timer.start();
        view.repaint(); // through the offscreen backing store, as on screen
        repaintMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    // The naive way: one fillRect per chip.
    std::vector<double> naiveMs;
    const ColorScale scale = view.colorScale();
    for (int i = 0; i < 20; ++i) {
        timer.start();
        QPainter painter(&target);
        for (int cell = 0; cell < int(values.size()); ++cell)
            painter.fillRect(view.cellRect(cell),
                             QColor::fromRgb(scale.colorFor(values[size_t(cell)])));
        painter.end();
        naiveMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::vector<double> relayoutMs;
    for (int i = 0; i < 20; ++i) {
        timer.start();
        view.resize(i % 2 ? QSize(1920, 1080) : QSize(1900, 1000));
        (void)view.image(); // relayout, background and every cell
        relayoutMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("heatmap %d cells at 1920x1080 (cell %dx%d px, gap %d), median of 200 runs:\n",
                view.cellCount(), view.cellSize().width(), view.cellSize().height(),
                view.cellRect(8).left() - view.cellRect(3).right() - 1);
    std::printf("  setValues (copy + LUT + write into image): %.3f ms\n", medianMs(setMs));
    std::printf("  full paintEvent via render():              %.3f ms\n", medianMs(paintMs));
    std::printf("  setValues + render:                         %.3f ms\n", medianMs(bothMs));
    std::printf("  repaint() through the backing store:        %.3f ms\n", medianMs(repaintMs));
    std::printf("  relayout on resize (median of 20):          %.3f ms\n", medianMs(relayoutMs));
    std::printf("  naive fillRect per chip (median of 20):     %.3f ms  (%.0fx slower than "
                "setValues + render)\n",
                medianMs(naiveMs), medianMs(naiveMs) / medianMs(bothMs));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString outDir =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/widgets-shots");
    QDir().mkpath(outDir);

    const Fleet big = syntheticFleet({{QStringLiteral("Gui'an Huawei Cloud"), 80000},
                                      {QStringLiteral("Gui'an China Telecom"), 60000},
                                      {QStringLiteral("Guiyang Big Data Center"), 40000},
                                      {QStringLiteral("Gui'an Data Training Base"), 20000}},
                                     7);
    const Fleet today = syntheticFleet({{QStringLiteral("Gui'an Huawei Cloud"), 32000},
                                        {QStringLiteral("Gui'an China Telecom"), 24000},
                                        {QStringLiteral("Guiyang Big Data Center"), 16000},
                                        {QStringLiteral("Gui'an Data Training Base"), 8000}},
                                       11);
    const QPalette light = QApplication::style()->standardPalette();
    for (const auto &[paletteName, palette] : {std::pair{QStringLiteral("light"), light},
                                               std::pair{QStringLiteral("dark"), darkPalette()}}) {
        QApplication::setPalette(palette);
        for (QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
            const QString suffix =
                QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(paletteName);
            HeatmapView heatmap;
            heatmap.resize(size);
            heatmap.setGroups(big.groups);
            heatmap.setColorScale(
                ColorScale(QStringLiteral("Utilization"), 0, 100, QStringLiteral("%")));
            heatmap.setValues(big.utilization);
            save(heatmap,
                 outDir + QStringLiteral("/heatmap-200k-") + suffix + QStringLiteral(".png"));
            OverviewMock overview(big);
            overview.resize(size);
            save(overview,
                 outDir + QStringLiteral("/overview-200k-") + suffix + QStringLiteral(".png"));
        }
        HeatmapView heatmap;
        heatmap.resize(1920, 1080);
        heatmap.setGroups(today.groups);
        heatmap.setColorScale(
            ColorScale(QStringLiteral("Utilization"), 0, 100, QStringLiteral("%")));
        heatmap.setValues(today.utilization);
        save(heatmap, outDir + QStringLiteral("/heatmap-80k-1920x1080-") + paletteName +
                          QStringLiteral(".png"));
        heatmap.resize(200, 150);
        save(heatmap, outDir + QStringLiteral("/heatmap-80k-200x150-") + paletteName +
                          QStringLiteral(".png"));
        // Hover: the node outline and, with the pointer still, the tooltip's text.
        heatmap.resize(1920, 1080);
        const QPoint hoverAt = heatmap.cellRect(20003).center();
        QMouseEvent move(QEvent::MouseMove, QPointF(hoverAt), QPointF(heatmap.mapToGlobal(hoverAt)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(&heatmap, &move);
        heatmap.grab(QRect(hoverAt - QPoint(120, 60), QSize(240, 120)))
            .scaled(720, 360)
            .save(outDir + QStringLiteral("/heatmap-hover-x3-") + paletteName +
                  QStringLiteral(".png"));

        QWidget sizes;
        sizes.resize(1000, 180);
        int x = 10;
        for (QSize tileSize : {QSize(170, 92), QSize(230, 110), QSize(260, 136), QSize(300, 160)}) {
            auto *t = new KpiTile(&sizes);
            t->setTitle(QStringLiteral("Chips online"));
            t->setValueText(QStringLiteral("79,412"));
            t->setSubText(QStringLiteral("of 80,000 · target 200,000"));
            t->setTrendText(QStringLiteral("▲ 312 / 24 h"));
            t->setProgressVisible(true);
            t->setProgress(79412.0 / 200000);
            t->setStatus(tileSize.width() == 230 ? KpiTile::Status::Warning
                                                 : KpiTile::Status::Normal);
            t->setGeometry(QRect(QPoint(x, 10), tileSize));
            x += tileSize.width() + 12;
        }
        save(sizes,
             outDir + QStringLiteral("/kpitile-sizes-") + paletteName + QStringLiteral(".png"));

        HeatmapView waiting;
        waiting.resize(640, 360);
        save(waiting,
             outDir + QStringLiteral("/heatmap-empty-") + paletteName + QStringLiteral(".png"));
    }
    QApplication::setPalette(light);
    timeHeatmap(big);
    return 0;
}
