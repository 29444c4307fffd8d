#include "stats/statistics.h"

#include "stats/statstext.h"

#include <cmath>
#include <limits>

namespace scb {

namespace {

constexpr size_t kMaxIdentifierBytes = 200;
constexpr size_t kMaxTextBytes = 20'000;
constexpr size_t kMaxKeywords = 64;
constexpr size_t kMaxKeywordBytes = 100;
constexpr size_t kMaxFormats = 32;
constexpr size_t kMaxKeyBytes = 64;
constexpr size_t kMaxSourceBytes = 500;

using statstext::isUtf8;
using statstext::quoted;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int digits(std::string_view text, size_t from, size_t count)
{
    int value = 0;
    for (size_t i = from; i < from + count; ++i)
        value = value * 10 + (text[i] - '0');
    return value;
}

bool allDigits(std::string_view text, size_t from, size_t count)
{
    for (size_t i = from; i < from + count; ++i) {
        if (!isDigit(text[i]))
            return false;
    }
    return true;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// "YYYY-MM-DD", a day that exists (2024-02-29 yes, 2023-02-29 no).
bool isDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !allDigits(text, 0, 4) ||
        !allDigits(text, 5, 2) || !allDigits(text, 8, 2))
        return false;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    const int last = kDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
    return day <= last;
}

bool isKey(std::string_view key)
{
    if (key.empty() || key.size() > kMaxKeyBytes)
        return false;
    for (const char c : key) {
        if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '_'))
            return false;
    }
    return true;
}

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '_' ||
           c == ':' || c == '-';
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

bool isHttpUrl(std::string_view url)
{
    size_t rest = 0;
    if (startsWithNoCase(url, "https://"))
        rest = 8;
    else if (startsWithNoCase(url, "http://"))
        rest = 7;
    else
        return false;
    if (url.size() == rest || url[rest] == '/')
        return false; // no host
    for (const char c : url) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F)
            return false; // spaces and control characters are not part of a URL
    }
    return true;
}

// "field: what" for a text over the limit or not UTF-8; empty when fine.
std::string checkText(std::string_view field, std::string_view text, size_t maxBytes)
{
    if (text.size() > maxBytes)
        return std::string(field) + ": longer than " + std::to_string(maxBytes) + " bytes";
    if (!isUtf8(text))
        return std::string(field) + ": not valid UTF-8";
    return {};
}

} // namespace

