#include "summaryscreen.h"

#include "formatting.h"
#include "serieskeys.h"
#include "statlabels.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace scb {

namespace {

namespace keys = serieskeys;

constexpr qint64 kLiveAgeMs = 15'000; // older fleet data is not called live
// Datasets read to tell whether the catalog is sample data.
constexpr uint32_t kCatalogSampleSize = 1000;
constexpr quint64 kCatalogSerialBase = quint64(1) << 62; // apart from the datasets page's serials

// The newest valid total (no category) of a series.
const Observation *latest(const std::vector<Observation> &observations, const char *series)
{
    const Observation *best = nullptr;
    for (const Observation &o : observations)
        if (o.series == series && o.category.empty() && validateObservation(o).empty() &&
            (!best || o.period > best->period))
            best = &o;
    return best;
}

const Observation *ofPeriod(const std::vector<Observation> &observations,
                            const char *series,
                            const std::string &period)
{
    for (const Observation &o : observations)
        if (o.series == series && o.category.empty() && o.period == period &&
            validateObservation(o).empty())
            return &o;
    return nullptr;
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// The bar to the target under the figure, and how far along it is.
void setProgress(SummarySlide &s, double value, double target)
{
    s.progress = std::clamp(value / target, 0.0, 1.0);
    s.progressText =
        SummaryScreen::tr("%1 of the target").arg(formatPercent(100.0 * value / target));
}

// "Target for 2025: …", published or synthetic.
QString targetDetail(const Observation &target, const QString &value)
{
    return target.isSynthetic()
               ? SummaryScreen::tr("Target for %1: %2 (synthetic sample)")
                     .arg(q(target.period), value)
               : SummaryScreen::tr("Target for %1: %2 (published)").arg(q(target.period), value);
}

} // namespace

SummaryScreen::SummaryScreen(FleetBridge *fleet,
                             StatisticsBridge *statistics,
                             QSettings *settings,
                             QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_statistics(statistics)
    , m_settings(settings)
    , m_rotation(new QTimer(this))
    , m_clock(new QTimer(this))
    , m_historyTimer(new QTimer(this))
    , m_intervalS(loadIntervalS(settings))
    , m_baseName(loadBaseName(settings))
{
    setWindowTitle(tr("SCB Dashboard — summary"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    // Nothing to click: the pointer would only hide a figure.
    setCursor(Qt::BlankCursor);
    resize(1280, 720);

    connect(m_rotation, &QTimer::timeout, this, &SummaryScreen::next);
    // The clock and the ages in the footer.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_clock->start();
    m_historyTimer->setInterval(kHistoryRefreshMs);
    connect(m_historyTimer, &QTimer::timeout, this, &SummaryScreen::requestToday);
    m_historyTimer->start();

    if (m_fleet) {
        setFleetSynthetic(m_fleet->isEmbedded());
        connect(this, &SummaryScreen::historyRequested, this, [this](const HistoryRequest &r) {
            m_fleet->requestHistory(r, this, [this](const auto &result) { applyHistory(result); });
        });
        connect(m_fleet, &FleetBridge::snapshotChanged, this, &SummaryScreen::applySnapshot);
        connect(m_fleet, &FleetBridge::started, this, [this] {
            setFleetSynthetic(m_fleet->isEmbedded());
            requestToday();
        });
        if (m_fleet->snapshot()) {
            applySnapshot(m_fleet->snapshot());
            requestToday();
        }
    }
    if (m_statistics) {
        connect(m_statistics, &StatisticsBridge::seriesReady, this, &SummaryScreen::applySeries);
        connect(m_statistics, &StatisticsBridge::catalogChartsReady, this,
                &SummaryScreen::applyCatalogCharts);
        connect(m_statistics, &StatisticsBridge::stateChanged, this, &SummaryScreen::applyState);
        connect(m_statistics, &StatisticsBridge::datasetsReady, this,
                &SummaryScreen::applyCatalogSample);
        const auto ask = [this] {
            m_statistics->requestSeries();
            m_statistics->requestCatalogCharts();
            DatasetQuery query;
            query.limit = kCatalogSampleSize;
            query.withFacets = false;
            m_catalogSerial = kCatalogSerialBase + (m_catalogSerial & 0xffff'ffff) + 1;
            m_statistics->queryDatasets(query, m_catalogSerial);
        };
        connect(m_statistics, &StatisticsBridge::dataChanged, this, ask);
        applyState(m_statistics->state());
        ask();
    }
    restartRotation();
}

void SummaryScreen::showFullScreenOn(const QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    showFullScreen();
}

int SummaryScreen::loadIntervalS(const QSettings *settings)
{
    if (!settings)
        return kDefaultIntervalS;
    bool ok = false;
    const int seconds = settings->value(QLatin1String(kIntervalSetting)).toInt(&ok);
    return ok ? std::clamp(seconds, kMinIntervalS, kMaxIntervalS) : kDefaultIntervalS;
}

QString SummaryScreen::defaultBaseName()
{
    return tr("Gui'an New Area smart computing base");
}

QString SummaryScreen::loadBaseName(const QSettings *settings)
{
    const QString name = settings
                             ? settings->value(QLatin1String(kBaseNameSetting)).toString().trimmed()
                             : QString();
    // A name for one line of the footer, not a document.
    return name.isEmpty() ? defaultBaseName() : name.left(200);
}

void SummaryScreen::setBaseName(const QString &name)
{
    const QString trimmed = name.trimmed().left(200);
    m_baseName = trimmed.isEmpty() ? defaultBaseName() : trimmed;
    update();
}

void SummaryScreen::setFleetSynthetic(bool synthetic)
{
    m_fleetSynthetic = synthetic;
    update();
}

qint64 SummaryScreen::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ------------------------------------------------------------------ data in

void SummaryScreen::requestToday()
{
    const qint64 now = m_snapshot && m_snapshot->tick ? m_snapshot->tick->unixMs : nowMs();
    emit historyRequested(m_today.request(now));
}

void SummaryScreen::applyHistory(const HistoryResult &result)
{
    if (m_today.take(result))
        update();
}

void SummaryScreen::applySnapshot(SnapshotPtr snapshot)
{
    if (!snapshot || !snapshot->tick)
        return;
    const bool first = !m_snapshot;
    m_snapshot = std::move(snapshot);
    const qint64 tickMs = m_snapshot->tick->unixMs;
    if (TodayUtilization::localDayStart(tickMs) != m_today.dayStartMs() || first) {
        // A new day (or the first data): start today's line again.
        requestToday();
    }
    const GroupAggregate &fleet = m_snapshot->aggregates.fleet;
    if (fleet.utilizationCount > 0)
        m_today.addLive(tickMs, fleet.utilizationMean());
    if (m_current == Utilization || m_current == Chips)
        update();
}

void SummaryScreen::applySeries(const SeriesAnswer &answer)
{
    if (!answer.error.isEmpty() && answer.adoption.observations.empty() &&
        answer.industry.observations.empty())
        return; // keep what is shown
    m_adoption = answer.adoption.observations;
    m_industry = answer.industry.observations;
    m_seriesFetchedMs =
        std::max(answer.adoptionFreshness.fetchedUnixMs, answer.industryFreshness.fetchedUnixMs);
    update();
}

void SummaryScreen::applyCatalogCharts(const CatalogCharts &charts)
{
    m_themes = charts.themes;
    std::sort(m_themes.begin(), m_themes.end(), [](const auto &a, const auto &b) {
        return a.datasets != b.datasets ? a.datasets > b.datasets : a.theme < b.theme;
    });
    update();
}

void SummaryScreen::applyState(const StatisticsState &state)
{
    m_state = state;
    update();
}

void SummaryScreen::applyCatalogSample(const DatasetsAnswer &answer)
{
    if (answer.serial != m_catalogSerial || !answer.error.isEmpty())
        return;
    m_catalogSeen = int(answer.page.datasets.size());
    m_catalogSynthetic =
        int(std::count_if(answer.page.datasets.begin(), answer.page.datasets.end(),
                          [](const Dataset &d) { return d.source == "synthetic"; }));
    update();
}

// ------------------------------------------------------------------ slides

void SummaryScreen::setCurrentSlide(int index)
{
    index = ((index % SlideCount) + SlideCount) % SlideCount;
    restartRotation();
    if (index == m_current)
        return;
    m_current = index;
    update();
    emit slideChanged(index);
}

void SummaryScreen::next()
{
    setCurrentSlide(m_current + 1);
}

void SummaryScreen::previous()
{
    setCurrentSlide(m_current - 1);
}

void SummaryScreen::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    restartRotation();
    update();
    emit pausedChanged(paused);
}

void SummaryScreen::setIntervalS(int seconds)
{
    seconds = std::clamp(seconds, kMinIntervalS, kMaxIntervalS);
    if (m_settings)
        m_settings->setValue(QLatin1String(kIntervalSetting), seconds);
    if (seconds == m_intervalS)
        return;
    m_intervalS = seconds;
    restartRotation();
}

void SummaryScreen::restartRotation()
{
    // A step by hand gives the new slide a whole interval.
    m_rotation->setInterval(m_intervalS * 1000);
    if (m_paused)
        m_rotation->stop();
    else
        m_rotation->start();
}

SummarySlide SummaryScreen::slide(int index) const
{
    switch (index) {
    case Utilization:
        return utilizationSlide();
    case Chips:
        return chipsSlide();
    case Cloud:
        return cloudSlide();
    case Software:
        return softwareSlide();
    case Datasets:
        return datasetsSlide();
    default:
        return {};
    }
}

double SummaryScreen::todayMeanUtilization() const
{
    return m_today.mean();
}

SummarySlide SummaryScreen::utilizationSlide() const
{
    SummarySlide s;
    s.title = tr("Fleet utilization today");
    s.figure = QStringLiteral("—");
    if (m_snapshot) {
        const GroupAggregate &fleet = m_snapshot->aggregates.fleet;
        s.subtitle =
            tr("Mean over the %1 chips reporting now").arg(formatCount(fleet.utilizationCount));
        if (fleet.utilizationCount > 0)
            s.figure = formatPercent(fleet.utilizationMean());
        s.caption = tr("now");
    } else {
        s.subtitle = tr("Waiting for the fleet's first data…");
    }
    const double mean = todayMeanUtilization();
    if (std::isfinite(mean)) {
        s.details << tr("Today's mean so far: %1").arg(formatPercent(mean));
        const auto [low, high] =
            std::minmax_element(m_today.points().begin(), m_today.points().end(),
                                [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        s.details
            << tr("Lowest %1 · highest %2").arg(formatPercent(low->y()), formatPercent(high->y()));
    }
    if (m_fleetSynthetic)
        s.note = tr("Fleet of the embedded simulator (synthetic sample)");
    return s;
}

SummarySlide SummaryScreen::chipsSlide() const
{
    SummarySlide s;
    s.title = tr("Chips in service");
    s.subtitle =
        tr("Online now, against the target of %1 chips").arg(formatLargeNumber(kChipTarget));
    s.figure = QStringLiteral("—");
    s.caption = tr("of %1").arg(formatLargeNumber(kChipTarget));
    if (m_snapshot) {
        const GroupAggregate &fleet = m_snapshot->aggregates.fleet;
        s.figure = formatLargeNumber(fleet.chipsOnline);
        setProgress(s, fleet.chipsOnline, kChipTarget);
        s.details << tr("%1 installed · %2 offline · %3 in fault")
                         .arg(formatCount(fleet.chipsTotal),
                              formatCount(int64_t(fleet.chipsTotal) - fleet.chipsOnline),
                              formatCount(fleet.chipsFault));
        if (fleet.chipsOnline < kChipTarget)
            s.details << tr("%1 more to reach the target")
                             .arg(formatCount(kChipTarget - int64_t(fleet.chipsOnline)));
        else
            s.details << tr("Target reached");
    }
    if (m_fleetSynthetic)
        s.note = tr("Fleet of the embedded simulator (synthetic sample)");
    return s;
}

SummarySlide SummaryScreen::cloudSlide() const
{
    SummarySlide s;
    s.title = tr("Enterprises on the cloud");
    s.figure = QStringLiteral("—");
    const Observation *onCloud = latest(m_adoption, keys::kEnterprisesOnCloud);
    const Observation *province = latest(m_adoption, keys::kProvinceFigure);
    const Observation *target = latest(m_adoption, keys::kAdoptionTarget);
    // The target the Cloud adoption page draws: the user's when set there.
    double targetValue = target ? target->value : 0.0;
    bool userTarget = false;
    if (m_settings) {
        const int user = m_settings->value(QLatin1String("statistics/adoptionTarget")).toInt();
        if (user > 0) {
            targetValue = user;
            userTarget = true;
        }
    }
    if (!onCloud) {
        s.subtitle = tr("No figures yet");
        return s;
    }
    s.subtitle = tr("Enterprises of the province using cloud services, %1")
                     .arg(StatLabels::formatPeriod(q(onCloud->period)));
    s.figure = formatLargeNumber(onCloud->value);
    if (targetValue > 0) {
        s.caption = tr("of %1").arg(formatLargeNumber(targetValue));
        setProgress(s, onCloud->value, targetValue);
        s.details << (userTarget ? tr("Target: %1 (set on the Cloud adoption page)")
                                       .arg(formatLargeNumber(targetValue))
                                 : targetDetail(*target, formatLargeNumber(targetValue)));
    }
    if (province) {
        const QString value = formatLargeNumber(province->value);
        const QString period = StatLabels::formatPeriod(q(province->period));
        s.details << (province->isSynthetic()
                          ? tr("Province figure: %1 (%2, synthetic sample)").arg(value, period)
                          : tr("Province figure: %1 (published %2)").arg(value, period));
    }
    if (onCloud->isSynthetic())
        s.note = tr("Enterprise count: synthetic sample");
    return s;
}

SummarySlide SummaryScreen::softwareSlide() const
{
    SummarySlide s;
    s.title = tr("Software and IT services revenue");
    s.figure = QStringLiteral("—");
    const Observation *revenue = latest(m_industry, keys::kSoftwareRevenue);
    const Observation *target = latest(m_industry, keys::kSoftwareRevenueTarget);
    // The base's published goal when the data has none: 100 billion yuan.
    const double targetValue = target && target->value > 0 ? target->value : 1000.0;
    if (!revenue) {
        s.subtitle = tr("No figures yet");
        return s;
    }
    s.subtitle = tr("%1, against the target of %2")
                     .arg(StatLabels::formatPeriod(q(revenue->period)),
                          formatHundredMillionYuan(targetValue));
    s.figure = formatHundredMillionYuan(revenue->value);
    s.caption = tr("of %1").arg(formatHundredMillionYuan(targetValue));
    setProgress(s, revenue->value, targetValue);
    const int year = revenue->period.size() >= 4
                         ? QString::fromStdString(revenue->period.substr(0, 4)).toInt()
                         : 0;
    if (const Observation *before =
            year > 0 ? ofPeriod(m_industry, keys::kSoftwareRevenue, std::to_string(year - 1))
                     : nullptr;
        before && before->value > 0)
        s.details << tr("%1 on %2 (%3)")
                         .arg(
                             formatPercent(100.0 * (revenue->value - before->value) / before->value)
                                 .prepend(revenue->value >= before->value ? QStringLiteral("+")
                                                                          : QString()),
                             QString::number(year - 1), formatHundredMillionYuan(before->value));
    if (target)
        s.details << targetDetail(*target, formatHundredMillionYuan(target->value));
    if (revenue->isSynthetic())
        s.note = tr("Revenue figures: synthetic sample");
    return s;
}

SummarySlide SummaryScreen::datasetsSlide() const
{
    SummarySlide s;
    s.title = tr("Datasets by theme");
    s.figure = QStringLiteral("—");
    if (m_themes.empty()) {
        s.subtitle = tr("No catalog yet");
        return s;
    }
    uint64_t total = 0;
    for (const auto &t : m_themes)
        total += t.datasets;
    s.subtitle = tr("Training datasets in the base's catalog, in %n theme(s)", nullptr,
                    int(m_themes.size()));
    s.figure = formatCount(int64_t(std::min<uint64_t>(total, INT64_MAX)));
    s.caption = tr("datasets");
    for (const auto &t : m_themes)
        if (t.bytes > 0) {
            uint64_t bytes = 0;
            for (const auto &u : m_themes)
                bytes += u.bytes;
            s.details << tr("%1 in all").arg(StatLabels::formatBytes(bytes));
            break;
        }
    if (m_catalogSeen > 0 && m_catalogSynthetic >= m_catalogSeen)
        s.note = tr("Catalog of synthetic sample datasets");
    else if (m_catalogSynthetic > 0)
        s.note = tr("Partly synthetic: %n sample dataset(s) in the catalog", nullptr,
                    m_catalogSynthetic);
    return s;
}

QString SummaryScreen::freshnessText(int index) const
{
    const qint64 now = nowMs();
    if (index == Utilization || index == Chips) {
        if (!m_snapshot)
            return tr("Waiting for fleet data");
        const qint64 age = std::max<qint64>(0, now - m_snapshot->tick->unixMs);
        if (age <= kLiveAgeMs)
            return tr("Live fleet data");
        return tr("No live data: fleet data from %1").arg(formatAge(age));
    }
    return StatLabels::freshness(
        m_state, index == Datasets ? StatLabels::Subject::Catalog : StatLabels::Subject::Figures,
        now, index == Datasets ? 0 : m_seriesFetchedMs);
}

// ------------------------------------------------------------------ drawing

void SummaryScreen::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    summaryslides::paintBackground(p, rect());
    const summaryslides::Layout l = summaryslides::layoutFor(rect(), font());
    // Slides with a chart: the figure on the left, the chart on the right.
    const bool withChart = m_current == Utilization || m_current == Datasets;
    const QRectF chart = summaryslides::paintSlide(p, l, slide(m_current),
                                                   summaryslides::accent(m_current), withChart);
    if (m_current == Utilization)
        summaryslides::paintTodayChart(p, chart, l, m_today.points(),
                                       double(m_today.dayStartMs()
                                                  ? m_today.dayStartMs()
                                                  : TodayUtilization::localDayStart(nowMs())),
                                       summaryslides::accent(Utilization));
    else if (m_current == Datasets)
        summaryslides::paintThemeBars(p, chart, l, m_themes, summaryslides::accent(Datasets));
    summaryslides::paintFooter(p, l, footer());
}

summaryslides::Footer SummaryScreen::footer() const
{
    summaryslides::Footer f;
    f.baseName = m_baseName;
    f.slide = m_current;
    f.slideCount = SlideCount;
    f.stale = (m_current == Utilization || m_current == Chips)
                  ? !m_snapshot || nowMs() - m_snapshot->tick->unixMs > kLiveAgeMs
                  : StatLabels::isStale(m_state, m_current == Datasets ? 0 : m_seriesFetchedMs);
    f.status << freshnessText(m_current);
    if (m_paused)
        f.status << tr("Paused");
    f.status << QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm"));
    return f;
}

// ------------------------------------------------------------------ keys

void SummaryScreen::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        emit leaveRequested();
        break;
    case Qt::Key_Right:
    case Qt::Key_PageDown: // presentation remotes send these
    case Qt::Key_Down:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
        previous();
        break;
    case Qt::Key_Space:
        setPaused(!m_paused);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace scb
