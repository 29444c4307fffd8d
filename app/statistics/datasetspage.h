#pragma once

#include "importreportdialog.h" // for showImportReport()
#include "statisticsbridge.h"

#include <QSet>
#include <QWidget>

class QBarSet;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace scb {

class TableExport;
class TableNote;

class DatasetTableModel;
class FacetModel;
class FreshnessLine;

// The base's dataset catalog: full-text search, facet lists with counts
// (AND across fields, OR within one), a table loaded a page at a time as the
// user scrolls, the selected dataset in both languages, and charts of the
// catalog by theme and by year. It asks the bridge for everything and shows
// what comes back; answers to superseded queries are dropped.
//
// Without a bridge (tests), the queries go out through datasetsWanted() only
// and answers come in through applyDatasets() / applyCatalogCharts() /
// applyState().
class DatasetsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kSearchDelayMs = 200;
    static constexpr int kExportPageSize = 1000; // the server's largest page

    explicit DatasetsPage(StatisticsBridge *bridge, QWidget *parent = nullptr);

    // The import's outcome in a dialog of its own (not modal; deleted on
    // close). The page does not listen for imports itself: whoever starts
    // them (the main window's File menu) calls this with the report.
    static void showImportReport(QWidget *parent, const ImportReport &report);

    void applyDatasets(const DatasetsAnswer &answer);
    void applyCatalogCharts(const CatalogCharts &charts);
    void applyState(const StatisticsState &state);

    // The first page's query for what the controls say now.
    DatasetQuery currentQuery() const;
    // Asks for the first page again (the search text's delay skipped).
    void refresh();
    // Asks for the next page; false when every match is listed or a request
    // is on its way.
    bool loadMore();
    // Puts the text in the search box; the query follows after kSearchDelayMs.
    void setSearchText(const QString &text);
    // Drops every facet selection and the search text.
    void clearFilters();
    // Selects the dataset's row if listed; false otherwise.
    bool selectDataset(const QString &identifier);
    // Writes every dataset the query matches to path as CSV, in the table's
    // order: the pages not yet listed are asked for first (up to
    // kExportPageSize at a time), so this may finish later; the table's
    // export says when. A new query cancels it.
    void exportAllCsv(const QString &path);
    bool isExporting() const { return !m_exportPath.isEmpty(); }
    TableExport *tableExport() const { return m_export; }

    quint64 lastSerial() const { return m_serial; }
    bool isWaiting() const { return m_pendingSerial != 0; }
    quint32 total() const { return m_total; }
    // "240 datasets", "100 of 240 datasets listed".
    QString totalText() const;
    QString freshnessText() const;
    QString statusText() const;
    // The text over an empty table, or empty when rows are listed.
    QString placeholderText() const;
    // The detail pane, as plain text and as the HTML shown.
    QString detailText() const;
    QString detailHtml() const;
    // The identifier whose details are shown, or empty.
    QString detailIdentifier() const { return m_detailId; }

    DatasetTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    FacetModel *facetModel() const { return m_facets; }
    QTableView *table() const { return m_table; }
    QTreeView *facetView() const { return m_facetView; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *sortBox() const { return m_sortBox; }
    QTextBrowser *detailView() const { return m_detail; }
    QChartView *themeChart() const { return m_themeChart; }
    QChartView *yearChart() const { return m_yearChart; }
    QBarSet *themeDatasetsSet() const { return m_themeSet; }
    // Each theme's share (%) of the datasets and of the bytes, the largest
    // theme last (on top).
    QBarSet *themeVolumeSet() const { return m_volumeSet; }
    QBarSet *yearIssuedSet() const { return m_yearSet; }
    QLineSeries *yearCumulativeSeries() const { return m_cumulativeSeries; }

signals:
    // A query goes out (also to the bridge when there is one).
    void datasetsWanted(const scb::DatasetQuery &query, quint64 serial);
    void catalogChartsWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHBoxLayout *makeFilterBar();
    QWidget *makeTablePane(QWidget *parent);
    void connectControls();
    void followBridge();
    void ask(DatasetQuery query);
    void requestCharts();
    void onHeaderClicked(int column);
    void onSortChosen();
    void onScrolled();
    void expandFacets();
    void showDetail(const QString &identifier);
    void updateTotal();
    void updateLoadMore();
    void updatePlaceholder();
    void continueExport();

    StatisticsBridge *m_bridge;
    DatasetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    FacetModel *m_facets;
    FreshnessLine *m_freshness;
    QLineEdit *m_search;
    QComboBox *m_sortBox;
    QPushButton *m_clearButton;
    QLabel *m_totalLabel;
    QTreeView *m_facetView;
    QTableView *m_table;
    TableNote *m_placeholder;
    TableExport *m_export = nullptr;
    QString m_exportPath; // an export waiting for the rest of the rows
    QPushButton *m_loadMoreButton;
    QLabel *m_status;
    QTextBrowser *m_detail;
    QChartView *m_themeChart;
    QChartView *m_yearChart;
    QBarSet *m_themeSet = nullptr;
    QBarSet *m_volumeSet = nullptr;
    QBarSet *m_yearSet = nullptr;
    QLineSeries *m_cumulativeSeries = nullptr;
    QTimer *m_searchTimer;

    quint64 m_serial = 0;        // of the last query sent
    quint64 m_pendingSerial = 0; // of the query awaited; 0 none
    DatasetQuery m_shownQuery;   // of the rows listed
    quint32 m_total = 0;
    quint32 m_nextOffset = 0; // where the next page starts
    bool m_answered = false;  // an answer came since the page was made
    QString m_error;
    QString m_detailId;
    // Facets the user folded. The publisher list (over a hundred bodies) starts
    // folded so the short facets below it stay in view.
    QSet<QString> m_collapsedFields{QStringLiteral("publisher")};
    int m_titleWidth = 0; // the title column's narrowest
    int m_localSortColumn = -1;
    Qt::SortOrder m_localSortOrder = Qt::AscendingOrder;
};

} // namespace scb
