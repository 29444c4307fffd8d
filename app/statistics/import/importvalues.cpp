#include "importvalues.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scb::catalogimport {

std::string toUtf8(const QString &text)
{
    return text.toUtf8().toStdString();
}

bool isHan(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

std::string clipped(std::string text, size_t maxBytes, bool *cut)
{
    if (text.size() <= maxBytes)
        return text;
    size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
    *cut = true;
    return text;
}

std::optional<std::string> datePart(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::string();
    auto digitsAt = [&t](int from, int count) {
        for (int i = from; i < from + count; ++i) {
            if (i >= t.size() || !t[i].isDigit() || t[i].unicode() > 0x7F)
                return false;
        }
        return true;
    };
    if (t.size() >= 10 && digitsAt(0, 4) && t[4] == QLatin1Char('-') && digitsAt(5, 2) &&
        t[7] == QLatin1Char('-') && digitsAt(8, 2) &&
        (t.size() == 10 || t[10] == QLatin1Char('T') || t[10] == QLatin1Char(' ') ||
         t[10] == QLatin1Char('Z') || t[10] == QLatin1Char('+')))
        return toUtf8(t.left(10));
    return std::nullopt;
}

QString lastSegment(QString iri)
{
    while (iri.endsWith(QLatin1Char('/')))
        iri.chop(1);
    const qsizetype cut =
        std::max(iri.lastIndexOf(QLatin1Char('/')), iri.lastIndexOf(QLatin1Char('#')));
    return cut >= 0 ? iri.mid(cut + 1) : iri;
}

std::optional<uint64_t> byteCount(const QJsonValue &value, bool *wrong)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qulonglong whole = text.toULongLong(&ok);
        if (ok)
            return whole;
        number = text.toDouble(&ok);
        if (!ok) {
            *wrong = true;
            return std::nullopt;
        }
    } else if (value.isNull() || value.isUndefined()) {
        return std::nullopt;
    } else {
        *wrong = true;
        return std::nullopt;
    }
    if (!std::isfinite(number) || number < 0 || number >= 1.8e19) {
        *wrong = true;
        return std::nullopt;
    }
    return static_cast<uint64_t>(std::floor(number));
}

uint64_t saturatedSum(uint64_t a, uint64_t b)
{
    return b > std::numeric_limits<uint64_t>::max() - a ? std::numeric_limits<uint64_t>::max()
                                                        : a + b;
}

std::optional<bool> boolish(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
        return value.toDouble() == 1;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1") ||
            text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0") ||
            text == QLatin1String("no"))
            return false;
    }
    return std::nullopt;
}

void BoundedList::add(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    std::string value = toUtf8(t);
    if (value.size() > maxBytes || (items.size() >= maxCount && !seen.count(value))) {
        dropped = true;
        return;
    }
    if (seen.insert(value).second)
        items.push_back(std::move(value));
}

} // namespace scb::catalogimport
