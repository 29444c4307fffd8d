#include "datasetspage.h"
#include "chartstyle.h"

#include "catalogcharts.h"
#include "datasetmodels.h"
#include "statlabels.h"
#include "statwidgets.h"
#include "tableexport.h"
#include "tablenote.h"
#include "tablestyle.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace scb {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString esc(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

// The sort a header click asks the server for; -1 where the server has none.
int serverSortOf(int column)
{
    switch (column) {
    case DatasetTableModel::TitleColumn:
        return int(DatasetQuery::Sort::TitleAsc);
    case DatasetTableModel::ModifiedColumn:
        return int(DatasetQuery::Sort::ModifiedDesc);
    case DatasetTableModel::SizeColumn:
        return int(DatasetQuery::Sort::SizeDesc);
    case DatasetTableModel::RecordsColumn:
        return int(DatasetQuery::Sort::RecordsDesc);
    default:
        return -1;
    }
}

int columnOfSort(DatasetQuery::Sort sort)
{
    switch (sort) {
    case DatasetQuery::Sort::TitleAsc:
        return DatasetTableModel::TitleColumn;
    case DatasetQuery::Sort::ModifiedDesc:
        return DatasetTableModel::ModifiedColumn;
    case DatasetQuery::Sort::SizeDesc:
        return DatasetTableModel::SizeColumn;
    case DatasetQuery::Sort::RecordsDesc:
        return DatasetTableModel::RecordsColumn;
    default:
        return -1;
    }
}

