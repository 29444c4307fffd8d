#include "statwidgets.h"

#include "chartexport.h"
#include "chartstyle.h"
#include "csvexport.h"
#include "datasetmodels.h"
#include "tableexport.h"
#include "tablestyle.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QGraphicsObject>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace scb {

// ---------------------------------------------------------------- FreshnessLine

FreshnessLine::FreshnessLine(StatLabels::Subject subject, QWidget *parent)
    : QLabel(parent)
    , m_subject(subject)
    , m_timer(new QTimer(this))
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    // The age in the line ("fetched 3 min ago") moves on by itself.
    m_timer->setInterval(30'000);
    connect(m_timer, &QTimer::timeout, this, &FreshnessLine::refresh);
    m_timer->start();
    refresh();
}

void FreshnessLine::setState(const StatisticsState &state)
{
    m_state = state;
    refresh();
}

void FreshnessLine::setFetchedUnixMs(qint64 unixMs)
{
    m_fetchedUnixMs = unixMs;
    refresh();
}

void FreshnessLine::refresh()
{
    setText(StatLabels::freshness(m_state, m_subject, QDateTime::currentMSecsSinceEpoch(),
                                  m_fetchedUnixMs));
    QPalette p = palette();
    p.setColor(QPalette::WindowText, StatLabels::isStale(m_state, m_fetchedUnixMs)
                                         ? QColor(0xa1, 0x4a, 0x00)
                                         : QColor(0x4b, 0x55, 0x63));
    setPalette(p);
}

// ---------------------------------------------------------------- ObservationTablePanel

ObservationTablePanel::ObservationTablePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ObservationTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_exportButton(new QPushButton(tr("&Export CSV…"), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ObservationTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search the figures"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ObservationTableModel::SeriesColumn, Qt::AscendingOrder);
    setUpTable(m_table, QAbstractItemView::ExtendedSelection, 8);
    const auto chars = [this](int n) {
        return columnWidthFor(m_table, n);
    };
    m_table->setColumnWidth(ObservationTableModel::PeriodColumn, chars(7));
    m_table->setColumnWidth(ObservationTableModel::SeriesColumn, chars(16));
    m_table->setColumnWidth(ObservationTableModel::CategoryColumn, chars(12));
    m_table->setColumnWidth(ObservationTableModel::ValueColumn, chars(8));
    m_table->setColumnWidth(ObservationTableModel::UnitColumn, chars(11));
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_export = new TableExport(m_table, QStringLiteral("figures"));
    TableExport::bindButton(m_copyButton, m_export->copyAction());
    TableExport::bindButton(m_exportButton, m_export->exportAction());
    connect(m_export, &TableExport::message, this, [this](const QString &text) {
        m_lastMessage = text;
        updateStatus();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    updateStatus();
}

void ObservationTablePanel::setObservations(std::vector<Observation> observations)
{
    m_model->setObservations(std::move(observations));
    m_lastMessage.clear();
    updateStatus();
}

QByteArray ObservationTablePanel::csv() const
{
    return tableToCsv(m_proxy);
}

bool ObservationTablePanel::exportCsv(const QString &path)
{
    return m_export->exportCsv(path);
}

QString ObservationTablePanel::statusText() const
{
    return m_status->text();
}

void ObservationTablePanel::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all
                       ? tr("%n figure(s)", nullptr, all)
                       : tr("%1 of %n figure(s)", nullptr, all).arg(QLocale().toString(shown));
    if (!m_lastMessage.isEmpty())
        text += QStringLiteral(" · ") + m_lastMessage;
    m_status->setText(text);
}

// ---------------------------------------------------------------- selectObservations

namespace {

bool isYear(const std::string &period)
{
    return period.size() == 4 &&
           std::all_of(period.begin(), period.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isMonth(const std::string &period)
{
    return period.size() == 7 && period[4] == '-' && isYear(period.substr(0, 4)) &&
           std::isdigit(static_cast<unsigned char>(period[5])) &&
           std::isdigit(static_cast<unsigned char>(period[6]));
}

} // namespace

std::vector<Observation> selectObservations(const std::vector<Observation> &observations,
                                            std::span<const SeriesSpec> specs,
                                            int *ignored)
{
    std::vector<Observation> kept;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    int dropped = 0;
    for (const Observation &o : observations) {
        const auto spec = std::find_if(specs.begin(), specs.end(),
                                       [&](const SeriesSpec &s) { return o.series == s.key; });
        const bool fits = spec != specs.end() && validateObservation(o).empty() &&
                          (spec->monthly ? isMonth(o.period) : isYear(o.period)) &&
                          (spec->categorized ? !o.category.empty() : o.category.empty()) &&
                          seen.insert({o.series, o.period, o.category}).second;
        if (!fits) {
            ++dropped;
            continue;
        }
        kept.push_back(o);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const Observation &a, const Observation &b) {
        return a.period < b.period;
    });
    if (ignored)
        *ignored = dropped;
    return kept;
}

// ---------------------------------------------------------------- statcharts
namespace statcharts {

QLineSeries *thickLine(const QString &name, const QColor &colour)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.5);
    line->setPen(pen);
    return line;
}

QLineSeries *labelledLine(const QString &name, const QColor &colour, const QString &labelFormat)
{
    QLineSeries *line = thickLine(name, colour);
    line->setPointsVisible(true);
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(labelFormat);
    line->setPointLabelsClipping(false);
    return line;
}

void PublishedFigures::add(const QPointF &at, const Observation &o)
{
    if (o.isSynthetic())
        return;
    m_points << at;
    m_citations << QString::fromStdString(o.source);
}

QScatterSeries *
PublishedFigures::mark(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis) const
{
    if (m_points.isEmpty())
        return nullptr;
    return charts::publishedMarkers(chart, m_points, m_citations, xAxis, yAxis);
}

namespace {

// Copies of the observations (an empty one for a null entry) and the text
// for the one at i, for a tool tip that outlives them.
std::function<QString(int)> textAt(const std::vector<const Observation *> &observations,
                                   std::function<QString(const Observation &)> text)
{
    std::vector<Observation> copies;
    for (const Observation *o : observations)
        copies.push_back(o ? *o : Observation());
    return [copies = std::move(copies), text = std::move(text)](int i) {
        if (i < 0 || size_t(i) >= copies.size() || copies[size_t(i)].series.empty())
            return QString();
        return text(copies[size_t(i)]);
    };
}

} // namespace

void tooltipsFrom(QBarSet *set,
                  const std::vector<const Observation *> &observations,
                  std::function<QString(const Observation &)> text)
{
    charts::tooltipOnHover(set, textAt(observations, std::move(text)));
}

void tooltipsFrom(QXYSeries *series,
                  const std::vector<const Observation *> &observations,
                  std::function<QString(const Observation &)> text)
{
    charts::tooltipOnHover(series, [at = textAt(observations, std::move(text))](const QPointF &p) {
        return at(int(std::lround(p.x())));
    });
}

double monthX(const std::string &period)
{
    if (!isMonth(period))
        return 0;
    const int year = std::stoi(period.substr(0, 4));
    const int month = std::stoi(period.substr(5, 2));
    return year + (month - 1) / 12.0;
}

int yearOf(const std::string &period)
{
    return isYear(period) ? std::stoi(period) : 0;
}

} // namespace statcharts

} // namespace scb
