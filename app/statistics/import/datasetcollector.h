#pragma once

#include "importnotes.h"
#include "importvalues.h"

#include "stats/statistics.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace scb::catalogimport {

// Where the readers put what they read: the checks and adaptations both
// forms share, validateDataset(), the refusals and the notes.
class DatasetCollector
{
    Q_DECLARE_TR_FUNCTIONS(scb::DatasetImport)
public:
    // sourceKind names the form in each dataset's source: "CKAN", "DCAT-AP".
    DatasetCollector(const QString &fileName, const QString &sourceKind);

    void note(ImportNotes::Note which, int item, int times = 1)
    {
        m_notes.note(which, item, times);
    }

    // Localized text: untagged (CJK → zh, else en) or with a language tag;
    // the first text of a language wins.
    void putText(LocalizedText *target, const QString &text, const QString &language, int item);

    // The shared checks and adaptations, then validation: taken, or refused
    // with the reason.
    void finish(Dataset dataset, int item, const QString &rawId);
    void refuse(int item, const QString &shownId, const QString &why);

    // Keywords and formats, bounded (noted when some are left out); formats
    // upper-cased (noted), with the distributions' total size.
    void putKeywords(Dataset *dataset, BoundedList *keywords, int item);
    void addFormat(BoundedList *formats, const QString &format, int item);
    void putFormats(Dataset *dataset, BoundedList *formats, uint64_t byteSize, int item);

    std::vector<Dataset> &datasets() { return m_datasets; }
    const QStringList &refused() const { return m_refused; }
    const ImportNotes &notes() const { return m_notes; }

private:
    std::string adaptedIdentifier(const QString &rawId, int item);
    void fillGaps(Dataset *dataset, int item);
    void checkLandingPage(Dataset *dataset, int item);

    std::string m_source;
    std::vector<Dataset> m_datasets;
    QStringList m_refused;
    ImportNotes m_notes;
    std::unordered_map<std::string, int> m_seen; // identifier → item that had it
};

} // namespace scb::catalogimport
