#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace scb::catalogimport {

// What an import adapted, counted over the whole file, with the first item
// it happened to: one line per kind in the report rather than one per item.
class ImportNotes
{
    // The importer's classes share one tr() context: translations are keyed by it.
    Q_DECLARE_TR_FUNCTIONS(scb::DatasetImport)
public:
    enum Note : int {
        FormatsUpperCased,
        FormatsDropped,
        KeywordsDropped,
        TextsTruncated,
        WrongTypes,
        DatesDropped,
        IdentifiersAdapted,
        TitlesFromName,
        LandingPagesDropped,
        LandingPagesFromPortal,
        ThemesOther,
        OtherLanguages,
        NoteCount
    };

    void note(Note which, int item, int times = 1);
    // One line for each kind that happened, in the order above.
    QStringList lines() const;

private:
    struct Counter
    {
        int count = 0;
        int firstItem = 0;
    };

    int count(Note which) const { return m_counters[size_t(which)].count; }
    int first(Note which) const { return m_counters[size_t(which)].firstItem; }
    void addBoundsLines(QStringList *out) const;
    void addAdaptationLines(QStringList *out) const;

    std::array<Counter, NoteCount> m_counters{};
};

} // namespace scb::catalogimport
