#include "chiptablespanel.h"

#include "csvexport.h"
#include "formatting.h"
#include "tableexport.h"
#include "tablenote.h"
#include "tablestyle.h"
#include "timerange.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace scb {

ChipTablesPanel::ChipTablesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChipRankModel(this))
    , m_proxy(new ChipRankProxy(this))
    , m_header(new QLabel(this))
    , m_rankingBox(new QComboBox(this))
    , m_centerBox(new QComboBox(this))
    , m_modelBox(new QComboBox(this))
    , m_stateBox(new QComboBox(this))
    , m_limitBox(new QSpinBox(this))
    , m_search(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
    , m_table(new QTableView(this))
    , m_placeholder(new TableNote(m_table, 1.2))
    , m_status(new QLabel(this))
{
    // Nothing is computed until the panel shows.
    m_model->setSuspended(true);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);

    auto *bar = new QHBoxLayout;
    const auto addLabelled = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        bar->addWidget(l);
        bar->addWidget(field);
        bar->addSpacing(8);
    };
    for (auto ranking : {ChipRankModel::Ranking::Hottest, ChipRankModel::Ranking::MostIdle,
                         ChipRankModel::Ranking::MostErrors})
        m_rankingBox->addItem(ChipRankModel::rankingName(ranking), int(ranking));
    addLabelled(tr("S&how:"), m_rankingBox);
    m_limitBox->setRange(1, ChipRankModel::kMaxLimit);
    m_limitBox->setValue(ChipRankModel::kDefaultLimit);
    m_limitBox->setAccelerated(true);
    m_limitBox->setToolTip(tr("How many chips to list (at most %1)")
                               .arg(QLocale().toString(ChipRankModel::kMaxLimit)));
    addLabelled(tr("&Top:"), m_limitBox);
    m_centerBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addLabelled(tr("C&enter:"), m_centerBox);
    m_modelBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addLabelled(tr("&Model:"), m_modelBox);
    m_stateBox->addItem(tr("All states"), -1);
    const QStringList states = chipStateCategoryNames();
    for (int i = 0; i < states.size(); ++i)
        m_stateBox->addItem(states[i], i);
    addLabelled(tr("St&ate:"), m_stateBox);
    m_search->setPlaceholderText(tr("Search any column"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    bar->addWidget(m_search, 1);
    bar->addSpacing(8);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChipRankModel::RankColumn, Qt::AscendingOrder);
    setUpTable(m_table, QAbstractItemView::ExtendedSelection, 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const auto chars = [this](int n) {
        return columnWidthFor(m_table, n);
    };
    const struct
    {
        int column;
        int width;
    } widths[] = {
        {ChipRankModel::RankColumn, chars(5)},
        {ChipRankModel::ChipColumn, chars(8)},
        {ChipRankModel::UuidColumn,
         columnWidthFor(m_table, QStringLiteral("00000000-0000-0000-0000-000000000000"))},
        {ChipRankModel::NodeColumn, chars(12)},
        {ChipRankModel::CenterColumn, chars(10)},
        {ChipRankModel::ModelColumn, chars(11)},
        {ChipRankModel::StateColumn, chars(14)},
        {ChipRankModel::UtilizationColumn, chars(9)},
        {ChipRankModel::TemperatureColumn, chars(10)},
        {ChipRankModel::PowerColumn, chars(8)},
        {ChipRankModel::MemoryColumn, chars(10)},
        {ChipRankModel::XidColumn, chars(5)},
        {ChipRankModel::EccColumn, chars(5)},
    };
    for (const auto &w : widths)
        m_table->setColumnWidth(w.column, w.width);
    layout->addWidget(m_table, 1);

    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_export = new TableExport(m_table, fileStem(m_model->ranking()));
    TableExport::bindButton(m_copyButton, m_export->copyAction());
    TableExport::bindButton(m_exportButton, m_export->exportAction());
    connect(m_export, &TableExport::message, m_status, &QLabel::setText);

    connect(m_rankingBox, &QComboBox::currentIndexChanged, this,
            [this] { setRanking(ChipRankModel::Ranking(m_rankingBox->currentData().toInt())); });
    connect(m_limitBox, &QSpinBox::valueChanged, this, &ChipTablesPanel::setLimit);
    for (QComboBox *box : {m_centerBox, m_modelBox, m_stateBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ChipTablesPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ChipRankProxy::setSearchText);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit chipActivated(index.data(ChipRankModel::ChipRole).toUInt());
    });
    // A reset (other chips ranked) keeps the chips selected that are still listed.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this,
            &ChipTablesPanel::rememberSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChipTablesPanel::restoreSelection);
    const auto rowsChanged = [this] {
        updateHeader();
        updatePlaceholder();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, rowsChanged);

    rebuildFilters();
    updateHeader();
    updatePlaceholder();
}

