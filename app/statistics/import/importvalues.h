#pragma once

#include <QJsonValue>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

// Values as portals send them (mixed types, over-long texts, dates with
// times), brought to what a Dataset holds. Shared by the CKAN and DCAT-AP
// readers.
namespace scb::catalogimport {

// What validateDataset() allows; longer texts are cut here, with a note,
// rather than losing the dataset.
inline constexpr size_t kMaxTextBytes = 20'000;
inline constexpr size_t kMaxKeywords = 64;
inline constexpr size_t kMaxKeywordBytes = 100;
inline constexpr size_t kMaxFormats = 32;
inline constexpr size_t kMaxFormatBytes = 64;

std::string toUtf8(const QString &text);

// Whether the text has a Chinese character, to file a text without a
// language tag as Chinese or English.
bool isHan(const QString &text);

// At most maxBytes of UTF-8, cut between characters; *cut set when cut.
std::string clipped(std::string text, size_t maxBytes, bool *cut);

// "2019-10-22T08:11:12.520687" → "2019-10-22". nullopt when the text does
// not start with a date (validateDataset() then checks the date exists).
std::optional<std::string> datePart(const QString &text);

// The last segment of an IRI: ".../data-theme/AGRI" → "AGRI".
QString lastSegment(QString iri);

// A whole, non-negative count from a number or a string of one ("142757",
// 142757, 1.4e5); nullopt for null or empty; *wrong set for anything else.
std::optional<uint64_t> byteCount(const QJsonValue &value, bool *wrong);

// a + b, or the largest count where the sum would not fit.
uint64_t saturatedSum(uint64_t a, uint64_t b);

// true/false from a boolean, "true"/"false" or 1/0, as portals mix them.
std::optional<bool> boolish(const QJsonValue &value);

// Keywords and formats: trimmed, deduplicated, bounded while collected, so a
// hostile list of a million entries costs nothing.
struct BoundedList
{
    size_t maxCount;
    size_t maxBytes;
    std::vector<std::string> items;
    std::unordered_set<std::string> seen;
    bool dropped = false;

    void add(const QString &text);
};

} // namespace scb::catalogimport