QString detailRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"color:#4b5563; padding-right:10px\" valign=\"top\">%1"
                          "</td><td valign=\"top\">%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString datasetHtml(const Dataset &d)
{
    QString html;
    html += QStringLiteral("<h3 style=\"margin-bottom:2px\">%1</h3>")
                .arg(esc(StatLabels::pick(d.title)));
    const QString otherTitle = StatLabels::other(d.title);
    if (!otherTitle.isEmpty())
        html +=
            QStringLiteral("<p style=\"color:#4b5563; margin-top:0\">%1</p>").arg(esc(otherTitle));
    if (d.source == "synthetic") {
        html += QStringLiteral("<p><span style=\"background-color:#fde68a; color:#7c2d12; "
                               "font-weight:bold\">&nbsp;%1&nbsp;</span></p>")
                    .arg(esc(DatasetsPage::tr("Synthetic sample row")));
    } else if (!d.source.empty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(DatasetsPage::tr("Source:")), esc(d.source));
    }
    const QString description = StatLabels::pick(d.description);
    if (!description.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(description).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    const QString otherDescription = StatLabels::other(d.description);
    if (!otherDescription.isEmpty())
        html += QStringLiteral("<p style=\"color:#4b5563\">%1</p>")
                    .arg(esc(otherDescription).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    const auto text = [](const std::string &value) {
        return value.empty() ? QStringLiteral("—") : esc(value);
    };
    QStringList keywords;
    for (const std::string &k : d.keywords)
        keywords << QString::fromStdString(k);
    QStringList formats;
    for (const std::string &f : d.formats)
        formats << QString::fromStdString(f);
    QString temporal = QStringLiteral("—");
    if (!d.temporalStart.empty() || !d.temporalEnd.empty())
        temporal = esc(DatasetsPage::tr("%1 to %2")
                           .arg(d.temporalStart.empty() ? QStringLiteral("…")
                                                        : QString::fromStdString(d.temporalStart),
                                d.temporalEnd.empty() ? QStringLiteral("…")
                                                      : QString::fromStdString(d.temporalEnd)));
    QString landing = QStringLiteral("—");
    const QString url = QString::fromStdString(d.landingPage);
    if (url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://")))
        landing = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), esc(url));

    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += detailRow(DatasetsPage::tr("Identifier"), text(d.identifier));
    html += detailRow(DatasetsPage::tr("Theme"),
                      d.theme.empty() ? QStringLiteral("—")
                                      : esc(StatLabels::theme(QString::fromStdString(d.theme))));
    html += detailRow(DatasetsPage::tr("Level"), esc(StatLabels::level(qs(levelKey(d.level)))));
    html += detailRow(DatasetsPage::tr("Publisher"), text(d.publisher));
    html += detailRow(DatasetsPage::tr("Licence"), text(d.license));
    html += detailRow(DatasetsPage::tr("Access"), esc(StatLabels::access(qs(accessKey(d.access)))));
    html += detailRow(DatasetsPage::tr("Formats"), formats.isEmpty()
                                                       ? QStringLiteral("—")
                                                       : esc(formats.join(QStringLiteral(", "))));
    html += detailRow(DatasetsPage::tr("Size"), esc(StatLabels::formatBytes(d.byteSize)));
    html += detailRow(DatasetsPage::tr("Records"),
                      d.recordCount ? esc(QLocale().toString(qulonglong(d.recordCount)))
                                    : QStringLiteral("—"));
    html += detailRow(DatasetsPage::tr("Temporal coverage"), temporal);
    html += detailRow(DatasetsPage::tr("Updated"),
                      esc(StatLabels::frequency(QString::fromStdString(d.updateFrequency))));
    html += detailRow(DatasetsPage::tr("Annotation"),
                      esc(StatLabels::annotation(qs(annotationKey(d.annotation)))));
    html += detailRow(DatasetsPage::tr("Issued"), text(d.issued));
    html += detailRow(DatasetsPage::tr("Modified"), text(d.modified));
    html += detailRow(DatasetsPage::tr("Keywords"),
                      keywords.isEmpty() ? QStringLiteral("—")
                                         : esc(keywords.join(QStringLiteral(" · "))));
    html += detailRow(DatasetsPage::tr("Landing page"), landing);
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

DatasetsPage::DatasetsPage(StatisticsBridge *bridge, QWidget *parent)
    : QWidget(parent)
    , m_bridge(bridge)
    , m_model(new DatasetTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_facets(new FacetModel(this))
    , m_freshness(new FreshnessLine(StatLabels::Subject::Catalog, this))
    , m_search(new QLineEdit(this))
    , m_sortBox(new QComboBox(this))
    , m_clearButton(new QPushButton(tr("C&lear filters"), this))
    , m_totalLabel(new QLabel(this))
    , m_facetView(new QTreeView(this))
    , m_table(new QTableView(this))
    , m_placeholder(new TableNote(m_table))
    , m_loadMoreButton(new QPushButton(tr("Load &more"), this))
    , m_status(new QLabel(this))
    , m_detail(new QTextBrowser(this))
    , m_themeChart(charts::makeChartView(tr("Datasets and volume by theme"), this))
    , m_yearChart(charts::makeChartView(tr("Datasets issued per year"), this))
    , m_searchTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DatasetTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_freshness);
    layout->addLayout(makeFilterBar());

    // Facets | table over charts | details.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    m_facetView->setModel(m_facets);
    m_facetView->setHeaderHidden(true);
    m_facetView->setUniformRowHeights(true);
    m_facetView->setSelectionMode(QAbstractItemView::NoSelection);
    m_facetView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_facetView->setMinimumWidth(180);
    m_facetView->setAccessibleName(tr("Facets"));
    split->addWidget(m_facetView);

    auto *center = new QSplitter(Qt::Vertical, split);
    center->setChildrenCollapsible(false);
    center->addWidget(makeTablePane(center));
    auto *charts = new QWidget(center);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_themeChart, 1);
    chartsLayout->addWidget(m_yearChart, 1);
    center->addWidget(charts);
    center->setStretchFactor(0, 1);
    center->setStretchFactor(1, 0);
    center->setSizes({460, 320});
    split->addWidget(center);

    m_detail->setOpenExternalLinks(true);
    m_detail->setMinimumWidth(260);
    m_detail->setAccessibleName(tr("Dataset details"));
    split->addWidget(m_detail);
    // Wider screens widen the table most, the facets and details a little.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 2);
    split->setSizes({220, 860, 320});
    layout->addWidget(split, 1);

    connectControls();
    followBridge();
    showDetail(QString());
    updateTotal();
    updateLoadMore();
    updatePlaceholder();
    refresh();
    requestCharts();
}

