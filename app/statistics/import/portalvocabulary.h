#pragma once

#include "stats/statistics.h"

#include <QString>

#include <optional>
#include <string>

// The code lists portals use (EU authority tables, Creative Commons, IANA
// media types, CKAN and HDX keys), mapped to the keys a Dataset holds.
namespace scb::catalogimport {

// A theme key for a portal's group, topic or theme: one of knownThemes() by
// key or by a name that clearly means it; empty when none does.
std::string themeFor(const QString &label);

// An update frequency key for a DCAT-AP / Dublin Core frequency IRI or a
// plain word; empty when none fits.
std::string frequencyFor(const QString &value);

// An update frequency key for HDX's data_update_frequency, a count of days
// ("7", "365"; "-1": never, "-2": irregular); empty for another count.
std::string frequencyForHdxDays(const QString &days);

// "CC_BY_4_0" (EU licence table) or creativecommons.org/licenses/by/4.0/ →
// "CC-BY-4.0"; anything else as given.
QString licenseName(const QString &value);

// A distribution format from a media type ("text/csv", or IANA's IRI of it).
QString formatForMediaType(const QString &value);

// Access rights from a key or the IRI of one (EU access-right table:
// ".../NON_PUBLIC"); nullopt when it names none. An empty value is
// Unspecified.
std::optional<AccessRights> accessFor(const QString &value);

} // namespace scb::catalogimport
