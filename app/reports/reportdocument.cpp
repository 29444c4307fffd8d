#include "reportdocument.h"

#include "formatting.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scb {

namespace {

// Device units per point: QPdfWriter draws vectors, so the resolution only
// sets how finely text and lines are placed; 720 dpi is a tenth of a point.
constexpr int kDpi = 720;
constexpr double kUnit = kDpi / 72.0;
double pt(double points)
{
    return points * kUnit;
}

const QColor kInk(0x20, 0x24, 0x2a);
const QColor kMuted(0x5f, 0x66, 0x70);
const QColor kRule(0xc8, 0xcd, 0xd3);
const QColor kAccent(0x1f, 0x5f, 0xa8);
const QColor kHeaderFill(0xe8, 0xee, 0xf5);
const QColor kStripe(0xf6, 0xf8, 0xfa);

constexpr double kMarginPt = 42;
constexpr double kFooterPt = 26;
constexpr double kGapPt = 10;
constexpr double kRowPt = 15;
constexpr double kKpiHeightPt = 58;

} // namespace

// One thing added to the document.
struct ReportDocument::Block
{
    enum class Kind { Heading, Paragraph, Kpis, Table, Chart };
    Kind kind;
    QString text;
    int level = 1;
    bool muted = false;
    QList<Kpi> kpis;
    Table table;
    Chart chart;
};

// A block (or, for a table, a run of its rows) placed on a page at y.
struct ReportDocument::Placed
{
    const Block *block = nullptr;
    double y = 0;
    double height = 0;
    int firstRow = 0; // tables: rows [firstRow, lastRow)
    int lastRow = 0;
    bool continued = false;
    QStringList lines; // paragraphs: the wrapped lines
};

struct ReportDocument::Layout
{
    QRectF content; // in device units, inside the margins and above the footer
    QFont body, small, bold, h1, h2, kpiValue, title;
    std::vector<std::vector<Placed>> pages;
    QPaintDevice *device = nullptr;
};