QHBoxLayout *DatasetsPage::makeFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search titles, descriptions and keywords (中文 or English)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    bar->addWidget(m_search, 1);
    auto *sortLabel = new QLabel(tr("&Sort:"), this);
    sortLabel->setBuddy(m_sortBox);
    bar->addWidget(sortLabel);
    m_sortBox->addItem(tr("Best match"), int(DatasetQuery::Sort::Relevance));
    m_sortBox->addItem(tr("Title"), int(DatasetQuery::Sort::TitleAsc));
    m_sortBox->addItem(tr("Recently modified"), int(DatasetQuery::Sort::ModifiedDesc));
    m_sortBox->addItem(tr("Recently issued"), int(DatasetQuery::Sort::IssuedDesc));
    m_sortBox->addItem(tr("Largest"), int(DatasetQuery::Sort::SizeDesc));
    m_sortBox->addItem(tr("Most records"), int(DatasetQuery::Sort::RecordsDesc));
    bar->addWidget(m_sortBox);
    m_clearButton->setToolTip(tr("Clear the search and every facet"));
    bar->addWidget(m_clearButton);
    bar->addSpacing(8);
    m_totalLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_totalLabel->font();
    bold.setBold(true);
    m_totalLabel->setFont(bold);
    bar->addWidget(m_totalLabel);
    return bar;
}

QWidget *DatasetsPage::makeTablePane(QWidget *parent)
{
    auto *tablePane = new QWidget(parent);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(false);
    setUpTable(m_table, QAbstractItemView::SingleSelection, 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    columns->setStretchLastSection(false);
    const auto chars = [this](int n) {
        return columnWidthFor(m_table, n);
    };
    const struct
    {
        int column;
        int width;
    } widths[] = {
        {DatasetTableModel::TitleColumn, chars(30)},
        {DatasetTableModel::ThemeColumn, chars(12)},
        {DatasetTableModel::LevelColumn, chars(9)},
        {DatasetTableModel::PublisherColumn, chars(20)},
        {DatasetTableModel::FormatsColumn, chars(12)},
        {DatasetTableModel::SizeColumn, chars(8)},
        {DatasetTableModel::RecordsColumn, chars(11)},
        {DatasetTableModel::AnnotationColumn, chars(10)},
        {DatasetTableModel::ModifiedColumn, chars(10)},
    };
    for (const auto &w : widths)
        m_table->setColumnWidth(w.column, w.width);
    m_titleWidth = chars(30);
    tableLayout->addWidget(m_table, 1);

    m_table->viewport()->installEventFilter(this);
    m_export = new TableExport(m_table, QStringLiteral("datasets"));
    m_export->setDeferredExport([this](const QString &path) { exportAllCsv(path); });
    connect(m_export, &TableExport::message, m_status, &QLabel::setText);

    auto *statusBar = new QHBoxLayout;
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    statusBar->addWidget(m_status, 1);
    m_loadMoreButton->setToolTip(tr("List the next %n dataset(s)", nullptr, kPageSize));
    statusBar->addWidget(m_loadMoreButton);
    tableLayout->addLayout(statusBar);
    return tablePane;
}

void DatasetsPage::connectControls()
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &DatasetsPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DatasetsPage::refresh);
    connect(m_sortBox, &QComboBox::currentIndexChanged, this, &DatasetsPage::onSortChosen);
    connect(m_clearButton, &QPushButton::clicked, this, &DatasetsPage::clearFilters);
    connect(m_facets, &FacetModel::selectionChanged, this, &DatasetsPage::refresh);
    // A click anywhere on a value's row toggles it, not just on its box.
    m_facetView->viewport()->installEventFilter(this);
    connect(m_facetView, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsedFields.insert(index.data(FacetModel::FieldRole).toString());
    });
    connect(m_facetView, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsedFields.remove(index.data(FacetModel::FieldRole).toString());
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &DatasetsPage::onHeaderClicked);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DatasetsPage::onScrolled);
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &DatasetsPage::onScrolled);
    connect(m_loadMoreButton, &QPushButton::clicked, this, &DatasetsPage::loadMore);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDetail(current.data(DatasetTableModel::IdentifierRole).toString());
            });
}

