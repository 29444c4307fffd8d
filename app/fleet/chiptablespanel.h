#pragma once

#include "chiprankmodel.h"
#include "fleetbridge.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace scb {

class TableExport;
class TableNote;

// Top-N chip tables: the hottest, the most idle or those with most errors,
// among the chips in scope (the page's drill-down or heatmap selection),
// filtered by center, model and state, with a text filter, sortable columns,
// copy (Ctrl+C) and CSV export. A double-click on a row names its chip.
//
// Only the ranking shown is recomputed, once per snapshot, and nothing while
// the panel is hidden (the latest inputs are kept for when it shows).
//
// Event counts come from the owner: eventCountsWanted() asks for the counts
// of the page's range (FleetBridge::requestEventCounts() with a rising
// serial), setEventCounts() brings them. They are wanted while the panel is
// shown and they are missing, older than kCountsRefreshMs, or made stale by
// invalidateEventCounts() (the range changed); answers of an older serial
// than one already shown are ignored.
class ChipTablesPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 kCountsRefreshMs = 30'000;

    explicit ChipTablesPanel(QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<const Inventory> inventory,
                      std::shared_ptr<const InventoryIndex> index = nullptr);
    void setSnapshot(SnapshotPtr snapshot);
    // The chips considered; empty: every chip.
    void setScope(std::vector<uint32_t> chips);
    void setEventCounts(const EventCountsResult &result);
    // The range changed: the counts shown are of another one.
    void invalidateEventCounts();

    void setRanking(ChipRankModel::Ranking ranking);
    ChipRankModel::Ranking ranking() const { return m_model->ranking(); }
    void setLimit(int limit);

    // Selected rows as tab-separated text, as Copy puts them on the clipboard.
    QString selectedRowsText() const;
    // The rows shown (filtered, sorted) as CSV (see tableToCsv()).
    QByteArray csv() const;
    // Writes csv() to path; false (and the reason in the status line) on failure.
    bool exportCsv(const QString &path);
    // The chips of the selected rows, in the table's order.
    std::vector<uint32_t> selectedChips() const;

    QString headerText() const;
    // The text over an empty table, or empty when rows are shown.
    QString placeholderText() const;
    QString statusText() const;

    ChipRankModel *model() const { return m_model; }
    ChipRankProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QComboBox *rankingBox() const { return m_rankingBox; }
    QComboBox *centerFilter() const { return m_centerBox; }
    QComboBox *modelFilter() const { return m_modelBox; }
    QComboBox *stateFilter() const { return m_stateBox; }
    QSpinBox *limitBox() const { return m_limitBox; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *copyButton() const { return m_copyButton; }
    QPushButton *exportButton() const { return m_exportButton; }

signals:
    void chipActivated(uint32_t chip);
    void eventCountsWanted();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void rebuildFilters();
    void wantCountsIfStale();
    // The file a CSV export offers names the ranking: "chips-hottest".
    static QString fileStem(ChipRankModel::Ranking ranking);
    void updateHeader();
    void updatePlaceholder();
    void rememberSelection();
    void restoreSelection();

    std::shared_ptr<const Inventory> m_inventory;
    ChipRankModel *m_model;
    ChipRankProxy *m_proxy;
    QLabel *m_header;
    QComboBox *m_rankingBox;
    QComboBox *m_centerBox;
    QComboBox *m_modelBox;
    QComboBox *m_stateBox;
    QSpinBox *m_limitBox;
    QLineEdit *m_search;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QTableView *m_table;
    TableExport *m_export = nullptr;
    TableNote *m_placeholder;
    QLabel *m_status;

    // Event counts: what is shown, and what was asked for.
    bool m_countsCurrent = false; // of the current range
    bool m_countsPending = false;
    QElapsedTimer m_countsAge;  // since the last answer
    QElapsedTimer m_askedAt;    // since the last request
    quint64 m_countsSerial = 0; // of the answer shown
    qint64 m_countsFromMs = 0;
    qint64 m_countsToMs = 0;
    QString m_countsError;

    // Chips selected across a model reset.
    std::vector<uint32_t> m_keptSelection;
    uint32_t m_keptCurrent = 0;
    bool m_hasKeptCurrent = false;
};

} // namespace scb
