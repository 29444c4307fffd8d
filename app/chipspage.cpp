#include "chipspage.h"

#include "formatting.h"
#include "heatmapview.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace scb {

namespace {

struct RangePreset
{
    int minutes;
    const char *label;
};
constexpr RangePreset kRanges[] = {
    {15, QT_TRANSLATE_NOOP("ChipsPage", "15 min")},
    {60, QT_TRANSLATE_NOOP("ChipsPage", "1 h")},
    {360, QT_TRANSLATE_NOOP("ChipsPage", "6 h")},
    {1440, QT_TRANSLATE_NOOP("ChipsPage", "24 h")},
};

QString stateText(int32_t state)
{
    if (state == kNoData)
        return ChipsPage::tr("no data");
    QStringList parts;
    parts << ((state & ChipState::Online) ? ChipsPage::tr("online") : ChipsPage::tr("offline"));
    if (state & ChipState::Maintenance)
        parts << ChipsPage::tr("maintenance");
    if (state & ChipState::Throttled)
        parts << ChipsPage::tr("throttled");
    if (state & ChipState::EccError)
        parts << ChipsPage::tr("ECC error");
    if (state & ChipState::XidEvent)
        parts << ChipsPage::tr("XID event");
    if (state & ChipState::HealthFault)
        parts << ChipsPage::tr("health fault");
    return parts.join(QStringLiteral(", "));
}

} // namespace

ChipsPage::ChipsPage(QWidget *parent)
    : QWidget(parent)
    , m_heatmap(new HeatmapView(this))
    , m_heatmapTitle(new QLabel(this))
    , m_chart(new HistoryChart(HistoryChart::utilizationPerCenter(), this))
    , m_rangeButtons(new QButtonGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_heatmapTitle->setText(tr("Fleet heatmap — utilization of every chip, by center and node"));
    QFont titleFont = m_heatmapTitle->font();
    titleFont.setBold(true);
    m_heatmapTitle->setFont(titleFont);
    layout->addWidget(m_heatmapTitle);
    layout->addWidget(m_heatmap, 3);

    auto *chartHeader = new QHBoxLayout;
    auto *chartTitle = new QLabel(tr("Mean utilization per center"), this);
    chartTitle->setFont(titleFont);
    chartHeader->addWidget(chartTitle);
    chartHeader->addStretch(1);
    for (const RangePreset &preset : kRanges) {
        auto *button = new QToolButton(this);
        button->setText(tr(preset.label));
        button->setCheckable(true);
        button->setChecked(preset.minutes == m_chart->rangeMinutes());
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_rangeButtons->addButton(button, preset.minutes);
        chartHeader->addWidget(button);
    }
    m_rangeButtons->setExclusive(true);
    connect(m_rangeButtons, &QButtonGroup::idClicked, this, &ChipsPage::setRangeMinutes);
    layout->addLayout(chartHeader);

    layout->addWidget(m_chart, 2);

    m_heatmap->setToolTipProvider([this](int cell) { return chipToolTip(cell); });
}

void ChipsPage::setRangeMinutes(int minutes)
{
    if (auto *button = m_rangeButtons->button(minutes))
        button->setChecked(true);
    m_chart->setRangeMinutes(minutes);
}

void ChipsPage::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_inventory = std::move(inventory);
    m_snapshot.reset();
    QList<HeatmapGroup> groups;
    const InventoryIndex index = InventoryIndex::build(*m_inventory);
    for (size_t c = 0; c < m_inventory->centers.size(); ++c) {
        HeatmapGroup group;
        group.label = QString::fromStdString(m_inventory->centers[c].name);
        group.firstCell = int(index.centerFirstChip[c]);
        group.cellCount = int(index.centerFirstChip[c + 1] - index.centerFirstChip[c]);
        group.cellsPerUnit = 8;
        groups << group;
    }
    m_heatmap->setGroups(groups);

    m_chart->setInventory(m_inventory);
}

void ChipsPage::setSnapshot(SnapshotPtr snapshot)
{
    if (!snapshot || !m_inventory || snapshot->inventory->version != m_inventory->version ||
        snapshot->tick->chipCount() != m_inventory->chipCount())
        return;
    m_snapshot = std::move(snapshot);
    const auto &utilization = m_snapshot->tick->column(Metric::Utilization);
    m_heatmap->setValues(utilization.data(), qsizetype(utilization.size()));
    m_chart->appendLive(*m_snapshot);
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
    // Nodes are sorted by first chip: binary search instead of a per-chip table.
    auto it = std::upper_bound(inv.nodes.begin(), inv.nodes.end(), uint32_t(chip),
                               [](uint32_t c, const Node &n) { return c < n.firstChip; });
    if (it != inv.nodes.begin()) {
        const Node &node = *(it - 1);
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
        text += tr("<br>State: %1").arg(stateText(value(Metric::State)));
    }
    return text;
}

} // namespace scb