void DatasetsPage::followBridge()
{
    if (!m_bridge)
        return;
    connect(m_bridge, &StatisticsBridge::datasetsReady, this, &DatasetsPage::applyDatasets);
    connect(m_bridge, &StatisticsBridge::catalogChartsReady, this,
            &DatasetsPage::applyCatalogCharts);
    connect(m_bridge, &StatisticsBridge::stateChanged, this, &DatasetsPage::applyState);
    connect(m_bridge, &StatisticsBridge::dataChanged, this, [this] {
        refresh();
        requestCharts();
    });
    applyState(m_bridge->state());
}

void DatasetsPage::showImportReport(QWidget *parent, const ImportReport &report)
{
    auto *dialog = new ImportReportDialog(report, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

DatasetQuery DatasetsPage::currentQuery() const
{
    DatasetQuery query;
    query.text = m_search->text().trimmed().toStdString();
    m_facets->applyTo(&query);
    query.sort = DatasetQuery::Sort(m_sortBox->currentData().toInt());
    query.titleInChinese = StatLabels::chineseUi();
    query.offset = 0;
    query.limit = kPageSize;
    query.withFacets = true;
    return query;
}

void DatasetsPage::refresh()
{
    m_searchTimer->stop();
    ask(currentQuery());
}

bool DatasetsPage::loadMore()
{
    if (m_pendingSerial != 0 || !m_answered || m_nextOffset >= m_total)
        return false;
    DatasetQuery query = m_shownQuery;
    query.offset = m_nextOffset;
    query.limit = kPageSize;
    query.withFacets = false;
    ask(std::move(query));
    return true;
}

void DatasetsPage::ask(DatasetQuery query)
{
    if (query.offset == 0 && !m_exportPath.isEmpty()) {
        m_exportPath.clear();
        // A new search, or the catalog refreshed underneath: the rows listed so
        // far are of another list.
        m_export->report(tr("The export was cancelled: the list changed. Export again to save "
                            "the new one."));
    }
    m_pendingSerial = ++m_serial;
    emit datasetsWanted(query, m_serial);
    if (m_bridge)
        m_bridge->queryDatasets(query, m_serial);
    updateLoadMore();
}

void DatasetsPage::requestCharts()
{
    emit catalogChartsWanted();
    if (m_bridge)
        m_bridge->requestCatalogCharts();
}

void DatasetsPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void DatasetsPage::clearFilters()
{
    {
        const QSignalBlocker blockFacets(m_facets);
        const QSignalBlocker blockSearch(m_search);
        m_facets->clearSelection();
        m_search->clear();
    }
    refresh();
}

bool DatasetsPage::selectDataset(const QString &identifier)
{
    const int row = m_model->rowOf(identifier);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void DatasetsPage::applyDatasets(const DatasetsAnswer &answer)
{
    if (answer.serial == 0 || answer.serial != m_pendingSerial)
        return; // overtaken by a newer query
    m_pendingSerial = 0;
    m_answered = true;
    m_error = answer.error;
    if (!answer.error.isEmpty()) {
        updateTotal();
        updateLoadMore();
        updatePlaceholder();
        continueExport();
        return;
    }
    const DatasetPage &page = answer.page;
    if (answer.query.offset == 0) {
        m_shownQuery = answer.query;
        m_model->setDatasets(page.datasets);
        m_nextOffset = uint32_t(page.datasets.size());
        if (answer.query.withFacets) {
            m_facets->setFacets(page.facets);
            expandFacets();
        }
        // The dataset read stays selected where it is still listed.
        if (!m_detailId.isEmpty())
            selectDataset(m_detailId);
    } else {
        m_model->appendDatasets(page.datasets);
        m_nextOffset = answer.query.offset + uint32_t(page.datasets.size());
    }
    m_total = page.total;
    if (page.datasets.empty())
        m_nextOffset = std::max(m_nextOffset, m_total); // nothing more to come
    updateTotal();
    updateLoadMore();
    updatePlaceholder();
    continueExport();
    // A table not yet filled to its bottom asks for the next page by itself.
    QTimer::singleShot(0, this, &DatasetsPage::onScrolled);
}

void DatasetsPage::exportAllCsv(const QString &path)
{
    if (!m_exportPath.isEmpty() && m_exportPath != path)
        m_export->report(tr("The export to %1 was replaced by one to %2.").arg(m_exportPath, path));
    m_exportPath = path;
    continueExport();
}

void DatasetsPage::continueExport()
{
    if (m_exportPath.isEmpty() || m_pendingSerial != 0)
        return; // nothing to export, or a page on its way
    if (!m_error.isEmpty()) {
        m_exportPath.clear();
        m_export->report(tr("The export stopped: the catalog could not be read: %1").arg(m_error));
        return;
    }
    if (!m_answered || m_nextOffset < m_total) {
        if (m_answered) {
            DatasetQuery query = m_shownQuery;
            query.offset = m_nextOffset;
            query.limit = kExportPageSize;
            query.withFacets = false;
            ask(std::move(query));
        }
        m_status->setText(m_answered ? tr("Listing all %n dataset(s) for the export…", nullptr,
                                          int(std::min<quint32>(m_total, INT32_MAX)))
                                     : tr("Listing every match for the export…"));
        return;
    }
    const QString path = std::exchange(m_exportPath, QString());
    m_export->finishExport(path);
}

void DatasetsPage::applyCatalogCharts(const CatalogCharts &charts)
{
    const catalogcharts::ThemeSets themes =
        catalogcharts::drawThemes(m_themeChart->chart(), charts.themes);
    m_themeSet = themes.datasets;
    m_volumeSet = themes.volume;
    const catalogcharts::YearSeries years =
        catalogcharts::drawYears(m_yearChart->chart(), charts.years);
    m_yearSet = years.issued;
    m_cumulativeSeries = years.cumulative;
}

void DatasetsPage::applyState(const StatisticsState &state)
{
    m_freshness->setState(state);
    updatePlaceholder();
}

void DatasetsPage::onSortChosen()
{
    const auto sort = DatasetQuery::Sort(m_sortBox->currentData().toInt());
    m_localSortColumn = -1;
    m_proxy->sort(-1);
    const int column = columnOfSort(sort);
    m_table->horizontalHeader()->setSortIndicator(
        column, sort == DatasetQuery::Sort::TitleAsc ? Qt::AscendingOrder : Qt::DescendingOrder);
    refresh();
}

void DatasetsPage::onHeaderClicked(int column)
{
    const int serverSort = serverSortOf(column);
    if (serverSort >= 0) {
        const int item = m_sortBox->findData(serverSort);
        if (item != m_sortBox->currentIndex())
            m_sortBox->setCurrentIndex(item); // sorts, through onSortChosen()
        else
            onSortChosen();
        return;
    }
    // The server has no such order: the rows listed are sorted here.
    m_localSortOrder = m_localSortColumn == column && m_localSortOrder == Qt::AscendingOrder
                           ? Qt::DescendingOrder
                           : Qt::AscendingOrder;
    m_localSortColumn = column;
    m_proxy->sort(column, m_localSortOrder);
    m_table->horizontalHeader()->setSortIndicator(column, m_localSortOrder);
    updateTotal();
}

void DatasetsPage::expandFacets()
{
    for (int row = 0; row < m_facets->rowCount(); ++row) {
        const QModelIndex field = m_facets->index(row, 0);
        if (!m_collapsedFields.contains(field.data(FacetModel::FieldRole).toString()))
            m_facetView->expand(field);
    }
}

void DatasetsPage::onScrolled()
{
    // Pages are fetched for a table someone can see scrolled to its end.
    if (!m_table->isVisible())
        return;
    const QScrollBar *bar = m_table->verticalScrollBar();
    if (bar->value() >= bar->maximum() - 5)
        loadMore();
}

void DatasetsPage::showDetail(const QString &identifier)
{
    m_detailId = identifier;
    const int row = identifier.isEmpty() ? -1 : m_model->rowOf(identifier);
    const Dataset *dataset = m_model->dataset(row);
    if (!dataset) {
        m_detailId.clear();
        m_detail->setHtml(QStringLiteral("<p style=\"color:#6b7280\">%1</p>")
                              .arg(esc(tr("Select a dataset to read about it here."))));
        return;
    }
    m_detail->setHtml(datasetHtml(*dataset));
}

void DatasetsPage::updateTotal()
{
    const int listed = m_model->rowCount();
    const QLocale locale;
    QString text;
    if (!m_answered)
        text = QString();
    else if (quint32(listed) >= m_total)
        text = tr("%n dataset(s)", nullptr, int(std::min<quint32>(m_total, INT32_MAX)));
    else
        text = tr("%1 of %n dataset(s) listed", nullptr, int(std::min<quint32>(m_total, INT32_MAX)))
                   .arg(locale.toString(listed));
    m_totalLabel->setText(text);

    QString status;
    if (!m_error.isEmpty())
        status = tr("The catalog could not be read: %1").arg(m_error);
    else if (m_localSortColumn >= 0 && quint32(listed) < m_total)
        status = tr("Sorted among the %1 datasets listed; scroll down to list more.")
                     .arg(locale.toString(listed));
    else if (m_answered && quint32(listed) < m_total)
        status = tr("Scroll down to list more.");
    m_status->setText(status);
}

void DatasetsPage::updateLoadMore()
{
    m_loadMoreButton->setVisible(m_answered && m_nextOffset < m_total);
    m_loadMoreButton->setEnabled(m_pendingSerial == 0);
}

void DatasetsPage::updatePlaceholder()
{
    QString text;
    if (m_model->rowCount() == 0) {
        if (!m_error.isEmpty())
            text = tr("The catalog could not be read.");
        else if (!m_answered || m_pendingSerial != 0)
            text = tr("Loading the catalog…");
        else if (m_facets->hasSelection() || !m_search->text().trimmed().isEmpty())
            text = tr("No dataset matches the search and the filters.");
        else
            text = tr("No datasets yet.");
    }
    m_placeholder->setNote(text);
}

QString DatasetsPage::totalText() const
{
    return m_totalLabel->text();
}

QString DatasetsPage::freshnessText() const
{
    return m_freshness->text();
}

QString DatasetsPage::statusText() const
{
    return m_status->text();
}

QString DatasetsPage::placeholderText() const
{
    return m_placeholder->note();
}

QString DatasetsPage::detailText() const
{
    return m_detail->toPlainText();
}

QString DatasetsPage::detailHtml() const
{
    return m_detail->toHtml();
}

bool DatasetsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        // The title takes the width the other columns leave, down to its own.
        QHeaderView *columns = m_table->horizontalHeader();
        int others = 0;
        for (int c = 0; c < columns->count(); ++c)
            if (c != DatasetTableModel::TitleColumn)
                others += columns->sectionSize(c);
        const int title = std::max(m_titleWidth, m_table->viewport()->width() - others);
        columns->resizeSection(DatasetTableModel::TitleColumn, title);
    }
    if (watched == m_facetView->viewport() && event->type() == QEvent::MouseButtonRelease) {
        // The box is the view's to toggle; the rest of a value's row is ours.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_facetView->indexAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton &&
            (m_facets->flags(index) & Qt::ItemIsUserCheckable)) {
            const QRect row = m_facetView->visualRect(index);
            const int box = m_facetView->style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                            2 * m_facetView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 4;
            if (mouse->position().x() > row.left() + box) {
                const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
                m_facets->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace scb
