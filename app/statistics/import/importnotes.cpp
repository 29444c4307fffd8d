#include "importnotes.h"

#include "importvalues.h"

namespace scb::catalogimport {

void ImportNotes::note(Note which, int item, int times)
{
    if (times <= 0)
        return;
    Counter &c = m_counters[size_t(which)];
    if (c.count == 0)
        c.firstItem = item;
    c.count += times;
}

QStringList ImportNotes::lines() const
{
    // "What: count" reads right for one and for many without a translation.
    QStringList out;
    addBoundsLines(&out);
    addAdaptationLines(&out);
    return out;
}

// What was cut to the bounds validateDataset() allows.
void ImportNotes::addBoundsLines(QStringList *out) const
{
    if (count(FormatsUpperCased))
        *out << tr("Format names upper-cased: %n.", nullptr, count(FormatsUpperCased));
    if (count(FormatsDropped))
        *out << tr("Datasets with formats left out (over %1 formats, or a name over %2 "
                   "bytes): %n, first item %3.",
                   nullptr, count(FormatsDropped))
                    .arg(kMaxFormats)
                    .arg(kMaxFormatBytes)
                    .arg(first(FormatsDropped));
    if (count(KeywordsDropped))
        *out << tr("Datasets with keywords left out (over %1 keywords, or one over %2 "
                   "bytes): %n, first item %3.",
                   nullptr, count(KeywordsDropped))
                    .arg(kMaxKeywords)
                    .arg(kMaxKeywordBytes)
                    .arg(first(KeywordsDropped));
    if (count(TextsTruncated))
        *out << tr("Texts cut to %1 bytes: %n, first item %2.", nullptr, count(TextsTruncated))
                    .arg(kMaxTextBytes)
                    .arg(first(TextsTruncated));
}

// What was ignored, adapted or filled in.
void ImportNotes::addAdaptationLines(QStringList *out) const
{
    if (count(WrongTypes))
        *out << tr("Values of an unexpected type ignored: %n, first item %1.", nullptr,
                   count(WrongTypes))
                    .arg(first(WrongTypes));
    if (count(DatesDropped))
        *out << tr("Dates not in the form YYYY-MM-DD left empty: %n, first item %1.", nullptr,
                   count(DatesDropped))
                    .arg(first(DatesDropped));
    if (count(IdentifiersAdapted))
        *out << tr("Identifiers adapted to the characters A-Z a-z 0-9 . _ : - (an IRI "
                   "to its last segment): %n, first item %1.",
                   nullptr, count(IdentifiersAdapted))
                    .arg(first(IdentifiersAdapted));
    if (count(TitlesFromName))
        *out << tr("Datasets without a title, named by their identifier: %n, first item "
                   "%1.",
                   nullptr, count(TitlesFromName))
                    .arg(first(TitlesFromName));
    if (count(LandingPagesDropped))
        *out << tr("Landing pages left out (not an http or https URL): %n, first item %1.", nullptr,
                   count(LandingPagesDropped))
                    .arg(first(LandingPagesDropped));
    if (count(LandingPagesFromPortal))
        *out << tr("Landing pages set to the dataset's page on the portal: %n.", nullptr,
                   count(LandingPagesFromPortal));
    if (count(ThemesOther))
        *out << tr("Datasets with no theme the catalog knows, filed under \"other\": %n.", nullptr,
                   count(ThemesOther));
    if (count(OtherLanguages))
        *out << tr("Texts in a language other than Chinese or English, kept as the "
                   "English text: %n, first item %1.",
                   nullptr, count(OtherLanguages))
                    .arg(first(OtherLanguages));
}

} // namespace scb::catalogimport
