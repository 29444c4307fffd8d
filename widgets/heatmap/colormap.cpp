#include "colormap.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Oklab (Björn Ottosson, 2020): a perceptual space where straight lines between
// colours are even-looking gradients, unlike straight lines in sRGB.
struct Lab
{
    double l, a, b;
};

double srgbToLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double linearToSrgb(double c)
{
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

Lab toOklab(QRgb rgb)
{
    const double r = srgbToLinear(qRed(rgb) / 255.0);
    const double g = srgbToLinear(qGreen(rgb) / 255.0);
    const double b = srgbToLinear(qBlue(rgb) / 255.0);
    const double l = std::cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
    const double m = std::cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
    const double s = std::cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
    return {0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
}

QRgb fromOklab(const Lab &lab)
{
    const double l = std::pow(lab.l + 0.3963377774 * lab.a + 0.2158037573 * lab.b, 3);
    const double m = std::pow(lab.l - 0.1055613458 * lab.a - 0.0638541728 * lab.b, 3);
    const double s = std::pow(lab.l - 0.0894841775 * lab.a - 1.2914855480 * lab.b, 3);
    const double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
    const double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
    const double b = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
    const auto channel = [](double c) {
        return static_cast<int>(std::lround(linearToSrgb(c) * 255));
    };
    return qRgb(channel(r), channel(g), channel(b));
}

} // namespace

ColorMap::ColorMap()
    : ColorMap(viridis())
{
}

ColorMap ColorMap::fromAnchors(std::span<const Anchor> anchors, QString name)
{
    ColorMap map{Blank{}};
    map.m_name = std::move(name);
    std::vector<Anchor> sorted;
    sorted.reserve(anchors.size());
    for (const Anchor &anchor : anchors) {
        if (std::isfinite(anchor.position))
            sorted.push_back({std::clamp(anchor.position, 0.0, 1.0), anchor.color | 0xff000000u});
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Anchor &x, const Anchor &y) { return x.position < y.position; });
    if (sorted.empty()) {
        map.m_lut.fill(qRgb(128, 128, 128));
        return map;
    }
    std::vector<Lab> labs;
    labs.reserve(sorted.size());
    for (const Anchor &anchor : sorted)
        labs.push_back(toOklab(anchor.color));

    size_t segment = 0;
    for (int i = 0; i < Size; ++i) {
        const double t = double(i) / (Size - 1);
        while (segment + 1 < sorted.size() && sorted[segment + 1].position < t)
            ++segment;
        QRgb color;
        if (t <= sorted.front().position) {
            color = sorted.front().color;
        } else if (segment + 1 >= sorted.size()) {
            color = sorted.back().color;
        } else {
            const double p0 = sorted[segment].position;
            const double p1 = sorted[segment + 1].position;
            const double f = p1 > p0 ? (t - p0) / (p1 - p0) : 1.0;
            const Lab &a = labs[segment];
            const Lab &b = labs[segment + 1];
            color =
                fromOklab({a.l + (b.l - a.l) * f, a.a + (b.a - a.a) * f, a.b + (b.b - a.b) * f});
        }
        map.m_lut[static_cast<size_t>(i)] = color;
    }
    // The ends are exactly the anchor colours, not a rounding-trip of them.
    if (sorted.front().position <= 0.0)
        map.m_lut.front() = sorted.front().color;
    if (sorted.back().position >= 1.0)
        map.m_lut.back() = sorted.back().color;
    return map;
}

ColorMap ColorMap::viridis()
{
    static constexpr Anchor anchors[] = {
        {0.000, 0xff440154}, {0.125, 0xff472d7b}, {0.250, 0xff3b528b},
        {0.375, 0xff2c728e}, {0.500, 0xff21918c}, {0.625, 0xff28ae80},
        {0.750, 0xff5ec962}, {0.875, 0xffaddc30}, {1.000, 0xfffde725},
    };
    return fromAnchors(anchors, QStringLiteral("viridis"));
}

ColorMap ColorMap::heat()
{
    static constexpr Anchor anchors[] = {
        {0.00, 0xff1b2c6b}, // dark blue: idle
        {0.30, 0xff168a9e}, // teal
        {0.47, 0xff52b95f}, // green: keeps the middle saturated, apart from "no data" grey
        {0.62, 0xfff2d845}, // yellow
        {0.80, 0xfff5892a}, // orange
        {1.00, 0xffd42a2a}, // red: saturated
    };
    return fromAnchors(anchors, QStringLiteral("heat"));
}
