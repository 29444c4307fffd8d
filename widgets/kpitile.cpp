#include "kpitile.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QFont pixelFont(const QFont &base, int pixelSize, QFont::Weight weight)
{
    QFont f = base;
    f.setPixelSize(std::max(1, pixelSize));
    f.setWeight(weight);
    return f;
}

} // namespace

KpiTile::KpiTile(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    updateAccessibleText();
}

KpiTile::~KpiTile() = default;

void KpiTile::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    updateAccessibleText();
    update();
    emit titleChanged(m_title);
}

void KpiTile::setValueText(const QString &text)
{
    if (text == m_valueText)
        return;
    m_valueText = text;
    updateAccessibleText();
    update();
    emit valueTextChanged(m_valueText);
}

void KpiTile::setSubText(const QString &text)
{
    if (text == m_subText)
        return;
    m_subText = text;
    updateAccessibleText();
    update();
    emit subTextChanged(m_subText);
}

void KpiTile::setTrendText(const QString &text)
{
    if (text == m_trendText)
        return;
    m_trendText = text;
    updateAccessibleText();
    update();
    emit trendTextChanged(m_trendText);
}

void KpiTile::setProgress(qreal progress)
{
    const qreal clamped = std::isnan(progress) ? 0.0 : std::clamp<qreal>(progress, 0.0, 1.0);
    if (clamped == m_progress)
        return;
    m_progress = clamped;
    update();
    emit progressChanged(m_progress);
}

void KpiTile::setProgressVisible(bool visible)
{
    if (visible == m_progressVisible)
        return;
    m_progressVisible = visible;
    update();
    emit progressVisibleChanged(m_progressVisible);
}

void KpiTile::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    updateAccessibleText();
    update();
    emit statusChanged(m_status);
}

QColor KpiTile::statusColor(Status status, bool darkBackground)
{
    switch (status) {
    case Status::Warning:
        return darkBackground ? QColor(0xf0, 0xb4, 0x29) : QColor(0xb4, 0x6d, 0x00);
    case Status::Critical:
        return darkBackground ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Status::Normal:
        break;
    }
    return darkBackground ? QColor(0x4a, 0xa3, 0xff) : QColor(0x1f, 0x6f, 0xc5);
}

QString KpiTile::statusText() const
{
    switch (m_status) {
    case Status::Warning:
        return tr("Warning");
    case Status::Critical:
        return tr("Critical");
    case Status::Normal:
        break;
    }
    return {};
}

void KpiTile::updateAccessibleText()
{
    setAccessibleName(m_title);
    QStringList parts{m_valueText, m_subText, m_trendText, statusText()};
    parts.removeAll(QString());
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
}

QSize KpiTile::sizeHint() const
{
    return {280, 136};
}

QSize KpiTile::minimumSizeHint() const
{
    return {150, 92};
}

void KpiTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

void KpiTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(base, text, 0.62);
    const QColor accent = statusColor(m_status, dark);

    // Card: rounded, a hairline border, a status stripe along the left edge.
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = std::clamp(height() * 0.05, 4.0, 8.0);
    QPainterPath cardPath;
    cardPath.addRoundedRect(card, radius, radius);
    painter.fillPath(cardPath, base);
    painter.save();
    painter.setClipPath(cardPath);
    const int stripe = height() >= 110 ? 5 : 4;
    painter.fillRect(QRectF(card.left(), card.top(), stripe, card.height()), accent);
    painter.restore();
    painter.setPen(QPen(mix(base, text, dark ? 0.22 : 0.16), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(cardPath);

    // Type scales with the tile's height: a 136-px tile gets a 40-px (30 pt) value.
    const int h = height();
    const int pad = std::clamp(h / 10, 6, 16);
    const QFont &baseFont = font();
    const QFont titleFont = pixelFont(baseFont, std::clamp(h * 12 / 100, 11, 18), QFont::DemiBold);
    const QFont smallFont = pixelFont(baseFont, std::clamp(h * 10 / 100, 10, 16), QFont::Normal);
    const int valuePx = std::clamp(h * 30 / 100, 18, 64);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(smallFont);

    const QRect inner = rect().adjusted(stripe + pad, pad, -pad, -pad);
    if (inner.width() <= 0 || inner.height() <= 0)
        return;

    // Top row: title, and a status badge on the right when not normal.
    int titleRight = inner.right();
    const QString badge = statusText();
    if (!badge.isEmpty()) {
        const int badgeWidth = smallMetrics.horizontalAdvance(badge) + smallMetrics.height();
        const QRect badgeRect(inner.right() + 1 - badgeWidth, inner.top(), badgeWidth,
                              titleMetrics.height());
        QColor fill = accent;
        fill.setAlphaF(dark ? 0.22f : 0.14f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(badgeRect), badgeRect.height() / 2.0,
                                badgeRect.height() / 2.0);
        painter.setFont(pixelFont(baseFont, smallFont.pixelSize(), QFont::DemiBold));
        painter.setPen(accent);
        painter.drawText(badgeRect, Qt::AlignCenter, badge);
        titleRight = badgeRect.left() - pad / 2;
    }
    painter.setFont(titleFont);
    painter.setPen(muted);
    const QRect titleRect(inner.left(), inner.top(), std::max(0, titleRight - inner.left()),
                          titleMetrics.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(m_title, Qt::ElideRight, titleRect.width()));

    // Bottom: the progress bar.
    int bottom = inner.bottom() + 1;
    if (m_progressVisible) {
        const int barHeight = std::clamp(h * 5 / 100, 4, 8);
        const QRectF track(inner.left(), bottom - barHeight, inner.width(), barHeight);
        QColor trackColor = text;
        trackColor.setAlphaF(dark ? 0.16f : 0.10f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(trackColor);
        painter.drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
        if (m_progress > 0) {
            // At least a dot, so a small but non-zero share is visibly not zero.
            const qreal fillWidth = std::max<qreal>(barHeight, track.width() * m_progress);
            painter.setBrush(accent);
            painter.drawRoundedRect(QRectF(track.left(), track.top(), fillWidth, barHeight),
                                    barHeight / 2.0, barHeight / 2.0);
        }
        bottom -= barHeight + std::max(4, pad / 2);
    }

    // Middle: the value across the full width (shrunk only when it cannot fit), then the
    // sub line. The trend shares the sub line when both fit, else takes a line of its own
    // unless that shrinks the value too much, else shares it anyway with the sub elided.
    const int middleTop = titleRect.bottom() + 1;
    const int lineHeight = smallMetrics.height();
    const bool hasSub = !m_subText.isEmpty();
    const bool hasTrend = !m_trendText.isEmpty();
    // +2: glyphs from a fallback font (arrows) can measure a pixel short.
    const int trendWidth = hasTrend ? smallMetrics.horizontalAdvance(m_trendText) + 2 : 0;
    const int subWidth = hasSub ? smallMetrics.horizontalAdvance(m_subText) + 2 : 0;
    const int gap = smallMetrics.averageCharWidth() * 2;
    const bool trendFitsBeside = !hasSub || subWidth + gap + trendWidth <= inner.width();
    const int middleHeight = bottom - middleTop;
    // The largest value font whose line fits above the given number of text lines and
    // whose text fits the width.
    const auto fitValue = [&](int textLines) {
        const int room = middleHeight - textLines * lineHeight;
        int px = valuePx;
        QFont f = pixelFont(baseFont, px, QFont::DemiBold);
        while (px > 10) {
            const QFontMetrics metrics(f);
            if (metrics.height() <= room && metrics.horizontalAdvance(m_valueText) <= inner.width())
                break;
            px = std::min(px - 1, px * 9 / 10);
            f.setPixelSize(px);
        }
        return f;
    };
    const int sharedLines = hasSub || hasTrend ? 1 : 0;
    bool trendOwnLine = hasTrend && !trendFitsBeside;
    QFont valueFont = fitValue(sharedLines + (trendOwnLine ? 1 : 0));
    // A line of its own for the trend is not worth shrinking the headline figure by more
    // than a fifth: share the sub line instead (eliding the sub text).
    if (trendOwnLine && valueFont.pixelSize() * 5 < fitValue(sharedLines).pixelSize() * 4) {
        trendOwnLine = false;
        valueFont = fitValue(sharedLines);
    }
    const int textLines = sharedLines + (trendOwnLine ? 1 : 0);
    const QFontMetrics valueMetrics(valueFont);
    const int blockHeight = valueMetrics.height() + textLines * lineHeight;
    // Top-anchored, so values line up across a row of tiles whatever their sub lines.
    const int blockTop = middleTop + std::clamp((middleHeight - blockHeight) / 2, 0, pad / 2);
    const QRect valueRect(inner.left(), blockTop, inner.width(), valueMetrics.height());
    painter.setFont(valueFont);
    painter.setPen(m_status == Status::Critical ? accent : text);
    painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
                     valueMetrics.elidedText(m_valueText, Qt::ElideRight, valueRect.width()));

    painter.setFont(smallFont);
    painter.setPen(muted);
    QRect line(inner.left(), valueRect.bottom() + 1, inner.width(), lineHeight);
    if (line.bottom() > bottom)
        return;
    if (hasTrend && !trendOwnLine) {
        const int width = std::min(trendWidth, inner.width());
        painter.drawText(QRect(inner.right() + 1 - width, line.top(), width, lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         smallMetrics.elidedText(m_trendText, Qt::ElideRight, width));
        line.setRight(inner.right() - width - gap);
    }
    if (hasSub && line.width() > 0) {
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(m_subText, Qt::ElideRight, line.width()));
    }
    if (trendOwnLine) {
        const QRect trendLine(inner.left(), line.bottom() + 1, inner.width(), lineHeight);
        if (trendLine.bottom() <= bottom) {
            painter.drawText(
                trendLine, Qt::AlignLeft | Qt::AlignVCenter,
                smallMetrics.elidedText(m_trendText, Qt::ElideRight, trendLine.width()));
        }
    }
}