void ChipTablesPanel::setInventory(std::shared_ptr<const Inventory> inventory,
                                   std::shared_ptr<const InventoryIndex> index)
{
    m_inventory = std::move(inventory);
    {
        // The filters are rebuilt for the new inventory before anything is ranked.
        const QSignalBlocker blockCenters(m_centerBox);
        const QSignalBlocker blockModels(m_modelBox);
        rebuildFilters();
    }
    m_model->setInventory(m_inventory, std::move(index));
    applyFilter();
    m_countsCurrent = false;
    wantCountsIfStale();
    updateHeader();
    updatePlaceholder();
}

void ChipTablesPanel::setSnapshot(SnapshotPtr snapshot)
{
    m_model->setSnapshot(std::move(snapshot));
    if (!isVisible())
        return;
    wantCountsIfStale();
    updateHeader();
    updatePlaceholder();
}

void ChipTablesPanel::setScope(std::vector<uint32_t> chips)
{
    m_model->setScope(std::move(chips));
    updateHeader();
    updatePlaceholder();
}

void ChipTablesPanel::setRanking(ChipRankModel::Ranking ranking)
{
    const int item = m_rankingBox->findData(int(ranking));
    if (item < 0)
        return;
    if (m_rankingBox->currentIndex() != item) {
        m_rankingBox->setCurrentIndex(item); // comes back here
        return;
    }
    if (ranking == m_model->ranking())
        return;
    m_model->setRanking(ranking);
    m_export->setFileStem(fileStem(ranking));
    // A new ranking reads best in its own order.
    m_table->sortByColumn(ChipRankModel::RankColumn, Qt::AscendingOrder);
    wantCountsIfStale();
    updateHeader();
    updatePlaceholder();
}

void ChipTablesPanel::setLimit(int limit)
{
    if (m_limitBox->value() != limit) {
        m_limitBox->setValue(limit); // comes back here, clamped
        return;
    }
    m_model->setLimit(limit);
    updateHeader();
}

void ChipTablesPanel::setEventCounts(const EventCountsResult &result)
{
    if (result.request.serial < m_countsSerial)
        return; // an answer overtaken by a newer one
    m_countsSerial = result.request.serial;
    m_countsPending = false;
    m_countsCurrent = true;
    m_countsAge.start();
    if (!result.error.isEmpty()) {
        m_countsError = result.error;
    } else {
        m_countsError.clear();
        m_countsFromMs = result.request.fromMs;
        m_countsToMs = result.request.toMs;
        m_model->setEventCounts(result.rows);
    }
    updateHeader();
    updatePlaceholder();
}

void ChipTablesPanel::invalidateEventCounts()
{
    m_countsCurrent = false;
    m_countsPending = false;
    wantCountsIfStale();
}

void ChipTablesPanel::wantCountsIfStale()
{
    if (!isVisible() || !m_inventory)
        return;
    const bool stale =
        !m_countsCurrent || !m_countsAge.isValid() || m_countsAge.elapsed() >= kCountsRefreshMs;
    if (!stale)
        return;
    // One request at a time, unless its answer is long overdue.
    if (m_countsPending && m_askedAt.isValid() && m_askedAt.elapsed() < kCountsRefreshMs)
        return;
    m_countsPending = true;
    m_askedAt.start();
    emit eventCountsWanted();
}

void ChipTablesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setSuspended(false);
    wantCountsIfStale();
    updateHeader();
    updatePlaceholder();
}

void ChipTablesPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setSuspended(true);
}

void ChipTablesPanel::rebuildFilters()
{
    const auto rebuild = [this](QComboBox *box, const QString &all, const QStringList &names) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        box->clear();
        box->addItem(all, -1);
        for (int i = 0; i < names.size(); ++i)
            box->addItem(names[i], i);
        // The same one by name, if the new inventory still has it.
        box->setCurrentIndex(current.isEmpty() ? 0 : std::max(0, box->findText(current)));
    };
    QStringList centers;
    QStringList models;
    if (m_inventory) {
        for (const Center &c : m_inventory->centers)
            centers << QString::fromStdString(c.name);
        for (const ChipModel &m : m_inventory->models)
            models << QString::fromStdString(m.name);
    }
    rebuild(m_centerBox, tr("All centers"), centers);
    rebuild(m_modelBox, tr("All models"), models);
}

void ChipTablesPanel::applyFilter()
{
    ChipRankModel::Filter filter;
    filter.center = m_centerBox->currentIndex() >= 0 ? m_centerBox->currentData().toInt() : -1;
    filter.model = m_modelBox->currentIndex() >= 0 ? m_modelBox->currentData().toInt() : -1;
    filter.stateCategory = m_stateBox->currentIndex() >= 0 ? m_stateBox->currentData().toInt() : -1;
    m_model->setFilter(filter);
    updateHeader();
    updatePlaceholder();
}

QString ChipTablesPanel::headerText() const
{
    return m_header->text();
}

QString ChipTablesPanel::placeholderText() const
{
    return m_placeholder->note();
}

