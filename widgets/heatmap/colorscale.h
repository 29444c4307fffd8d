#pragma once

#include "colormap.h"

#include <QColor>
#include <QLocale>
#include <QString>
#include <QStringList>

// Maps a metric's integer values onto a ColorMap: minValue -> first entry, maxValue ->
// last, values in between linearly, values outside clamped. A negative value means "no
// data" (the fleet's quantized metrics are never negative) and gets a neutral grey that
// no entry of the shipped maps resembles.
class ColorScale
{
public:
    ColorScale(); // 0..100 on the heat map, no label
    ColorScale(QString label,
               qint32 minValue,
               qint32 maxValue,
               QString unit = {},
               ColorMap map = ColorMap::heat());

    const QString &label() const { return m_label; } // e.g. "Utilization"
    const QString &unit() const { return m_unit; }   // e.g. "%", "°C", "W"
    qint32 minValue() const { return m_minValue; }
    qint32 maxValue() const { return m_maxValue; }
    const ColorMap &colorMap() const { return m_map; }
    QRgb noDataColor() const { return m_noDataColor; }
    void setNoDataColor(QColor color) { m_noDataColor = color.rgb(); }

    // For categorical values minValue .. maxValue (e.g. a chip's state): one
    // name per value, drawn under the colour bar's equal bands instead of the
    // numeric ticks. Empty: a continuous scale.
    void setCategories(QStringList names) { m_categories = std::move(names); }
    const QStringList &categories() const { return m_categories; }

    // Index into colorMap() for a value, or -1 for "no data". Branch-light integer maths:
    // the heatmap calls it for every chip on every tick.
    int indexFor(qint32 value) const
    {
        if (value < 0)
            return -1;
        const qint64 offset = qint64(value) - m_minValue;
        if (offset <= 0)
            return 0;
        if (offset >= m_range)
            return ColorMap::Size - 1;
        return int((offset * m_scale + (qint64(1) << 31)) >> 32);
    }
    QRgb colorFor(qint32 value) const
    {
        const int index = indexFor(value);
        return index < 0 ? m_noDataColor : m_map.data()[index];
    }

    // The value a colour-map index stands for (legend ticks, tests).
    double valueAt(int index) const;
    // "87 %", "1,250 W" in the given locale's digits.
    QString formatValue(double value, const QLocale &locale) const;

    bool operator==(const ColorScale &other) const = default;

private:
    QString m_label;
    QString m_unit;
    qint32 m_minValue = 0;
    qint32 m_maxValue = 100;
    qint64 m_range = 100;
    qint64 m_scale = 0; // (Size - 1) / range in 32.32 fixed point
    ColorMap m_map;
    QRgb m_noDataColor = qRgb(0x8c, 0x8c, 0x8c);
    QStringList m_categories;
};
