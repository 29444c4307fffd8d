#include "overviewpage.h"

#include "centertablemodel.h"
#include "formatting.h"
#include "kpitile.h"
#include "tableexport.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace scb {

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_chips(new KpiTile(this))
    , m_utilization(new KpiTile(this))
    , m_power(new KpiTile(this))
    , m_faults(new KpiTile(this))
    , m_model(new CenterTableModel(this))
    , m_table(new QTableView(this))
    , m_powerChart(new HistoryChart(HistoryChart::fleetPower(), this))
{
    m_chips->setTitle(tr("Chips online"));
    m_utilization->setTitle(tr("Fleet mean utilization"));
    m_power->setTitle(tr("Total power"));
    m_faults->setTitle(tr("Chips in fault"));
    for (KpiTile *tile : {m_chips, m_utilization, m_power, m_faults})
        tile->setValueText(QStringLiteral("—"));
    m_chips->setProgressVisible(true);
    m_utilization->setProgressVisible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    tiles->addWidget(m_chips, 0, 0);
    tiles->addWidget(m_utilization, 0, 1);
    tiles->addWidget(m_power, 0, 2);
    tiles->addWidget(m_faults, 0, 3);
    layout->addLayout(tiles);

    auto *title = new QLabel(tr("Smart computing centers"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    layout->addWidget(title);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CenterTableModel::Name,
                                                      QHeaderView::ResizeToContents);
    // Rows at their natural height; the chart takes the rest of the page.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    layout->addWidget(m_table);
    new TableExport(m_table, QStringLiteral("centers"));

    auto *chartTitle = new QLabel(tr("Total power of the fleet — last 24 hours"), this);
    chartTitle->setFont(font);
    layout->addWidget(chartTitle);
    m_powerChart->setAccessibleName(tr("Total power of the fleet"));
    m_powerChart->setRangeMinutes(24 * 60);
    layout->addWidget(m_powerChart, 1);
}

void OverviewPage::setInventory(std::shared_ptr<const Inventory> inventory)
{
    m_powerChart->setInventory(std::move(inventory));
}

void OverviewPage::setSnapshot(SnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    const GroupAggregate &fleet = snapshot->aggregates.fleet;
    // For officials: 万 in Chinese ("7.98万"), digits in English.
    m_chips->setValueText(formatLargeNumber(fleet.chipsOnline));
    m_chips->setSubText(
        tr("of %1 installed · target %2")
            .arg(formatLargeNumber(fleet.chipsTotal), formatLargeNumber(kChipTarget)));
    m_chips->setProgress(double(fleet.chipsOnline) / kChipTarget);

    m_utilization->setValueText(formatPercent(fleet.utilizationMean()));
    m_utilization->setSubText(
        tr("over %1 chips reporting").arg(formatCount(fleet.utilizationCount)));
    m_utilization->setProgress(fleet.utilizationMean() / 100.0);

    m_power->setValueText(formatPower(fleet.powerWatts));
    const double perChip = fleet.chipsOnline ? double(fleet.powerWatts) / fleet.chipsOnline : 0.0;
    m_power->setSubText(tr("%1 W per chip online").arg(QLocale().toString(perChip, 'f', 0)));

    m_faults->setValueText(formatCount(fleet.chipsFault));
    m_faults->setSubText(tr("%1 throttled · %2 offline")
                             .arg(formatCount(fleet.chipsThrottled),
                                  formatCount(fleet.chipsTotal - fleet.chipsOnline)));
    m_faults->setStatus(fleet.chipsFault == 0                        ? KpiTile::Status::Normal
                        : fleet.chipsFault * 1000 < fleet.chipsTotal ? KpiTile::Status::Warning
                                                                     : KpiTile::Status::Critical);
    m_powerChart->appendLive(*snapshot);
    m_model->setSnapshot(std::move(snapshot));
}

} // namespace scb
