#include "chipspage.h"

#include "chartexport.h"
#include "chipdetailview.h"
#include "chiptablespanel.h"
#include "formatting.h"
#include "heatmapview.h"
#include "timerangebar.h"
#include "utilizationhistogram.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace scb {

namespace {

struct ShownItem
{
    ChipsPage::Shown shown;
    const char *label;
    const char *title; // the heatmap's title
};
constexpr ShownItem kShown[] = {
    {ChipsPage::Shown::Utilization, QT_TRANSLATE_NOOP("scb::ChipsPage", "Utilization"),
     QT_TRANSLATE_NOOP("scb::ChipsPage", "Utilization")},
    {ChipsPage::Shown::Temperature, QT_TRANSLATE_NOOP("scb::ChipsPage", "Temperature"),
     QT_TRANSLATE_NOOP("scb::ChipsPage", "Temperature")},
    {ChipsPage::Shown::Power, QT_TRANSLATE_NOOP("scb::ChipsPage", "Power"),
     QT_TRANSLATE_NOOP("scb::ChipsPage", "Power draw")},
    {ChipsPage::Shown::MemoryUsed, QT_TRANSLATE_NOOP("scb::ChipsPage", "Memory used"),
     QT_TRANSLATE_NOOP("scb::ChipsPage", "Memory used")},
    {ChipsPage::Shown::State, QT_TRANSLATE_NOOP("scb::ChipsPage", "State"),
     QT_TRANSLATE_NOOP("scb::ChipsPage", "State")},
};

Metric metricOf(ChipsPage::Shown shown)
{
    switch (shown) {
    case ChipsPage::Shown::Utilization:
        return Metric::Utilization;
    case ChipsPage::Shown::Temperature:
        return Metric::Temperature;
    case ChipsPage::Shown::Power:
        return Metric::Power;
    case ChipsPage::Shown::MemoryUsed:
        return Metric::MemoryUsed;
    case ChipsPage::Shown::State:
        return Metric::State;
    }
    return Metric::Utilization;
}

// Offline, online, throttled, fault, maintenance: five flat bands of the map,
// in colours that read as such (grey-blue, green, amber, red, violet).
ColorMap stateColorMap()
{
    const QRgb colors[] = {qRgb(0x47, 0x55, 0x69), qRgb(0x22, 0xa0, 0x4b), qRgb(0xf5, 0x9e, 0x0b),
                           qRgb(0xdc, 0x26, 0x26), qRgb(0x8b, 0x5c, 0xf6)};
    std::vector<ColorMap::Anchor> anchors;
    for (int i = 0; i < 5; ++i) {
        anchors.push_back({i / 5.0 + 0.001, colors[i]});
        anchors.push_back({(i + 1) / 5.0 - 0.001, colors[i]});
    }
    return ColorMap::fromAnchors(anchors, QStringLiteral("state"));
}

// The heatmap draws racks when a center's racks are uniform: every node but the
// last holds cellsPerUnit chips, and every rack but the last holds the same
// number of consecutive nodes. Returns that number, or 0 (no rack level).
int uniformRackSize(const Inventory &inv, uint32_t nodeBegin, uint32_t nodeEnd, int cellsPerUnit)
{
    int rackSize = 0;
    int run = 0;
    for (uint32_t n = nodeBegin; n < nodeEnd; ++n) {
        const Node &node = inv.nodes[n];
        if (n + 1 < nodeEnd && node.chipCount != uint32_t(cellsPerUnit))
            return 0;
        ++run;
        const bool rackEnds = n + 1 == nodeEnd || inv.nodes[n + 1].rack != node.rack;
        if (!rackEnds)
            continue;
        if (n + 1 < nodeEnd) { // a full rack
            if (rackSize == 0)
                rackSize = run;
            else if (run != rackSize)
                return 0;
        } else if (rackSize != 0 && run > rackSize) { // the last may be partial, not larger
            return 0;
        } else if (rackSize == 0) {
            rackSize = run; // one rack only
        }
        run = 0;
    }
    return rackSize >= 2 ? rackSize : 0;
}

} // namespace

