#include "summaryslides.h"

#include "formatting.h"
#include "statlabels.h"
#include "summaryscreen.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace scb::summaryslides {

// The texts here keep the summary screen's translation context, where they
// were written: their translations are filed under it.

namespace {

// High contrast on a dark room screen: near-white on near-black, one
// colour-blind-safe accent per slide (Okabe–Ito, lightened for the dark ground).
constexpr QColor kBackground(0x0b, 0x0f, 0x19);
constexpr QColor kText(0xf8, 0xfa, 0xfc);
constexpr QColor kSecondary(0xcb, 0xd5, 0xe1);
constexpr QColor kMuted(0x94, 0xa3, 0xb8);
constexpr QColor kTrack(0x33, 0x41, 0x55);
constexpr QColor kWarning(0xfc, 0xa5, 0xa5);
constexpr QColor kSynthetic(0xfd, 0xe6, 0x8a);

constexpr int kMaxThemeBars = 12;

QFont pixelFont(const QFont &base, double pixels, bool bold = false)
{
    QFont font(base);
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

// Draws text on one line in rect, shrunk (down to half size) and then
// elided to fit its width; returns the width drawn.
double drawFitted(QPainter &p, const QRectF &rect, int flags, const QString &text, QFont font)
{
    QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text);
    if (width > rect.width() && width > 0) {
        const double scale = std::max(0.5, rect.width() / width);
        font.setPixelSize(std::max(1, int(font.pixelSize() * scale)));
        metrics = QFontMetricsF(font);
    }
    p.setFont(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, rect.width());
    p.drawText(rect, flags | Qt::TextSingleLine, shown);
    return std::min(rect.width(), metrics.horizontalAdvance(shown));
}

// Heading: a bar of the slide's colour, the title, what it counts. Returns
// where the figure goes.
double paintHeading(QPainter &p, const Layout &l, const SummarySlide &s, const QColor &colour)
{
    const double u = l.unit;
    double y = l.content.top();
    p.fillRect(QRectF(l.content.left(), y + 0.8 * u, 0.8 * u, 7 * u), colour);
    const double textLeft = l.content.left() + 2.5 * u;
    const double textWidth = l.content.right() - textLeft;
    p.setPen(kText);
    drawFitted(p, QRectF(textLeft, y, textWidth, 8 * u), Qt::AlignLeft | Qt::AlignVCenter, s.title,
               pixelFont(l.font, 6.2 * u, true));
    y += 8.5 * u;
    p.setPen(kSecondary);
    drawFitted(p, QRectF(textLeft, y, textWidth, 4.5 * u), Qt::AlignLeft | Qt::AlignVCenter,
               s.subtitle, pixelFont(l.font, 3.4 * u));
    return y + 7 * u;
}

// The figure at y and its caption; returns where the next line goes.
double paintFigure(QPainter &p,
                   const Layout &l,
                   const SummarySlide &s,
                   const QColor &colour,
                   double y,
                   double figureWidth,
                   bool withChart)
{
    const double u = l.unit;
    QRectF figureRect(l.content.left(), y, figureWidth, 20 * u);
    const QFont figureFont = pixelFont(l.font, (withChart ? 15 : 19) * u, true);
    const QFont captionFont = pixelFont(l.font, 5 * u);
    // The caption beside the figure where both fit at their size (a little
    // smaller at most), else on a line of its own below.
    const double captionWidth =
        s.caption.isEmpty() ? 0.0 : QFontMetricsF(captionFont).horizontalAdvance(s.caption);
    const double figureNatural = QFontMetricsF(figureFont).horizontalAdvance(s.figure);
    const bool captionBeside = !withChart && !s.caption.isEmpty() &&
                               figureNatural * 0.8 + 3 * u + captionWidth <= figureWidth;
    if (captionBeside)
        figureRect.setWidth(figureWidth - 3 * u - captionWidth);
    p.setPen(colour);
    const double used =
        drawFitted(p, figureRect, Qt::AlignLeft | Qt::AlignVCenter, s.figure, figureFont);
    double below = figureRect.bottom() + 0.5 * u;

    if (captionBeside) {
        // On the figure's baseline side.
        const QRectF captionRect(figureRect.left() + used + 3 * u, figureRect.top(),
                                 captionWidth + u, figureRect.height() - 2.5 * u);
        p.setPen(kSecondary);
        drawFitted(p, captionRect, Qt::AlignLeft | Qt::AlignBottom, s.caption, captionFont);
    } else if (!withChart && !s.caption.isEmpty()) {
        p.setPen(kSecondary);
        drawFitted(p, QRectF(l.content.left(), below, figureWidth, 6 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, s.caption, captionFont);
        below += 6.5 * u;
    } else if (!s.caption.isEmpty()) {
        p.setPen(kSecondary);
        drawFitted(p, QRectF(l.content.left(), below, figureWidth, 5 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, s.caption, pixelFont(l.font, 4 * u));
        below += 6 * u;
    }
    return below;
}

// The bar to the target below the figure; returns where the next line goes.
double paintProgress(
    QPainter &p, const Layout &l, const SummarySlide &s, const QColor &colour, double below)
{
    const double u = l.unit;
    const QRectF track(l.content.left(), below + 2 * u, l.content.width(), 5 * u);
    p.setPen(Qt::NoPen);
    p.setBrush(kTrack);
    p.drawRoundedRect(track, 1 * u, 1 * u);
    if (s.progress > 0) {
        p.setBrush(colour);
        QRectF done = track;
        done.setWidth(std::max(track.height() * 0.5, track.width() * s.progress));
        p.drawRoundedRect(done, 1 * u, 1 * u);
    }
    // The target's end, marked.
    p.setPen(QPen(kText, 0.3 * u));
    p.drawLine(QPointF(track.right(), track.top() - u), QPointF(track.right(), track.bottom() + u));
    p.setPen(kText);
    drawFitted(p, QRectF(track.left(), track.bottom() + u, track.width(), 5 * u),
               Qt::AlignLeft | Qt::AlignVCenter, s.progressText, pixelFont(l.font, 3.6 * u, true));
    return track.bottom() + 7 * u;
}

// The details, a line each, then the note.
void paintDetails(
    QPainter &p, const Layout &l, const SummarySlide &s, double below, double width, bool withChart)
{
    const double u = l.unit;
    const QFont detailFont = pixelFont(l.font, (withChart ? 3.2 : 3.8) * u);
    p.setPen(kText);
    for (const QString &line : s.details) {
        drawFitted(p, QRectF(l.content.left(), below, width, 5.5 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, line, detailFont);
        below += 6 * u;
    }
    if (!s.note.isEmpty()) {
        p.setPen(kSynthetic);
        QFont noteFont = pixelFont(l.font, 2.8 * u);
        noteFont.setItalic(true);
        drawFitted(p, QRectF(l.content.left(), below + u, width, 4.5 * u),
                   Qt::AlignLeft | Qt::AlignVCenter, s.note, noteFont);
    }
}

// The chart's grid: 0 to 100 % up the left (labels labelWidth wide), the
// hours along the bottom.
void paintTodayGrid(QPainter &p,
                    const QRectF &rect,
                    const QRectF &plot,
                    const QFontMetricsF &fm,
                    double labelWidth,
                    double u)
{
    const QLocale locale;
    for (int percent = 0; percent <= 100; percent += 25) {
        const double y = plot.bottom() - plot.height() * percent / 100.0;
        p.setPen(QPen(kTrack, std::max(1.0, 0.12 * u)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(rect.left(), y - fm.height(), labelWidth, 2 * fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("scb::SummaryScreen", "%1 %")
                       .arg(locale.toString(percent)));
    }
    for (int hour = 0; hour <= 24; hour += 6) {
        const double x = plot.left() + plot.width() * hour / 24.0;
        p.setPen(kMuted);
        const QString label = QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
        const double w = fm.horizontalAdvance(label);
        const double left = std::clamp(x - w / 2, rect.left(), rect.right() - w);
        p.drawText(QRectF(left, plot.bottom() + u, w + 1, fm.height()), Qt::AlignCenter, label);
    }
}

} // namespace

QColor accent(int slide)
{
    switch (slide) {
    case SummaryScreen::Utilization:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case SummaryScreen::Chips:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case SummaryScreen::Cloud:
        return QColor(0x3c, 0xc8, 0xa0); // bluish green
    case SummaryScreen::Software:
        return QColor(0xf0, 0xe4, 0x42); // yellow
    default:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    }
}

Layout layoutFor(const QRect &rect, const QFont &font)
{
    Layout l;
    // Sizes follow the height (a meeting-room screen is read from its far end),
    // held back on a narrow window so the lines still fit.
    l.unit = std::min(rect.height() / 100.0, rect.width() / 140.0);
    l.font = font;
    const double margin = 4 * l.unit;
    l.page = QRectF(rect).adjusted(margin, margin * 0.8, -margin, -margin * 0.5);
    const double footerHeight = 5 * l.unit;
    l.footer = QRectF(l.page.left(), l.page.bottom() - footerHeight, l.page.width(), footerHeight);
    l.content = QRectF(l.page.left(), l.page.top(), l.page.width(),
                       l.footer.top() - l.page.top() - 2 * l.unit);
    return l;
}

void paintBackground(QPainter &p, const QRect &rect)
{
    p.fillRect(rect, kBackground);
}

QRectF paintSlide(
    QPainter &p, const Layout &l, const SummarySlide &s, const QColor &colour, bool withChart)
{
    const double u = l.unit;
    const double y = paintHeading(p, l, s, colour);
    // Slides with a chart: the figure on the left, the chart on the right.
    const double figureWidth = withChart ? l.content.width() * 0.36 : l.content.width();
    double below = paintFigure(p, l, s, colour, y, figureWidth, withChart);
    if (s.progress >= 0)
        below = paintProgress(p, l, s, colour, below);
    paintDetails(p, l, s, below, withChart ? figureWidth - 2 * u : l.content.width(), withChart);
    if (!withChart)
        return {};
    return QRectF(l.content.left() + figureWidth + 3 * u, y,
                  l.content.width() - figureWidth - 3 * u, l.content.bottom() - y);
}

void paintTodayChart(QPainter &p,
                     const QRectF &rect,
                     const Layout &l,
                     const std::vector<QPointF> &today,
                     double dayStartMs,
                     const QColor &colour)
{
    const double u = l.unit;
    const QFont labelFont = pixelFont(l.font, 2.6 * u);
    const QFontMetricsF fm(labelFont);
    const double labelWidth =
        fm.horizontalAdvance(QCoreApplication::translate("scb::SummaryScreen", "%1 %")
                                 .arg(QLocale().toString(100))) +
        u;
    const QRectF plot(rect.left() + labelWidth + u, rect.top() + 2 * u,
                      rect.width() - labelWidth - 2 * u,
                      rect.height() - 2 * u - fm.height() - 2 * u);
    if (plot.width() < 10 || plot.height() < 10)
        return;
    p.setFont(labelFont);
    paintTodayGrid(p, rect, plot, fm, labelWidth, u);
    if (today.empty()) {
        p.setPen(kMuted);
        drawFitted(p, plot, Qt::AlignCenter,
                   QCoreApplication::translate("scb::SummaryScreen", "No history for today yet"),
                   pixelFont(l.font, 3 * u));
        return;
    }
    const double dayMs = 24.0 * 3600 * 1000;
    const auto at = [&](const QPointF &point) {
        const double fx = std::clamp((point.x() - dayStartMs) / dayMs, 0.0, 1.0);
        return QPointF(plot.left() + plot.width() * fx,
                       plot.bottom() - plot.height() * point.y() / 100.0);
    };
    QPainterPath line;
    line.moveTo(at(today.front()));
    for (size_t i = 1; i < today.size(); ++i)
        line.lineTo(at(today[i]));
    QPainterPath area = line;
    area.lineTo(at(QPointF(today.back().x(), 0)));
    area.lineTo(at(QPointF(today.front().x(), 0)));
    area.closeSubpath();
    QColor fill = colour;
    fill.setAlpha(60);
    p.fillPath(area, fill);
    p.setPen(QPen(colour, std::max(2.0, 0.45 * u), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setPen(Qt::NoPen);
    p.setBrush(kText);
    p.drawEllipse(at(today.back()), 0.8 * u, 0.8 * u);
}

void paintThemeBars(QPainter &p,
                    const QRectF &rect,
                    const Layout &l,
                    const std::vector<DatasetIndex::ThemeTotal> &themes,
                    const QColor &colour)
{
    const double u = l.unit;
    if (themes.empty())
        return;
    const int rows = std::min<int>(kMaxThemeBars, int(themes.size()));
    const double rowHeight = std::min(rect.height() / rows, 8 * u);
    const QFont labelFont = pixelFont(l.font, std::min(rowHeight * 0.5, 3.4 * u));
    const QFontMetricsF fm(labelFont);
    double labelWidth = 0;
    for (int i = 0; i < rows; ++i)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(StatLabels::theme(
                                              QString::fromStdString(themes[size_t(i)].theme))));
    labelWidth = std::min(labelWidth + u, rect.width() * 0.38);
    uint32_t most = 1;
    for (int i = 0; i < rows; ++i)
        most = std::max(most, themes[size_t(i)].datasets);
    const double countWidth = fm.horizontalAdvance(formatCount(most)) + 2 * u;
    const double barLeft = rect.left() + labelWidth + u;
    const double barSpan = std::max(1.0, rect.right() - barLeft - countWidth);
    for (int i = 0; i < rows; ++i) {
        const auto &t = themes[size_t(i)];
        const double top = rect.top() + i * rowHeight;
        p.setPen(kText);
        drawFitted(p, QRectF(rect.left(), top, labelWidth, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   StatLabels::theme(QString::fromStdString(t.theme)), labelFont);
        const double width = std::max(0.3 * u, barSpan * t.datasets / most);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(barLeft, top + rowHeight * 0.18, width, rowHeight * 0.64), 0.5 * u,
                          0.5 * u);
        p.setPen(kText);
        p.setFont(labelFont);
        p.drawText(QRectF(barLeft + width + u, top, countWidth, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, formatCount(t.datasets));
    }
    if (int(themes.size()) > rows) {
        p.setPen(kMuted);
        drawFitted(p, QRectF(rect.left(), rect.top() + rows * rowHeight, rect.width(), rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("scb::SummaryScreen", "and %n more theme(s)",
                                               nullptr, int(themes.size()) - rows),
                   labelFont);
    }
}

void paintFooter(QPainter &p, const Layout &l, const Footer &footer)
{
    const double u = l.unit;
    const QRectF &f = l.footer;
    p.setPen(QPen(kTrack, std::max(1.0, 0.15 * u)));
    p.drawLine(f.topLeft(), f.topRight());
    const QFont font = pixelFont(l.font, 2.4 * u);
    const QRectF text = f.adjusted(0, 0.8 * u, 0, 0);

    // The dots in the middle, the current one filled and larger.
    const double pitch = 3 * u;
    const double dotsWidth = pitch * (footer.slideCount - 1);
    const double cx0 = f.center().x() - dotsWidth / 2;
    for (int i = 0; i < footer.slideCount; ++i) {
        const QPointF c(cx0 + i * pitch, text.center().y());
        if (i == footer.slide) {
            p.setPen(Qt::NoPen);
            p.setBrush(kText);
            p.drawEllipse(c, 0.9 * u, 0.9 * u);
        } else {
            p.setPen(QPen(kMuted, std::max(1.0, 0.15 * u)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, 0.6 * u, 0.6 * u);
        }
    }
    const double side = std::max(0.0, cx0 - 3 * u - f.left());
    p.setPen(kMuted);
    drawFitted(p, QRectF(f.left(), text.top(), side, text.height()),
               Qt::AlignLeft | Qt::AlignVCenter, footer.baseName, font);
    p.setPen(footer.stale ? kWarning : kMuted);
    drawFitted(p, QRectF(f.right() - side, text.top(), side, text.height()),
               Qt::AlignRight | Qt::AlignVCenter, footer.status.join(QStringLiteral("   ·   ")),
               font);
}

} // namespace scb::summaryslides