namespace statstext {

bool isUtf8(std::string_view text)
{
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        uint32_t code = 0;
        uint32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            code = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (n - i < length)
            return false;
        for (size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

std::string quoted(std::string_view text)
{
    // The message stays one line of reasonable length whatever the input.
    constexpr size_t kMaxQuotedBytes = 60;
    size_t end = text.size();
    if (end > kMaxQuotedBytes) {
        end = kMaxQuotedBytes;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
    }
    std::string out;
    out.reserve(end + 3);
    for (size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        out.push_back(c < 0x20 || c == 0x7F ? '?' : static_cast<char>(c));
    }
    if (!isUtf8(out))
        return "(not UTF-8)";
    if (end < text.size())
        out += "...";
    return out;
}

std::string_view trimmed(std::string_view text)
{
    constexpr std::string_view kSpace = " \t\r\n";
    const size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    const size_t last = text.find_last_not_of(kSpace);
    return text.substr(first, last - first + 1);
}

size_t characterCount(std::string_view text)
{
    size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

} // namespace statstext

std::string_view levelKey(DatasetLevel level)
{
    switch (level) {
    case DatasetLevel::National:
        return "national";
    case DatasetLevel::Provincial:
        return "provincial";
    case DatasetLevel::Municipal:
        return "municipal";
    case DatasetLevel::Unspecified:
        break;
    }
    return "";
}

std::string_view annotationKey(AnnotationStatus annotation)
{
    switch (annotation) {
    case AnnotationStatus::Raw:
        return "raw";
    case AnnotationStatus::Annotated:
        return "annotated";
    case AnnotationStatus::Benchmark:
        return "benchmark";
    case AnnotationStatus::Unspecified:
        break;
    }
    return "";
}

std::string_view accessKey(AccessRights access)
{
    switch (access) {
    case AccessRights::Public:
        return "public";
    case AccessRights::Restricted:
        return "restricted";
    case AccessRights::NonPublic:
        return "non-public";
    case AccessRights::Unspecified:
        break;
    }
    return "";
}

bool parseLevel(std::string_view key, DatasetLevel *level)
{
    for (const auto candidate : {DatasetLevel::Unspecified, DatasetLevel::National,
                                 DatasetLevel::Provincial, DatasetLevel::Municipal}) {
        if (levelKey(candidate) == key) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

bool parseAnnotation(std::string_view key, AnnotationStatus *annotation)
{
    for (const auto candidate : {AnnotationStatus::Unspecified, AnnotationStatus::Raw,
                                 AnnotationStatus::Annotated, AnnotationStatus::Benchmark}) {
        if (annotationKey(candidate) == key) {
            *annotation = candidate;
            return true;
        }
    }
    return false;
}

bool parseAccess(std::string_view key, AccessRights *access)
{
    for (const auto candidate : {AccessRights::Unspecified, AccessRights::Public,
                                 AccessRights::Restricted, AccessRights::NonPublic}) {
        if (accessKey(candidate) == key) {
            *access = candidate;
            return true;
        }
    }
    return false;
}

const std::vector<std::string_view> &knownThemes()
{
    static const std::vector<std::string_view> themes = {
        "tourism",     "electricity", "government", "meteorology", "healthcare", "industry",
        "agriculture", "transport",   "education",  "environment", "finance",    "other"};
    return themes;
}

std::string validateDataset(const Dataset &d)
{
    if (d.identifier.empty())
        return "identifier: missing";
    if (d.identifier.size() > kMaxIdentifierBytes)
        return "identifier: longer than " + std::to_string(kMaxIdentifierBytes) + " bytes";
    for (size_t i = 0; i < d.identifier.size(); ++i) {
        if (!isIdentifierChar(d.identifier[i]))
            return "identifier: character " + std::to_string(i + 1) +
                   " is not one of A-Z a-z 0-9 . _ : -: " + quoted(d.identifier);
    }
    const std::pair<std::string_view, const std::string *> texts[] = {
        {"title_zh", &d.title.zh},
        {"title_en", &d.title.en},
        {"description_zh", &d.description.zh},
        {"description_en", &d.description.en},
        {"publisher", &d.publisher},
        {"theme", &d.theme},
        {"license", &d.license},
        {"update_frequency", &d.updateFrequency},
        {"landing_page", &d.landingPage},
        {"source", &d.source},
        {"temporal_start", &d.temporalStart},
        {"temporal_end", &d.temporalEnd},
        {"issued", &d.issued},
        {"modified", &d.modified},
    };
    for (const auto &[field, text] : texts) {
        if (std::string problem = checkText(field, *text, kMaxTextBytes); !problem.empty())
            return problem;
    }
    if (d.title.zh.empty() && d.title.en.empty())
        return "title: missing in both languages";
    if (d.keywords.size() > kMaxKeywords)
        return "keywords: more than " + std::to_string(kMaxKeywords);
    for (const std::string &keyword : d.keywords) {
        if (keyword.empty())
            return "keywords: an empty keyword";
        if (std::string problem = checkText("keywords", keyword, kMaxKeywordBytes);
            !problem.empty())
            return problem + ": " + quoted(keyword);
    }
    if (d.formats.size() > kMaxFormats)
        return "formats: more than " + std::to_string(kMaxFormats);
    for (const std::string &format : d.formats) {
        if (format.empty())
            return "formats: an empty format";
        if (std::string problem = checkText("formats", format, kMaxTextBytes); !problem.empty())
            return problem;
    }
    if (d.level != DatasetLevel::Unspecified && levelKey(d.level).empty())
        return "level: unknown value " + std::to_string(static_cast<int>(d.level));
    if (d.annotation != AnnotationStatus::Unspecified && annotationKey(d.annotation).empty())
        return "annotation: unknown value " + std::to_string(static_cast<int>(d.annotation));
    if (d.access != AccessRights::Unspecified && accessKey(d.access).empty())
        return "access: unknown value " + std::to_string(static_cast<int>(d.access));
    // SQLite keeps integers signed.
    constexpr auto kMaxCount = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
    if (d.byteSize > kMaxCount)
        return "byte_size: too large: " + std::to_string(d.byteSize);
    if (d.recordCount > kMaxCount)
        return "record_count: too large: " + std::to_string(d.recordCount);
    const std::pair<std::string_view, const std::string *> dates[] = {
        {"temporal_start", &d.temporalStart},
        {"temporal_end", &d.temporalEnd},
        {"issued", &d.issued},
        {"modified", &d.modified},
    };
    for (const auto &[field, date] : dates) {
        if (!date->empty() && !isDate(*date))
            return std::string(field) + ": not a date YYYY-MM-DD: " + quoted(*date);
    }
    // ISO dates order as text.
    if (!d.temporalStart.empty() && !d.temporalEnd.empty() && d.temporalEnd < d.temporalStart)
        return "temporal_end: before temporal_start: " + d.temporalEnd + " < " + d.temporalStart;
    if (!d.landingPage.empty() && !isHttpUrl(d.landingPage))
        return "landing_page: not an http:// or https:// URL: " + quoted(d.landingPage);
    return {};
}

std::string validateObservation(const Observation &o)
{
    if (!isKey(o.series))
        return "series: not a key [a-z0-9_]{1,64}: " + quoted(o.series);
    const std::string_view p = o.period;
    bool periodOk = false;
    if ((p.size() == 4 || p.size() == 7) && allDigits(p, 0, 4)) {
        const int year = digits(p, 0, 4);
        periodOk = year >= 1990 && year <= 2100;
        if (periodOk && p.size() == 7) {
            periodOk =
                p[4] == '-' && allDigits(p, 5, 2) && digits(p, 5, 2) >= 1 && digits(p, 5, 2) <= 12;
        }
    }
    if (!periodOk)
        return "period: not YYYY or YYYY-MM (years 1990 to 2100): " + quoted(o.period);
    if (!o.category.empty() && !isKey(o.category))
        return "category: not a key [a-z0-9_]{1,64}: " + quoted(o.category);
    if (!std::isfinite(o.value))
        return "value: not a finite number";
    if (!isKey(o.unit))
        return "unit: not a key [a-z0-9_]{1,64}: " + quoted(o.unit);
    if (o.source.empty())
        return "source: missing";
    if (std::string problem = checkText("source", o.source, kMaxSourceBytes); !problem.empty())
        return problem;
    return {};
}

} // namespace scb