ChipsPage::ChipsPage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_heatmap(new HeatmapView(this))
    , m_heatmapTitle(new QLabel(this))
    , m_breadcrumb(new QLabel(this))
    , m_selection(new QLabel(this))
    , m_centerLegend(new QLabel(this))
    , m_metricBox(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_chipView(new ChipDetailView(this))
    , m_bottom(new QTabWidget(this))
    , m_chart(new HistoryChart(HistoryChart::utilizationPerCenter(), this))
    , m_powerChart(new HistoryChart(HistoryChart::fleetPower(), this))
    , m_hottestChart(new HistoryChart(HistoryChart::hottestTemperature(), this))
    , m_histogram(new UtilizationHistogram(this))
    , m_tables(new ChipTablesPanel(this))
    , m_range(new TimeRangeController(settings, this))
    , m_rangeBar(new TimeRangeBar(m_range, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *header = new QHBoxLayout;
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    connect(m_breadcrumb, &QLabel::linkActivated, this, &ChipsPage::onBreadcrumbLink);
    header->addWidget(m_breadcrumb);
    header->addSpacing(12);
    QFont titleFont = m_heatmapTitle->font();
    titleFont.setBold(true);
    m_heatmapTitle->setTextFormat(Qt::RichText);
    header->addWidget(m_heatmapTitle, 1);
    m_selection->setTextFormat(Qt::RichText);
    m_selection->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                         Qt::LinksAccessibleByKeyboard);
    m_selection->hide();
    connect(m_selection, &QLabel::linkActivated, this, [this] { m_heatmap->clearSelection(); });
    header->addWidget(m_selection);
    header->addSpacing(12);
    auto *colourBy = new QLabel(tr("Colour by:"), this);
    header->addWidget(colourBy);
    for (const ShownItem &item : kShown)
        m_metricBox->addItem(tr(item.label), int(item.shown));
    colourBy->setBuddy(m_metricBox);
    connect(m_metricBox, &QComboBox::activated, this,
            [this](int index) { setShown(Shown(m_metricBox->itemData(index).toInt())); });
    header->addWidget(m_metricBox);
    layout->addLayout(header);

    m_stack->addWidget(m_heatmap);
    m_stack->addWidget(m_chipView);
    layout->addWidget(m_stack, 3);

    // Under the heatmap: the trends, four charts side by side, one range for all.
    auto *trends = new QWidget(this);
    auto *grid = new QGridLayout(trends);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setSpacing(6);
    const struct
    {
        QChartView *view;
        QString title;
        int stretch;
    } charts[] = {
        {m_chart, tr("Mean utilization per center (%)"), 3},
        {m_powerChart, tr("Total power (MW)"), 2},
        {m_hottestChart, tr("Hottest chip per center (°C)"), 3},
        {m_histogram, QString(), 2}, // titles itself: what it shows, over how many chips
    };
    QFont chartTitleFont = titleFont;
    for (int i = 0; i < int(std::size(charts)); ++i) {
        if (!charts[i].title.isEmpty())
            charts[i].view->chart()->setTitle(charts[i].title);
        charts[i].view->chart()->setTitleFont(chartTitleFont);
        grid->addWidget(charts[i].view, 1, i);
        grid->setColumnStretch(i, charts[i].stretch);
    }
    // Both per-center charts share one legend, on a line above them.
    m_chart->setLegendVisible(false);
    m_hottestChart->setLegendVisible(false);
    m_centerLegend->setTextFormat(Qt::RichText);
    grid->addWidget(m_centerLegend, 0, 0, 1, int(std::size(charts)));
    m_bottom->addTab(trends, tr("Trends"));
    m_bottom->addTab(m_tables, tr("Top chips"));
    connect(m_tables, &ChipTablesPanel::chipActivated, this,
            [this](uint32_t chip) { showChip(chip); });
    connect(m_tables, &ChipTablesPanel::eventCountsWanted, this, [this] {
        const int64_t now =
            m_snapshot ? m_snapshot->tick->unixMs : QDateTime::currentMSecsSinceEpoch();
        const auto [from, to] = m_range->range().resolve(now);
        emit eventCountsRequested(from, to, ++m_countsSerial);
    });
    m_bottom->setCornerWidget(m_rangeBar, Qt::TopRightCorner);
    m_bottom->setDocumentMode(true);
    layout->addWidget(m_bottom, 2);

    // One range for every chart of the page; a drag on a chart zooms it.
    connect(m_range, &TimeRangeController::rangeChanged, this, &ChipsPage::applyRange);
    connect(m_range, &TimeRangeController::refreshRequested, this, [this] {
        for (HistoryChart *chart : historyCharts())
            chart->requestHistory();
        m_tables->invalidateEventCounts();
        if (m_level == Level::Chip)
            applyRange();
    });
    for (HistoryChart *chart : historyCharts())
        connect(chart, &HistoryChart::zoomRequested, m_range, &TimeRangeController::zoomTo);
    auto *back = new QAction(this);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(back, &QAction::triggered, m_range, &TimeRangeController::back);
    auto *forward = new QAction(this);
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(forward, &QAction::triggered, m_range, &TimeRangeController::forward);
    addAction(back);
    addAction(forward);
    for (HistoryChart *chart : historyCharts())
        chart->setRange(m_range->range());

    m_heatmap->setToolTipProvider([this](int cell) { return chipToolTip(cell); });
    new ChartExport(m_heatmap, QStringLiteral("heatmap"));
    connect(m_heatmap, &HeatmapView::cellClicked, this, [this](int cell) {
        if (cell >= 0)
            showChip(uint32_t(cell));
    });
    // A selection on the heatmap narrows the tables and the distribution to it.
    connect(m_heatmap, &HeatmapView::selectionChanged, this, &ChipsPage::updateScope);
    updateColorScale();
    updateBreadcrumb();
}

void ChipsPage::setRangeMinutes(int minutes)
{
    const auto presets = TimeRangeController::presets();
    for (int i = 0; i < presets.size(); ++i) {
        if (presets[i].spanMs == int64_t(minutes) * 60'000)
            m_range->setPreset(i);
    }
}

void ChipsPage::applyRange()
{
    const TimeRange &range = m_range->range();
    for (HistoryChart *chart : historyCharts())
        chart->setRange(range);
    m_tables->invalidateEventCounts();
    if (m_level == Level::Chip) {
        const int64_t now =
            m_snapshot ? m_snapshot->tick->unixMs : QDateTime::currentMSecsSinceEpoch();
        const auto [from, to] = range.resolve(now);
        m_chipView->setRange(from, to, range.isLive());
    }
}

void ChipsPage::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    m_index = std::make_shared<const InventoryIndex>(InventoryIndex::build(*m_inventory));
    m_snapshot.reset();
    m_chipView->setInventory(m_inventory, m_index);
    m_tables->setInventory(m_inventory, m_index);
    for (HistoryChart *chart : historyCharts())
        chart->setInventory(m_inventory);
    updateCenterLegend();
    updateColorScale();
    showFleet();
}

void ChipsPage::setSnapshot(SnapshotPtr snapshot)
{
    if (!snapshot || !m_inventory || snapshot->inventory->version != m_inventory->version ||
        snapshot->tick->chipCount() != m_inventory->chipCount())
        return;
    m_snapshot = std::move(snapshot);
    for (HistoryChart *chart : historyCharts())
        chart->appendLive(*m_snapshot);
    m_histogram->setSnapshot(m_snapshot);
    m_tables->setSnapshot(m_snapshot);
    if (m_level == Level::Chip)
        m_chipView->setSnapshot(m_snapshot);
    else
        updateHeatmapValues();
}

void ChipsPage::setShown(Shown shown)
{
    m_shown = shown;
    const int index = m_metricBox->findData(int(shown));
    if (index >= 0)
        m_metricBox->setCurrentIndex(index);
    updateColorScale();
    updateHeatmapValues();
    updateBreadcrumb();
}

void ChipsPage::updateHeatmapValues()
{
    if (!m_snapshot)
        return;
    const auto &column = m_snapshot->tick->column(metricOf(m_shown));
    if (m_shown != Shown::State) {
        m_heatmap->setValues(column.data(), qsizetype(column.size()));
        return;
    }
    m_derived.resize(column.size());
    std::transform(column.begin(), column.end(), m_derived.begin(), &chipStateCategory);
    m_heatmap->setValues(m_derived.data(), qsizetype(m_derived.size()));
}

void ChipsPage::updateColorScale()
{
    uint32_t maxWatts = 0;
    uint32_t maxMemory = 0;
    if (m_inventory) {
        for (const ChipModel &model : m_inventory->models) {
            maxWatts = std::max(maxWatts, model.tdpWatts);
            maxMemory = std::max(maxMemory, model.memoryMiB);
        }
    }
    switch (m_shown) {
    case Shown::Utilization:
        m_heatmap->setColorScale(ColorScale(tr("Utilization"), 0, 100, tr("%")));
        break;
    case Shown::Temperature:
        // 30 °C idle to 95 °C, past the usual 83 / 87 °C slowdown points.
        m_heatmap->setColorScale(ColorScale(tr("Temperature"), 30, 95, tr("°C")));
        break;
    case Shown::Power:
        m_heatmap->setColorScale(
            ColorScale(tr("Power"), 0, qint32(maxWatts > 0 ? maxWatts : 700), tr("W")));
        break;
    case Shown::MemoryUsed:
        m_heatmap->setColorScale(ColorScale(tr("Memory used"), 0,
                                            qint32(maxMemory > 0 ? maxMemory : 81'920), tr("MiB"),
                                            ColorMap::viridis()));
        break;
    case Shown::State: {
        ColorScale scale(tr("State"), 0, 4, QString(), stateColorMap());
        scale.setCategories(chipStateCategoryNames());
        m_heatmap->setColorScale(scale);
        break;
    }
    }
}

void ChipsPage::applyGroups()
{
    if (!m_inventory || !m_index)
        return;
    const Inventory &inv = *m_inventory;
    QList<HeatmapGroup> groups;
    auto centerGroup = [&](size_t c) {
        HeatmapGroup group;
        group.label = QString::fromStdString(inv.centers[c].name);
        group.firstCell = int(m_index->centerFirstChip[c]);
        group.cellCount = int(m_index->centerFirstChip[c + 1] - m_index->centerFirstChip[c]);
        group.cellsPerUnit = 8;
        group.unitsPerRack = uniformRackSize(inv, m_index->centerNodeBegin[c],
                                             m_index->centerNodeBegin[c + 1], group.cellsPerUnit);
        return group;
    };
    if (m_level == Level::Center && m_center >= 0) {
        groups << centerGroup(size_t(m_center));
    } else if (m_level == Level::Node && m_node >= 0) {
        const Node &node = inv.nodes[size_t(m_node)];
        HeatmapGroup group;
        group.label = QString::fromStdString(node.name);
        group.firstCell = int(node.firstChip);
        group.cellCount = int(node.chipCount);
        group.cellsPerUnit = int(std::max<uint32_t>(1, node.chipCount));
        groups << group;
    } else {
        for (size_t c = 0; c < inv.centers.size(); ++c)
            groups << centerGroup(c);
    }
    m_heatmap->setGroups(groups);
}

void ChipsPage::showFleet()
{
    m_level = Level::Fleet;
    m_center = -1;
    m_node = -1;
    applyGroups();
    m_stack->setCurrentWidget(m_heatmap);
    updateHeatmapValues();
    updateScope();
    updateBreadcrumb();
}

void ChipsPage::showCenter(int center)
{
    if (!m_inventory || center < 0 || size_t(center) >= m_inventory->centers.size())
        return;
    m_level = Level::Center;
    m_center = center;
    m_node = -1;
    applyGroups();
    m_stack->setCurrentWidget(m_heatmap);
    updateHeatmapValues();
    updateScope();
    updateBreadcrumb();
}

void ChipsPage::showNode(int node)
{
    if (!m_inventory || node < 0 || size_t(node) >= m_inventory->nodes.size())
        return;
    m_level = Level::Node;
    m_node = node;
    m_center = int(m_inventory->nodes[size_t(node)].center);
    applyGroups();
    m_stack->setCurrentWidget(m_heatmap);
    updateHeatmapValues();
    updateScope();
    updateBreadcrumb();
}

void ChipsPage::showChip(uint32_t chip)
{
    if (!m_inventory || !m_index || chip >= m_inventory->chipCount())
        return;
    m_level = Level::Chip;
    m_chip = chip;
    m_node = int(m_index->chipNode[chip]);
    m_center = int(m_inventory->nodes[size_t(m_node)].center);
    const int64_t now = m_snapshot ? m_snapshot->tick->unixMs : QDateTime::currentMSecsSinceEpoch();
    const auto [from, to] = m_range->range().resolve(now);
    m_chipView->showChip(chip, from, to, m_range->isLive());
    if (m_snapshot)
        m_chipView->setSnapshot(m_snapshot);
    m_stack->setCurrentWidget(m_chipView);
    updateScope();
    updateBreadcrumb();
}

void ChipsPage::updateCenterLegend()
{
    if (!m_inventory)
        return;
    const auto entry = [this](int scope, const QString &name) {
        const QPen pen = m_chart->penOf(scope);
        const QString mark =
            pen.style() == Qt::DashLine ? QStringLiteral("╌╌") : QStringLiteral("━━");
        return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>&nbsp;%3")
            .arg(pen.color().name(QColor::HexRgb), mark, name.toHtmlEscaped());
    };
    QStringList entries{entry(kFleetScope, tr("Whole fleet"))};
    for (size_t c = 0; c < m_inventory->centers.size(); ++c)
        entries << entry(int(c), QString::fromStdString(m_inventory->centers[c].name));
    m_centerLegend->setText(entries.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
}

void ChipsPage::updateScope()
{
    std::vector<uint32_t> scope;
    const bool selected = m_level != Level::Chip && m_heatmap->hasSelection();
    if (selected) {
        const std::vector<int> &cells = m_heatmap->selectedCells();
        scope.assign(cells.begin(), cells.end());
    } else if (m_inventory && m_index && m_level != Level::Fleet) {
        uint32_t first = 0;
        uint32_t count = 0;
        if (m_level == Level::Center && m_center >= 0) {
            first = m_index->centerFirstChip[size_t(m_center)];
            count = m_index->centerFirstChip[size_t(m_center) + 1] - first;
        } else if (m_node >= 0) { // a node, or the chip shown and its node
            first = m_inventory->nodes[size_t(m_node)].firstChip;
            count = m_inventory->nodes[size_t(m_node)].chipCount;
        }
        scope.resize(count);
        std::iota(scope.begin(), scope.end(), first);
    }
    m_scope = std::move(scope);
    m_histogram->setScope(m_scope);
    m_tables->setScope(m_scope);
    m_selection->setVisible(selected);
    if (selected)
        m_selection->setText(tr("<b>%Ln chip(s) selected</b> · <a href=\"clear\">clear</a>",
                                nullptr, int(m_scope.size())));
    for (HistoryChart *chart : historyCharts())
        chart->setFocusCenter(m_level == Level::Fleet ? -1 : m_center);
    updateCenterLegend();
}

QString ChipsPage::breadcrumbText() const
{
    return QTextDocumentFragment::fromHtml(m_breadcrumb->text()).toPlainText();
}

void ChipsPage::updateBreadcrumb()
{
    const QString separator = QStringLiteral(" &rsaquo; ");
    const auto link = [](const QString &href, const QString &text, bool current) {
        return current ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped())
                       : QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text.toHtmlEscaped());
    };
    QString html = link(QStringLiteral("fleet"), tr("Fleet"), m_level == Level::Fleet);
    if (m_inventory && m_center >= 0 && size_t(m_center) < m_inventory->centers.size())
        html +=
            separator + link(QStringLiteral("center:%1").arg(m_center),
                             QString::fromStdString(m_inventory->centers[size_t(m_center)].name),
                             m_level == Level::Center);
    if (m_inventory && m_node >= 0 && size_t(m_node) < m_inventory->nodes.size())
        html += separator + link(QStringLiteral("node:%1").arg(m_node),
                                 QString::fromStdString(m_inventory->nodes[size_t(m_node)].name),
                                 m_level == Level::Node);
    if (m_level == Level::Chip)
        html += separator + link({}, tr("Chip %1").arg(QLocale().toString(m_chip)), true);
    m_breadcrumb->setText(html);

    QString title;
    for (const ShownItem &item : kShown) {
        if (item.shown == m_shown)
            title = tr(item.title);
    }
    QString heading;
    switch (m_level) {
    case Level::Fleet:
        heading = tr("· %1 of every chip, by center, rack and node").arg(title);
        break;
    case Level::Center:
    case Level::Node:
        heading = tr("· %1 of every chip here").arg(title);
        break;
    case Level::Chip:
        heading = tr("· History and events of one chip");
        break;
    }
    QString heads = QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    if (m_level != Level::Chip) {
        const QColor muted = palette().color(QPalette::PlaceholderText);
        heads += QStringLiteral("&nbsp;&nbsp;<span style=\"color:%1\">%2</span>")
                     .arg(muted.name(),
                          tr("click a chip for its history · drag to select · wheel to zoom")
                              .toHtmlEscaped());
    }
    m_heatmapTitle->setText(heads);
    m_metricBox->setEnabled(m_level != Level::Chip);
}

void ChipsPage::onBreadcrumbLink(const QString &link)
{
    if (link == QLatin1String("fleet")) {
        showFleet();
    } else if (link.startsWith(QLatin1String("center:"))) {
        showCenter(link.mid(7).toInt());
    } else if (link.startsWith(QLatin1String("node:"))) {
        showNode(link.mid(5).toInt());
    }
}

QString ChipsPage::chipToolTip(int chip) const
{
    if (!m_inventory || chip < 0 || uint32_t(chip) >= m_inventory->chipCount())
        return {};
    const Inventory &inv = *m_inventory;
    QString nodeName;
    QString centerName;
    QString modelName;
    uint32_t memoryMiB = 0;
    if (m_index) {
        const Node &node = inv.nodes[m_index->chipNode[size_t(chip)]];
        nodeName = QString::fromStdString(node.name);
        if (node.center < inv.centers.size())
            centerName = QString::fromStdString(inv.centers[node.center].name);
        if (node.model < inv.models.size()) {
            modelName = QString::fromStdString(inv.models[node.model].vendor + " " +
                                               inv.models[node.model].name);
            memoryMiB = inv.models[node.model].memoryMiB;
        }
    }
    const QLocale locale;
    QString text =
        tr("<b>Chip %1</b> · %2<br>Node %3 · %4<br>%5")
            .arg(locale.toString(chip),
                 QString::fromStdString(formatUuid(inv.chipUuids[size_t(chip)])),
                 nodeName.toHtmlEscaped(), centerName.toHtmlEscaped(), modelName.toHtmlEscaped());
    if (m_snapshot) {
        const FleetTick &tick = *m_snapshot->tick;
        const auto value = [&](Metric m) {
            return tick.column(m)[size_t(chip)];
        };
        const auto show = [&](int32_t v, const QString &unit) {
            return v == kNoData ? tr("no data") : unit.arg(locale.toString(v));
        };
        text += tr("<br>Utilization %1 · Temperature %2<br>Power %3 · Memory %4 of %5")
                    .arg(show(value(Metric::Utilization), tr("%1 %")),
                         show(value(Metric::Temperature), tr("%1 °C")),
                         show(value(Metric::Power), tr("%1 W")),
                         show(value(Metric::MemoryUsed), tr("%1 MiB")),
                         tr("%1 MiB").arg(locale.toString(memoryMiB)));
        text += tr("<br>State: %1").arg(chipStateText(value(Metric::State)));
    }
    text += tr("<br><i>Click for its history and events.</i>");
    return text;
}

} // namespace scb
