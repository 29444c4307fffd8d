#pragma once

#include "stats/statistics.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace scb {

// What an import took and refused.
struct ImportReport
{
    QString file;
    QString format; // "CKAN package_search", "DCAT-AP JSON-LD"
    int taken = 0;
    QStringList refused; // one line each: "item 3 (name): title: missing"
    QStringList notes;   // what was adapted, e.g. "12 formats upper-cased"
    QString error;       // the file as a whole could not be read (then taken == 0)
};

// Bounds on an imported file, checked before anything is allocated for its
// content: a file over them is refused as a whole.
inline constexpr qint64 kMaxImportBytes = qint64(100) << 20; // 100 MiB
inline constexpr int kMaxImportItems = 100'000;
inline constexpr int kMaxImportDepth = 64; // nesting of arrays and objects

// Reads a dataset catalogue exported from an open-data portal, in one of the
// forms portals publish, detected from the content:
//   - CKAN's action API: a package_search response ({"success": true,
//     "result": {"results": [...]}}), a package_show response ({"result":
//     {...}}), or a plain array of packages;
//   - DCAT-AP in JSON-LD: a dcat:Catalog with its dcat:dataset (compact form
//     with an @context, expanded form with full IRIs, or flattened in an
//     @graph with nodes referenced by @id); failing a catalog, every
//     dcat:Dataset node.
// The file is untrusted: wrong types are ignored field by field, over-long
// texts truncated, and every dataset is checked with validateDataset(); the
// ones refused are listed in the report ("item 3 (name): why"), the others
// appended to *out with source "imported from <fileName> (CKAN)" or
// "(DCAT-AP)". A file that cannot be read as a whole (not JSON, over the
// bounds above, neither form) sets report.error and adds nothing.
ImportReport
importCatalog(const QByteArray &json, const QString &fileName, std::vector<Dataset> *out);

} // namespace scb

Q_DECLARE_METATYPE(scb::ImportReport)
