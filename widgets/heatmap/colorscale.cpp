#include "colorscale.h"

#include <QLocale>

#include <cmath>
#include <limits>

ColorScale::ColorScale()
    : ColorScale(QString(), 0, 100, QStringLiteral("%"))
{
}

ColorScale::ColorScale(QString label, qint32 minValue, qint32 maxValue, QString unit, ColorMap map)
    : m_label(std::move(label))
    , m_unit(std::move(unit))
    , m_minValue(minValue)
    , m_maxValue(maxValue)
    , m_map(std::move(map))
{
    // An empty or inverted range (bad settings, a metric without spread) still has to
    // colour something: widen it to one step instead of dividing by zero.
    if (m_maxValue <= m_minValue)
        m_maxValue = m_minValue == std::numeric_limits<qint32>::max() ? m_minValue : m_minValue + 1;
    if (m_maxValue == m_minValue)
        --m_minValue;
    m_range = qint64(m_maxValue) - m_minValue;
    m_scale = ((qint64(ColorMap::Size - 1) << 32) + m_range / 2) / m_range;
}

double ColorScale::valueAt(int index) const
{
    index = qBound(0, index, ColorMap::Size - 1);
    return m_minValue + double(m_range) * index / (ColorMap::Size - 1);
}

QString ColorScale::formatValue(double value, const QLocale &locale) const
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    const QString number = locale.toString(value, 'f', whole ? 0 : 1);
    if (m_unit.isEmpty())
        return number;
    // "%" sits after a thin no-break space in both English and Chinese typesetting.
    return number + QChar(0x202F) + m_unit;
}