QString ChipTablesPanel::statusText() const
{
    return m_status->text();
}

void ChipTablesPanel::updateHeader()
{
    const QLocale locale;
    const ChipRankModel::Ranking ranking = m_model->ranking();
    QString text = ChipRankModel::rankingName(ranking);
    if (!m_inventory) {
        m_header->setText(text);
        return;
    }
    const int shown = m_model->rowCount();
    const int candidates = int(std::min<size_t>(m_model->candidateCount(), INT32_MAX));
    const QString shownText = locale.toString(shown);
    switch (ranking) {
    case ChipRankModel::Ranking::Hottest:
        text +=
            tr(" · %1 of %n chip(s) reporting a temperature", nullptr, candidates).arg(shownText);
        break;
    case ChipRankModel::Ranking::MostIdle:
        text += tr(" · %1 of %n online chip(s)", nullptr, candidates).arg(shownText);
        break;
    case ChipRankModel::Ranking::MostErrors:
        text += tr(" · %1 of %n chip(s) with events", nullptr, candidates).arg(shownText);
        break;
    }
    if (!m_model->scope().empty())
        text += tr(" · in a scope of %n chip(s)", nullptr, int(m_model->scope().size()));
    if (m_proxy->rowCount() != shown)
        text += tr(" · %1 match the text").arg(locale.toString(m_proxy->rowCount()));
    if (m_model->hasEventCounts() && m_countsToMs > m_countsFromMs)
        text += tr(" · events: %1")
                    .arg(TimeRange::absolute(m_countsFromMs, m_countsToMs).label(locale));
    if (!m_countsError.isEmpty())
        text += tr(" · events could not be counted: %1").arg(m_countsError);
    m_header->setText(text);
}

void ChipTablesPanel::updatePlaceholder()
{
    QString text;
    const bool filtered = m_model->filter() != ChipRankModel::Filter{};
    if (!m_inventory) {
        text = tr("Waiting for the fleet's inventory.");
    } else if (m_model->rowCount() == 0) {
        if (m_model->ranking() == ChipRankModel::Ranking::MostErrors) {
            if (!m_model->hasEventCounts())
                text = m_countsError.isEmpty()
                           ? tr("Counting events…")
                           : tr("Events could not be counted: %1").arg(m_countsError);
            else if (filtered || !m_model->scope().empty())
                text = tr("No chip here had XID, ECC, throttling or offline events in the range.");
            else
                text = tr("No XID, ECC, throttling or offline events in the range.");
        } else if (!m_model->hasSnapshot()) {
            text = tr("Waiting for live data.");
        } else {
            text = tr("No chips match the filters.");
        }
    } else if (m_proxy->rowCount() == 0) {
        text = tr("No chips match the text.");
    }
    m_placeholder->setNote(text);
}

std::vector<uint32_t> ChipTablesPanel::selectedChips() const
{
    std::vector<uint32_t> chips;
    for (int row : m_export->selectedRows())
        chips.push_back(m_proxy->index(row, 0).data(ChipRankModel::ChipRole).toUInt());
    return chips;
}

void ChipTablesPanel::rememberSelection()
{
    m_keptSelection = selectedChips();
    std::sort(m_keptSelection.begin(), m_keptSelection.end());
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_hasKeptCurrent = current.isValid();
    if (m_hasKeptCurrent)
        m_keptCurrent = current.data(ChipRankModel::ChipRole).toUInt();
}

void ChipTablesPanel::restoreSelection()
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (m_keptSelection.empty() && !m_hasKeptCurrent)
        return;
    QItemSelection rows;
    const int last = m_proxy->columnCount() - 1;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex first = m_proxy->index(r, 0);
        const uint32_t chip = first.data(ChipRankModel::ChipRole).toUInt();
        if (m_hasKeptCurrent && chip == m_keptCurrent)
            selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        if (std::binary_search(m_keptSelection.begin(), m_keptSelection.end(), chip))
            rows.select(first, m_proxy->index(r, last));
    }
    selection->select(rows, QItemSelectionModel::ClearAndSelect);
    m_keptSelection.clear();
    m_hasKeptCurrent = false;
}

QString ChipTablesPanel::selectedRowsText() const
{
    return m_export->selectedRowsText();
}

QByteArray ChipTablesPanel::csv() const
{
    return tableToCsv(m_proxy);
}

bool ChipTablesPanel::exportCsv(const QString &path)
{
    return m_export->exportCsv(path);
}

QString ChipTablesPanel::fileStem(ChipRankModel::Ranking ranking)
{
    switch (ranking) {
    case ChipRankModel::Ranking::Hottest:
        break;
    case ChipRankModel::Ranking::MostIdle:
        return QStringLiteral("chips-most-idle");
    case ChipRankModel::Ranking::MostErrors:
        return QStringLiteral("chips-most-errors");
    }
    return QStringLiteral("chips-hottest");
}

} // namespace scb
