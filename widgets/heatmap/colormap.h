#pragma once

#include <QColor>
#include <QString>

#include <array>
#include <span>

// A 256-entry colour lookup table for sequential data, built by interpolating a few
// anchor colours in the Oklab space so that equal steps in value look like equal steps
// in colour. Cheap to copy (1 KiB); the heatmap indexes it once per cell.
class ColorMap
{
public:
    static constexpr int Size = 256;

    struct Anchor
    {
        double position = 0.0; // 0..1 along the scale
        QRgb color = 0;
    };

    ColorMap(); // viridis()

    // Anchors may come in any order; positions are clamped to 0..1. Fewer than two
    // usable anchors give a flat map of the one colour (or mid grey when none).
    static ColorMap fromAnchors(std::span<const Anchor> anchors, QString name = {});

    // The matplotlib "viridis" map sampled at nine published points: perceptually
    // uniform, monotone in lightness, readable by colour-blind users.
    static ColorMap viridis();
    // Dark blue -> teal -> yellow -> orange -> red: reads as "cold to hot", for load,
    // temperature and power; every entry is saturated, so grey "no data" stays distinct.
    static ColorMap heat();

    QRgb at(int index) const { return m_lut[static_cast<size_t>(qBound(0, index, Size - 1))]; }
    const QRgb *data() const { return m_lut.data(); }
    QRgb first() const { return m_lut.front(); }
    QRgb last() const { return m_lut.back(); }
    const QString &name() const { return m_name; }

    bool operator==(const ColorMap &other) const = default;

private:
    struct Blank
    {
    };
    explicit ColorMap(Blank) {}

    std::array<QRgb, Size> m_lut{};
    QString m_name;
};