ReportDocument::ReportDocument(const PageSetup &setup)
    : m_setup(setup)
    , m_families{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")}
{
}

ReportDocument::ReportDocument()
    : ReportDocument(PageSetup{})
{
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::setFontFamilies(const QStringList &families)
{
    if (!families.isEmpty())
        m_families = families;
}

void ReportDocument::setFooter(const QString &left)
{
    m_footer = left;
}

void ReportDocument::setTitlePage(const TitlePage &title)
{
    m_title = std::make_unique<TitlePage>(title);
}

void ReportDocument::addHeading(const QString &text, int level)
{
    auto block = std::make_unique<Block>(Block{Block::Kind::Heading});
    block->text = text;
    block->level = level;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addParagraph(const QString &text, bool muted)
{
    auto block = std::make_unique<Block>(Block{Block::Kind::Paragraph});
    block->text = text;
    block->muted = muted;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addKpis(const QList<Kpi> &kpis)
{
    auto block = std::make_unique<Block>(Block{Block::Kind::Kpis});
    block->kpis = kpis;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addTable(const Table &table)
{
    auto block = std::make_unique<Block>(Block{Block::Kind::Table});
    block->table = table;
    m_blocks.push_back(std::move(block));
}

void ReportDocument::addChart(const Chart &chart)
{
    auto block = std::make_unique<Block>(Block{Block::Kind::Chart});
    block->chart = chart;
    m_blocks.push_back(std::move(block));
}

double ReportDocument::niceStep(double max, int ticks)
{
    if (!(max > 0) || !std::isfinite(max) || ticks < 1)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

namespace {

QStringList wrapText(const QString &text, const QFont &font, QPaintDevice *device, double width)
{
    const QFontMetricsF fm(font, device);
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        // Break at spaces; CJK text has none, so break it between characters.
        int i = 0;
        const int n = int(paragraph.size());
        while (i < n) {
            int j = i;
            if (paragraph.at(i).isSpace()) {
                j = i + 1;
            } else if (paragraph.at(i).unicode() >= 0x2e80) {
                j = i + 1;
            } else {
                while (j < n && !paragraph.at(j).isSpace() && paragraph.at(j).unicode() < 0x2e80)
                    ++j;
            }
            const QString word = paragraph.mid(i, j - i);
            if (!line.isEmpty() && fm.horizontalAdvance(line + word) > width) {
                lines << line.trimmed();
                line = word.trimmed();
            } else {
                line += word;
            }
            i = j;
        }
        lines << line;
    }
    return lines;
}

double tableHeaderHeight(const ReportDocument::Table &table)
{
    return (table.title.isEmpty() ? 0 : pt(18)) + pt(kRowPt + 3);
}

QString axisNumber(double value, double step)
{
    const QLocale locale;
    const double a = std::abs(value);
    int decimals = 0;
    if (step < 1)
        decimals = std::min(3, int(std::ceil(-std::log10(step))));
    // Chinese readers count in 万 and 亿, not thousands and millions.
    if (locale.language() == QLocale::Chinese && a >= 1e4)
        return formatLargeNumber(value, locale);
    if (a >= 1e9 && step >= 1e8)
        return locale.toString(value / 1e9, 'f', step >= 1e9 ? 0 : 1) + QLatin1Char('G');
    if (a >= 1e6 && step >= 1e5)
        return locale.toString(value / 1e6, 'f', step >= 1e6 ? 0 : 1) + QLatin1Char('M');
    if (a >= 1e4 && step >= 1e3)
        return locale.toString(value / 1e3, 'f', step >= 1e3 ? 0 : 1) + QLatin1Char('k');
    return locale.toString(value, 'f', decimals);
}

} // namespace

void ReportDocument::paginate(Layout &layout)
{
    QPaintDevice *device = layout.device;
    const QRectF content = layout.content;
    layout.pages.clear();
    layout.pages.emplace_back(); // page 1: the title page (or the first blocks without one)
    double y = content.top();
    bool pageEmpty = true;
    if (m_title) {
        layout.pages.emplace_back();
        pageEmpty = true;
    }
    const auto newPage = [&] {
        layout.pages.emplace_back();
        y = content.top();
        pageEmpty = true;
    };
    const auto place = [&](Placed placed, double height) {
        if (!pageEmpty && y + height > content.bottom())
            newPage();
        placed.y = y;
        placed.height = height;
        layout.pages.back().push_back(std::move(placed));
        y += height + pt(kGapPt);
        pageEmpty = false;
    };

    for (const auto &owned : m_blocks) {
        const Block *block = owned.get();
        Placed placed;
        placed.block = block;
        switch (block->kind) {
        case Block::Kind::Heading: {
            if (block->level <= 1 && !pageEmpty)
                newPage();
            const QFont &font = block->level <= 1 ? layout.h1 : layout.h2;
            const double h = QFontMetricsF(font, device).height() + pt(block->level <= 1 ? 8 : 4);
            // Keep a heading with what follows: at least a few rows' room.
            if (!pageEmpty && y + h + pt(80) > content.bottom())
                newPage();
            place(placed, h);
            break;
        }
        case Block::Kind::Paragraph: {
            const QFont &font = layout.body;
            placed.lines = wrapText(block->text, font, device, content.width());
            const double lineH = QFontMetricsF(font, device).lineSpacing();
            // A long paragraph may run over pages, line by line.
            QStringList lines = placed.lines;
            while (!lines.isEmpty()) {
                const int room = std::max(1, int((content.bottom() - y) / lineH));
                if (!pageEmpty && room < 2 && lines.size() > 1) {
                    newPage();
                    continue;
                }
                Placed part = placed;
                part.lines = lines.mid(0, room);
                lines = lines.mid(room);
                place(part, lineH * part.lines.size());
                if (!lines.isEmpty())
                    newPage();
            }
            break;
        }
        case Block::Kind::Kpis: {
            const int perRow = content.width() > pt(600) ? 4 : 3;
            const int rows = (int(block->kpis.size()) + perRow - 1) / perRow;
            place(placed, rows * pt(kKpiHeightPt + 6));
            break;
        }
        case Block::Kind::Table: {
            const Table &table = block->table;
            const double head = tableHeaderHeight(table);
            const int total = int(table.rows.size());
            if (total == 0) {
                placed.firstRow = placed.lastRow = 0;
                place(placed, head + pt(kRowPt));
                break;
            }
            // A table that fits on one page is not split: it moves to the next page whole.
            if (!pageEmpty && y + head + total * pt(kRowPt) > content.bottom() &&
                content.top() + head + total * pt(kRowPt) <= content.bottom())
                newPage();
            int row = 0;
            bool continued = false;
            while (row < total) {
                double room = content.bottom() - y - head;
                int fits = int(room / pt(kRowPt));
                // Start a table on a fresh page rather than leave a header with a row or two.
                if (fits < std::min(3, total - row) && !pageEmpty) {
                    newPage();
                    continue;
                }
                fits = std::max(1, fits);
                Placed part = placed;
                part.firstRow = row;
                part.lastRow = std::min(total, row + fits);
                part.continued = continued;
                place(part, head + (part.lastRow - part.firstRow) * pt(kRowPt));
                row = part.lastRow;
                continued = true;
                if (row < total)
                    newPage();
            }
            break;
        }
        case Block::Kind::Chart:
            place(placed, pt(block->chart.heightPt));
            break;
        }
    }
    if (layout.pages.size() > 1 && layout.pages.back().empty())
        layout.pages.pop_back();
}

namespace {

void drawTitlePage(QPainter &p,
                   const ReportDocument::TitlePage &title,
                   const QRectF &content,
                   const QFont &titleFont,
                   const QFont &h2,
                   const QFont &body,
                   const QFont &bold)
{
    p.save();
    double y = content.top() + content.height() * 0.22;
    p.setPen(Qt::NoPen);
    p.setBrush(kAccent);
    p.drawRect(QRectF(content.left(), y - pt(24), pt(60), pt(5)));
    p.setPen(kInk);
    p.setFont(titleFont);
    const QFontMetricsF tfm(titleFont, p.device());
    QRectF titleRect(content.left(), y, content.width(), tfm.height() * 3);
    QRectF used;
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title.title, &used);
    y = used.bottom() + pt(8);
    p.setFont(h2);
    p.setPen(kMuted);
    p.drawText(QRectF(content.left(), y, content.width(), pt(30)), Qt::AlignLeft | Qt::AlignTop,
               title.subtitle);
    y += pt(50);
    const QFontMetricsF bfm(body, p.device());
    double labelWidth = 0;
    for (const auto &[label, value] : title.facts)
        labelWidth = std::max(labelWidth, QFontMetricsF(bold, p.device()).horizontalAdvance(label));
    labelWidth += pt(16);
    for (const auto &[label, value] : title.facts) {
        p.setFont(bold);
        p.setPen(kInk);
        p.drawText(QRectF(content.left(), y, labelWidth, bfm.height()), Qt::AlignLeft, label);
        p.setFont(body);
        QRectF valueRect(content.left() + labelWidth, y, content.width() - labelWidth, pt(60));
        QRectF valueUsed;
        p.drawText(valueRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, value, &valueUsed);
        y += std::max(bfm.height(), valueUsed.height()) + pt(8);
    }
    if (!title.note.isEmpty()) {
        y += pt(20);
        p.setFont(body);
        p.setPen(kMuted);
        p.drawText(QRectF(content.left(), y, content.width(), pt(120)),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title.note);
    }
    p.restore();
}

void drawKpis(QPainter &p,
              const QList<ReportDocument::Kpi> &kpis,
              const QRectF &area,
              const QFont &small,
              const QFont &value)
{
    const int perRow = area.width() > pt(600) ? 4 : 3;
    const double gap = pt(8);
    const double w = (area.width() - gap * (perRow - 1)) / perRow;
    for (int i = 0; i < kpis.size(); ++i) {
        const QRectF tile(area.left() + (i % perRow) * (w + gap),
                          area.top() + (i / perRow) * pt(kKpiHeightPt + 6), w, pt(kKpiHeightPt));
        p.setPen(QPen(kRule, pt(0.75)));
        p.setBrush(kStripe);
        p.drawRect(tile);
        p.setPen(Qt::NoPen);
        p.setBrush(kAccent);
        p.drawRect(QRectF(tile.left(), tile.top(), pt(3), tile.height()));
        const QRectF inner = tile.adjusted(pt(10), pt(6), -pt(6), -pt(5));
        p.setFont(small);
        p.setPen(kMuted);
        const QFontMetricsF sfm(small, p.device());
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), sfm.height()),
                   Qt::AlignLeft | Qt::AlignTop,
                   sfm.elidedText(kpis[i].label, Qt::ElideRight, inner.width()));
        // Long figures ("71.75 billion yuan") shrink to fit their tile rather than be cut.
        QFont fitted = value;
        while (fitted.pointSizeF() > 9 &&
               QFontMetricsF(fitted, p.device()).horizontalAdvance(kpis[i].value) > inner.width())
            fitted.setPointSizeF(fitted.pointSizeF() - 1);
        p.setFont(fitted);
        p.setPen(kInk);
        const QFontMetricsF vfm(fitted, p.device());
        p.drawText(QRectF(inner.left(), inner.top() + sfm.height(), inner.width(), vfm.height()),
                   Qt::AlignLeft | Qt::AlignTop,
                   vfm.elidedText(kpis[i].value, Qt::ElideRight, inner.width()));
        p.setFont(small);
        p.setPen(kMuted);
        p.drawText(QRectF(inner.left(), inner.bottom() - sfm.height(), inner.width(), sfm.height()),
                   Qt::AlignLeft | Qt::AlignTop,
                   sfm.elidedText(kpis[i].note, Qt::ElideRight, inner.width()));
    }
}

void drawTable(QPainter &p,
               const ReportDocument::Table &table,
               const QRectF &area,
               int firstRow,
               int lastRow,
               bool continued,
               const QFont &body,
               const QFont &bold,
               const QFont &h2)
{
    double y = area.top();
    if (!table.title.isEmpty()) {
        p.setFont(h2);
        p.setPen(kInk);
        const QString title =
            continued ? ReportDocument::tr("%1 (continued)").arg(table.title) : table.title;
        p.drawText(QRectF(area.left(), y, area.width(), pt(18)), Qt::AlignLeft | Qt::AlignVCenter,
                   title);
        y += pt(18);
    }
    const int columns = int(table.headers.size());
    QList<double> widths = table.widths;
    if (widths.size() != columns)
        widths = QList<double>(columns, 1.0);
    double sum = 0;
    for (double w : widths)
        sum += w;
    QList<double> xs{area.left()};
    for (double w : widths)
        xs << xs.back() + area.width() * w / (sum > 0 ? sum : 1);
    const auto alignOf = [&](int c) {
        return (c < table.alignRight.size() && table.alignRight[c] ? Qt::AlignRight
                                                                   : Qt::AlignLeft) |
               Qt::AlignVCenter;
    };
    const double pad = pt(4);
    const double headH = pt(kRowPt + 3);
    p.setPen(Qt::NoPen);
    p.setBrush(kHeaderFill);
    p.drawRect(QRectF(area.left(), y, area.width(), headH));
    p.setFont(bold);
    p.setPen(kInk);
    const QFontMetricsF bfm(bold, p.device());
    for (int c = 0; c < columns; ++c) {
        const QRectF cell(xs[c] + pad, y, xs[c + 1] - xs[c] - 2 * pad, headH);
        p.drawText(cell, alignOf(c),
                   bfm.elidedText(table.headers[c], Qt::ElideRight, cell.width()));
    }
    y += headH;
    const QFontMetricsF fm(body, p.device());
    p.setFont(body);
    if (table.rows.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(QRectF(area.left() + pad, y, area.width(), pt(kRowPt)),
                   Qt::AlignLeft | Qt::AlignVCenter, table.emptyText);
        return;
    }
    for (int r = firstRow; r < lastRow; ++r) {
        if ((r - firstRow) % 2 == 1) {
            p.setPen(Qt::NoPen);
            p.setBrush(kStripe);
            p.drawRect(QRectF(area.left(), y, area.width(), pt(kRowPt)));
        }
        p.setPen(kInk);
        const QStringList &row = table.rows[r];
        for (int c = 0; c < columns && c < row.size(); ++c) {
            const QRectF cell(xs[c] + pad, y, xs[c + 1] - xs[c] - 2 * pad, pt(kRowPt));
            p.drawText(cell, alignOf(c), fm.elidedText(row[c], Qt::ElideRight, cell.width()));
        }
        y += pt(kRowPt);
    }
    p.setPen(QPen(kRule, pt(0.75)));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
}

QString timeLabel(double ms, double spanMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(ms));
    const QLocale locale;
    if (spanMs <= 20 * 60e3)
        return locale.toString(t, QStringLiteral("HH:mm:ss"));
    if (spanMs <= 36 * 3600e3)
        return locale.toString(t, QStringLiteral("HH:mm"));
    return locale.toString(t.date(), QStringLiteral("MM-dd"));
}

void drawChart(QPainter &p,
               const ReportDocument::Chart &chart,
               const QRectF &area,
               const QFont &small,
               const QFont &h2)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    double top = area.top();
    p.setFont(h2);
    p.setPen(kInk);
    p.drawText(QRectF(area.left(), top, area.width(), pt(18)), Qt::AlignLeft | Qt::AlignVCenter,
               chart.title);
    top += pt(20);
    const QFontMetricsF fm(small, p.device());
    p.setFont(small);

    // Legend, one line under the title.
    double lx = area.left();
    for (const auto &s : chart.series) {
        p.setPen(QPen(s.color, pt(2), s.dashed ? Qt::DashLine : Qt::SolidLine));
        if (chart.kind == ReportDocument::Chart::Kind::Bar && !s.dashed) {
            p.setPen(Qt::NoPen);
            p.setBrush(s.color);
            p.drawRect(QRectF(lx, top + fm.height() / 2 - pt(4), pt(12), pt(8)));
        } else {
            p.drawLine(QPointF(lx, top + fm.height() / 2),
                       QPointF(lx + pt(14), top + fm.height() / 2));
        }
        p.setPen(kInk);
        const double w = fm.horizontalAdvance(s.name);
        p.drawText(QPointF(lx + pt(18), top + fm.ascent()), s.name);
        lx += pt(18) + w + pt(14);
    }
    top += fm.height() + pt(6);

    bool any = false;
    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    double maxY = 0, minY = 0;
    for (const auto &s : chart.series) {
        for (const QPointF &pt : s.points) {
            if (!std::isfinite(pt.x()) || !std::isfinite(pt.y()))
                continue;
            any = true;
            minX = std::min(minX, pt.x());
            maxX = std::max(maxX, pt.x());
            maxY = std::max(maxY, pt.y());
            minY = std::min(minY, pt.y());
        }
    }
    const double leftAxis = pt(46);
    const double bottomAxis = pt(30);
    const QRectF plot(area.left() + leftAxis, top, area.width() - leftAxis - pt(8),
                      area.bottom() - top - bottomAxis);
    p.setPen(QPen(kRule, pt(0.75)));
    p.setBrush(Qt::NoBrush);
    if (!any) {
        p.drawRect(plot);
        p.setPen(kMuted);
        p.drawText(plot, Qt::AlignCenter,
                   chart.emptyText.isEmpty() ? ReportDocument::tr("No data for this period")
                                             : chart.emptyText);
        p.restore();
        return;
    }
    if (maxY <= minY)
        maxY = minY + 1;
    const double step = ReportDocument::niceStep(maxY - minY, 5);
    const double yMax = std::ceil(maxY / step) * step;
    const double yMin = std::floor(minY / step) * step;
    const auto yOf = [&](double v) {
        return plot.bottom() - (v - yMin) / (yMax - yMin) * plot.height();
    };

    // Grid and y labels.
    for (double v = yMin; v <= yMax + step / 2; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(kRule, pt(0.5)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, leftAxis - pt(4), fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisNumber(v, step));
    }
    // The y title, rotated along the axis.
    if (!chart.yTitle.isEmpty()) {
        p.save();
        p.translate(area.left() - pt(2), plot.center().y());
        p.rotate(-90);
        p.setPen(kMuted);
        p.drawText(QRectF(-plot.height() / 2, -fm.height(), plot.height(), fm.height()),
                   Qt::AlignCenter, chart.yTitle);
        p.restore();
    }

    const bool categorical = !chart.timeAxis;
    const int categories = categorical ? int(std::max<qsizetype>(chart.categories.size(), 1)) : 0;
    if (categorical) {
        minX = -0.5;
        maxX = categories - 0.5;
    } else if (chart.timeToMs > chart.timeFromMs) {
        minX = chart.timeFromMs;
        maxX = chart.timeToMs;
    } else if (maxX <= minX) {
        maxX = minX + 1;
    }
    const auto xOf = [&](double x) {
        return plot.left() + (x - minX) / (maxX - minX) * plot.width();
    };

    // X labels: categories (thinned to fit) or times.
    p.setPen(kMuted);
    if (categorical) {
        double widest = 0;
        for (const QString &c : chart.categories)
            widest = std::max(widest, fm.horizontalAdvance(c));
        const double slot = plot.width() / categories;
        const int every = std::max(1, int(std::ceil((widest + pt(6)) / std::max(slot, 1.0))));
        for (int i = 0; i < chart.categories.size(); i += every) {
            const double x = xOf(i);
            const double w = slot * every;
            p.drawText(QRectF(x - w / 2, plot.bottom() + pt(3), w, fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop,
                       fm.elidedText(chart.categories[i], Qt::ElideRight, w));
        }
    } else {
        const int ticks = std::max(2, int(plot.width() / pt(70)));
        for (int i = 0; i <= ticks; ++i) {
            const double t = minX + (maxX - minX) * i / ticks;
            const double x = xOf(t);
            p.setPen(QPen(kRule, pt(0.5)));
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + pt(3)));
            p.setPen(kMuted);
            const QString label = timeLabel(t, maxX - minX);
            const double w = fm.horizontalAdvance(label) + pt(4);
            const double left = std::clamp(x - w / 2, plot.left() - leftAxis / 2, plot.right() - w);
            p.drawText(QRectF(left, plot.bottom() + pt(4), w, fm.height()), Qt::AlignCenter, label);
        }
    }
    p.setPen(QPen(kMuted, pt(0.75)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Bars side by side per category; dashed series of a bar chart (targets) as lines.
    int barSeries = 0;
    for (const auto &s : chart.series)
        barSeries += chart.kind == ReportDocument::Chart::Kind::Bar && !s.dashed;
    int barIndex = 0;
    p.setClipRect(plot.adjusted(-pt(2), -pt(4), pt(2), pt(2)));
    for (const auto &s : chart.series) {
        if (chart.kind == ReportDocument::Chart::Kind::Bar && !s.dashed) {
            const double slot = plot.width() / categories;
            const double groupW = slot * 0.72;
            const double barW = groupW / std::max(1, barSeries);
            p.setPen(Qt::NoPen);
            p.setBrush(s.color);
            for (const QPointF &v : s.points) {
                if (!std::isfinite(v.y()))
                    continue;
                const double x = xOf(v.x()) - groupW / 2 + barIndex * barW;
                const double y0 = yOf(0), y1 = yOf(v.y());
                p.drawRect(QRectF(x, std::min(y0, y1), barW * 0.92, std::abs(y0 - y1)));
            }
            ++barIndex;
            continue;
        }
        QPainterPath path;
        bool started = false;
        for (const QPointF &v : s.points) {
            if (!std::isfinite(v.x()) || !std::isfinite(v.y())) {
                started = false;
                continue;
            }
            const QPointF at(xOf(v.x()), yOf(v.y()));
            if (started)
                path.lineTo(at);
            else
                path.moveTo(at);
            started = true;
        }
        QPen pen(s.color, pt(s.dashed ? 1.25 : 1.5), s.dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (s.points.size() == 1) {
            p.setBrush(s.color);
            p.drawEllipse(QPointF(xOf(s.points[0].x()), yOf(s.points[0].y())), pt(2), pt(2));
        }
    }
    p.restore();
}

} // namespace

void ReportDocument::paintPage(QPainter &p, Layout &layout, int page) const
{
    const QRectF content = layout.content;
    if (page == 0 && m_title) {
        drawTitlePage(p, *m_title, content, layout.title, layout.h2, layout.body, layout.bold);
    } else {
        for (const Placed &placed : layout.pages[size_t(page)]) {
            const Block &block = *placed.block;
            const QRectF area(content.left(), placed.y, content.width(), placed.height);
            switch (block.kind) {
            case Block::Kind::Heading: {
                p.setFont(block.level <= 1 ? layout.h1 : layout.h2);
                p.setPen(block.level <= 1 ? kAccent : kInk);
                p.drawText(area, Qt::AlignLeft | Qt::AlignTop, block.text);
                if (block.level <= 1) {
                    p.setPen(QPen(kAccent, pt(1)));
                    p.drawLine(QPointF(area.left(), area.bottom() - pt(2)),
                               QPointF(area.right(), area.bottom() - pt(2)));
                }
                break;
            }
            case Block::Kind::Paragraph: {
                p.setFont(layout.body);
                p.setPen(block.muted ? kMuted : kInk);
                const QFontMetricsF fm(layout.body, p.device());
                double y = area.top();
                for (const QString &line : placed.lines) {
                    p.drawText(QPointF(area.left(), y + fm.ascent()), line);
                    y += fm.lineSpacing();
                }
                break;
            }
            case Block::Kind::Kpis:
                drawKpis(p, block.kpis, area, layout.small, layout.kpiValue);
                break;
            case Block::Kind::Table:
                drawTable(p, block.table, area, placed.firstRow, placed.lastRow, placed.continued,
                          layout.body, layout.bold, layout.h2);
                break;
            case Block::Kind::Chart:
                if (m_rasterDpi > 0) {
                    // A screenshot of the chart: what reports made of widgets do.
                    const double scale = double(m_rasterDpi) / kDpi;
                    QImage image(QSize(int(area.width() * scale), int(area.height() * scale)),
                                 QImage::Format_ARGB32_Premultiplied);
                    image.setDotsPerMeterX(int(kDpi / 0.0254));
                    image.setDotsPerMeterY(int(kDpi / 0.0254));
                    image.fill(Qt::white);
                    QPainter ip(&image);
                    ip.scale(scale, scale);
                    drawChart(ip, block.chart, QRectF(QPointF(0, 0), area.size()), layout.small,
                              layout.h2);
                    ip.end();
                    p.drawImage(area, image);
                } else {
                    drawChart(p, block.chart, area, layout.small, layout.h2);
                }
                break;
            }
        }
    }
    // Footer: what the report is, and where in it the reader is.
    const double footerY = content.bottom() + pt(kFooterPt) - pt(12);
    p.setPen(QPen(kRule, pt(0.5)));
    p.drawLine(QPointF(content.left(), footerY - pt(4)), QPointF(content.right(), footerY - pt(4)));
    p.setFont(layout.small);
    p.setPen(kMuted);
    const QFontMetricsF fm(layout.small, p.device());
    const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(m_pageCount);
    const double pageW = fm.horizontalAdvance(pageText) + pt(4);
    p.drawText(QRectF(content.right() - pageW, footerY, pageW, fm.height()),
               Qt::AlignRight | Qt::AlignTop, pageText);
    p.drawText(QRectF(content.left(), footerY, content.width() - pageW - pt(10), fm.height()),
               Qt::AlignLeft | Qt::AlignTop,
               fm.elidedText(m_footer, Qt::ElideRight, content.width() - pageW - pt(10)));
}

QString ReportDocument::render(QIODevice *device,
                               const std::function<void(int, int)> &progress,
                               const std::atomic_bool *cancel)
{
    QPdfWriter writer(device);
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("scb-dashboard"));
    if (m_title)
        writer.setTitle(m_title->title + QStringLiteral(" — ") + m_title->subtitle);
    const QPageLayout pageLayout(QPageSize(m_setup.size), m_setup.orientation,
                                 QMarginsF(kMarginPt, kMarginPt, kMarginPt, kMarginPt),
                                 QPageLayout::Point);
    if (!writer.setPageLayout(pageLayout))
        return tr("The page layout is not valid.");

    Layout layout;
    layout.device = &writer;
    const QRect paint = writer.pageLayout().paintRectPixels(kDpi);
    layout.content = QRectF(0, 0, paint.width(), paint.height() - pt(kFooterPt));
    QFont base;
    base.setFamilies(m_families);
    base.setStyleStrategy(QFont::PreferOutline);
    base.setHintingPreference(QFont::PreferNoHinting);
    const auto sized = [&](double points, bool boldFont) {
        QFont f = base;
        f.setPointSizeF(points);
        f.setBold(boldFont);
        return f;
    };
    layout.body = sized(8.5, false);
    layout.small = sized(7.5, false);
    layout.bold = sized(8.5, true);
    layout.h1 = sized(16, true);
    layout.h2 = sized(10.5, true);
    layout.kpiValue = sized(15, true);
    layout.title = sized(26, true);

    paginate(layout);
    m_pageCount = int(layout.pages.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Cannot write the PDF.");
    for (int page = 0; page < m_pageCount; ++page) {
        if (cancel && cancel->load()) {
            painter.end();
            return tr("Cancelled.");
        }
        if (page > 0)
            writer.newPage();
        paintPage(painter, layout, page);
        if (progress)
            progress(page + 1, m_pageCount);
    }
    if (!painter.end())
        return tr("Cannot write the PDF.");
    return {};
}

} // namespace scb
