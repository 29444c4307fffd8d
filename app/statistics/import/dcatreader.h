#pragma once

#include "jsonld.h"

#include "stats/statistics.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace scb::catalogimport {

class DatasetCollector;

// DCAT-AP datasets in a JSON-LD document (compact, expanded or flattened)
// read into Datasets: the ones a dcat:Catalog lists, in its order, or
// failing a catalog, every dcat:Dataset node.
class DcatReader
{
    Q_DECLARE_TR_FUNCTIONS(scb::DatasetImport)
public:
    explicit DcatReader(DatasetCollector *collector);
    Q_DISABLE_COPY_MOVE(DcatReader) // m_standalone points into m_top

    // Finds the datasets in the document; returns how many there are, so
    // that a caller can refuse a file over its bounds before reading them.
    size_t find(const QJsonValue &root);
    void read();

private:
    enum class DateRole { Stamp, CoverageStart, CoverageEnd };

    void readDataset(const LdNode &node, int item);
    void readTexts(const LdNode &node, int item, Dataset *d);
    void readPublisher(const LdNode &node, int item, Dataset *d);
    void readTheme(const LdNode &node, int item, Dataset *d);
    QString licenseOf(const LdNode &node, int item);
    AccessRights accessOf(const LdNode &node, int item);
    void readDistributions(const LdNode &node, int item, Dataset *d);
    QString formatOf(const LdNode &distribution, int item);
    uint64_t byteSizeOf(const LdNode &distribution, int item);
    void readDates(const LdNode &node, int item, Dataset *d);
    void readDate(const QJsonValue &value,
                  const LdContextPtr &context,
                  int item,
                  std::string *target,
                  DateRole role);
    void readFrequencyAndPage(const LdNode &node, int item, Dataset *d);

    // The JSON-LD values, each wrong type noted.
    std::vector<LdText> texts(const QJsonValue &value, const LdContextPtr &context, int item);
    QString firstText(const QJsonValue &value, const LdContextPtr &context, int item);
    QStringList irisOrTexts(const QJsonValue &value, const LdContextPtr &context, int item);

    DatasetCollector *m_collector;
    LdNodeIndex m_index;
    std::vector<LdNode> m_top;
    std::vector<std::pair<QJsonValue, LdContextPtr>> m_listed; // by a catalog
    std::vector<const LdNode *> m_standalone;                  // into m_top
};

} // namespace scb::catalogimport
