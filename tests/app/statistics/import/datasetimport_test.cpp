// Importing dataset catalogues exported from open-data portals: CKAN's API
// (a real response from data.humdata.org) and DCAT-AP in JSON-LD, and files
// that try to break the import.
#include "datasetimport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace scb {
namespace {

QByteArray readFixture(const char *name)
{
    QFile file(QStringLiteral(SCB_FIXTURES_DIR "/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

std::string joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

bool anyContains(const QStringList &lines, const char *text)
{
    for (const QString &line : lines) {
        if (line.contains(QLatin1String(text)))
            return true;
    }
    return false;
}

ImportReport importText(const QByteArray &json,
                        std::vector<Dataset> *out,
                        const QString &name = QStringLiteral("catalog.json"))
{
    return importCatalog(json, name, out);
}

// --- CKAN --------------------------------------------------------------------

TEST(DatasetImportCkan, RealHdxPackageSearchResponseImportsWithItsMixedTypes)
{
    const QByteArray json = readFixture("ckan-package-search-hdx.json");
    ASSERT_FALSE(json.isEmpty());
    std::vector<Dataset> datasets;
    const ImportReport report =
        importCatalog(json, QStringLiteral("ckan-package-search-hdx.json"), &datasets);

    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(report.format, QStringLiteral("CKAN package_search"));
    EXPECT_EQ(report.file, QStringLiteral("ckan-package-search-hdx.json"));
    EXPECT_EQ(report.taken, 1);
    EXPECT_TRUE(report.refused.isEmpty()) << joined(report.refused);
    ASSERT_EQ(datasets.size(), 1u);

    const Dataset &d = datasets[0];
    EXPECT_EQ(validateDataset(d), "");
    EXPECT_EQ(d.identifier, "cod-ab-afg");
    EXPECT_EQ(d.title.en, "Afghanistan - Subnational Administrative Boundaries");
    EXPECT_EQ(d.title.zh, "");
    EXPECT_EQ(d.description.zh, "");
    EXPECT_EQ(d.description.en.rfind("Afghanistan administrative level 0-2", 0), 0u);
    EXPECT_EQ(d.keywords, (std::vector<std::string>{"administrative divisions",
                                                    "common operational dataset - cod", "gazetteer",
                                                    "geodata"}));
    EXPECT_EQ(d.publisher, "OCHA Field Information Services Section (FISS)");
    // Its group (Afghanistan) and topics are no theme of the base's catalog.
    EXPECT_EQ(d.theme, "other");
    EXPECT_EQ(d.license, "cc-by-igo");
    EXPECT_EQ(d.access, AccessRights::Public); // "private": false
    // "XLSX" and "Geoservice": upper-cased, in resource order.
    EXPECT_EQ(d.formats, (std::vector<std::string>{"XLSX", "GEOSERVICE"}));
    EXPECT_EQ(d.byteSize, 142757u); // 142757 + 0
    EXPECT_EQ(d.issued, "2019-10-22");
    EXPECT_EQ(d.modified, "2022-02-03");
    // HDX's "[2019-10-22T00:00:00 TO *]": open-ended coverage.
    EXPECT_EQ(d.temporalStart, "2019-10-22");
    EXPECT_EQ(d.temporalEnd, "");
    EXPECT_EQ(d.updateFrequency, "annual"); // HDX: every 365 days
    // "url": null, so the package's page on the portal that answered.
    EXPECT_EQ(d.landingPage, "https://data.humdata.org/dataset/cod-ab-afg");
    EXPECT_EQ(d.source, "imported from ckan-package-search-hdx.json (CKAN)");
    EXPECT_EQ(d.level, DatasetLevel::Unspecified);
    EXPECT_EQ(d.annotation, AnnotationStatus::Unspecified);

    EXPECT_TRUE(anyContains(report.notes, "upper-cased")) << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "\"other\"")) << joined(report.notes);
}

TEST(DatasetImportCkan, PackageShowWithAChineseTitleFillsTheChineseSide)
{
    const QByteArray json = R"({"help": "https://data.example.gov.cn/api/3/action/help_show",
        "success": true,
        "result": {"name": "gz-tourism-flows", "title": "贵州省旅游景区客流量统计",
                   "notes": "Monthly visitor counts", "url": "https://data.example.gov.cn/x",
                   "groups": [{"name": "culture", "title": "旅游"}],
                   "tags": ["旅游", {"name": "visitors"}, 7],
                   "private": "true",
                   "license_id": "notspecified", "license_title": "License not specified",
                   "resources": [{"format": "csv", "size": "1024"},
                                 {"format": " CSV ", "size": 2048.0},
                                 {"format": "json", "size": null},
                                 {"format": "Json", "size": "about 3 MB"},
                                 {"format": "", "size": -5},
                                 "not a resource"]}})";
    std::vector<Dataset> datasets;
    const ImportReport report = importText(json, &datasets);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(report.format, QStringLiteral("CKAN package_show"));
    ASSERT_EQ(datasets.size(), 1u) << joined(report.refused);
    const Dataset &d = datasets[0];
    EXPECT_EQ(d.title.zh, "贵州省旅游景区客流量统计");
    EXPECT_EQ(d.title.en, "");
    EXPECT_EQ(d.description.en, "Monthly visitor counts");
    EXPECT_EQ(d.theme, "tourism"); // the group's title names it
    EXPECT_EQ(d.keywords, (std::vector<std::string>{"旅游", "visitors"}));
    EXPECT_EQ(d.access, AccessRights::NonPublic); // "private": "true"
    EXPECT_EQ(d.license, "");
    EXPECT_EQ(d.formats, (std::vector<std::string>{"CSV", "JSON"}));
    EXPECT_EQ(d.byteSize, 3072u); // "1024" + 2048.0; null, text and negative ignored
    EXPECT_EQ(d.landingPage, "https://data.example.gov.cn/x");
    // 7 as a tag, "about 3 MB", -5, and a resource that is a string.
    EXPECT_TRUE(anyContains(report.notes, "Values of an unexpected type ignored: 4, first item 1."))
        << joined(report.notes);
}

TEST(DatasetImportCkan, PlainArrayOfPackagesAndTheRefusedOnesWithReasons)
{
    const QByteArray json = R"([
        {"name": "ok-one", "title": "One", "metadata_created": "2021-05-06T01:02:03"},
        {"title": "No name at all"},
        42,
        {"name": "bad-date", "title": "Bad", "metadata_modified": "2024-13-01T00:00:00"},
        {"name": "ok-one", "title": "Again"},
        {"name": "has spaces/and slash", "title": "Adapted"},
        {"name": "no-title"},
        {"name": "late", "title": "Late", "metadata_created": "sometime in 2020"}
    ])";
    std::vector<Dataset> datasets;
    const ImportReport report = importText(json, &datasets);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(report.format, QStringLiteral("CKAN package list"));
    EXPECT_EQ(report.taken, 4);
    ASSERT_EQ(datasets.size(), 4u);
    EXPECT_EQ(datasets[0].identifier, "ok-one");
    EXPECT_EQ(datasets[0].issued, "2021-05-06");
    EXPECT_EQ(datasets[1].identifier, "has-spaces-and-slash");
    EXPECT_EQ(datasets[2].identifier, "no-title");
    EXPECT_EQ(datasets[2].title.en, "no-title");
    EXPECT_EQ(datasets[3].issued, "");

    ASSERT_EQ(report.refused.size(), 4) << joined(report.refused);
    EXPECT_EQ(report.refused[0], QStringLiteral("item 2 (no identifier): identifier: missing"));
    EXPECT_EQ(report.refused[1],
              QStringLiteral("item 3 (no identifier): not a CKAN package (a JSON object)"));
    EXPECT_EQ(report.refused[2],
              QStringLiteral("item 4 (bad-date): modified: not a date YYYY-MM-DD: 2024-13-01"));
    EXPECT_EQ(
        report.refused[3],
        QStringLiteral("item 5 (ok-one): identifier: ok-one appears again (first in item 1)"));
    EXPECT_TRUE(anyContains(report.notes, "Identifiers adapted")) << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "named by their identifier")) << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "YYYY-MM-DD left empty: 1, first item 8."))
        << joined(report.notes);
}

TEST(DatasetImportCkan, PortalErrorAndSearchPagesAreReported)
{
    std::vector<Dataset> datasets;
    ImportReport report = importText(
        R"({"success": false, "error": {"message": "Access denied", "__type": "Authorization Error"}})",
        &datasets);
    EXPECT_EQ(report.error, QStringLiteral("The portal answered with an error: Access denied"));
    EXPECT_EQ(report.taken, 0);

    report = importText(R"({"success": true, "result": {"count": 250, "results": [
        {"name": "a", "title": "A"}, {"name": "b", "title": "B"}]}})",
                        &datasets);
    EXPECT_TRUE(report.error.isEmpty());
    EXPECT_EQ(report.taken, 2);
    EXPECT_TRUE(anyContains(report.notes, "holds 2 of the 250 datasets")) << joined(report.notes);
    EXPECT_EQ(datasets.size(), 2u);
}

// --- DCAT-AP JSON-LD -----------------------------------------------------------

// The same dataset three ways: compact with an @context, expanded, and
// flattened in an @graph with references.
const QByteArray kCompact = R"({
  "@context": {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "eu": "http://publications.europa.eu/resource/authority/",
    "id": "@id",
    "type": "@type"
  },
  "id": "https://data.example.gov.cn/catalog",
  "type": "dcat:Catalog",
  "dct:title": "贵州省公共数据目录",
  "dcat:dataset": [{
    "id": "https://data.example.gov.cn/dataset/gz-met-0001",
    "type": "dcat:Dataset",
    "dct:identifier": "gz-met-0001",
    "dct:title": [{"@language": "zh", "@value": "贵阳市逐时气象观测"},
                  {"@language": "en", "@value": "Hourly weather observations in Guiyang"}],
    "dct:description": {"@language": "en", "@value": "Temperature, humidity and rain."},
    "dcat:keyword": [{"@language": "zh", "@value": "气象"}, "weather", "weather"],
    "dct:publisher": {"type": "foaf:Organization", "foaf:name": "Guiyang Meteorological Bureau"},
    "dcat:theme": [{"id": "eu:data-theme/TECH"}, {"id": "eu:data-theme/AGRI"}],
    "dct:license": {"id": "eu:licence/CC_BY_4_0"},
    "dct:accessRights": {"id": "eu:access-right/PUBLIC"},
    "dct:issued": {"@value": "2021-03-01", "@type": "xsd:date"},
    "dct:modified": "2024-02-29T08:00:00Z",
    "dct:temporal": {"type": "dct:PeriodOfTime", "dcat:startDate": "2015", "dcat:endDate": "2023-12-31"},
    "dct:accrualPeriodicity": {"id": "eu:frequency/MONTHLY"},
    "dcat:landingPage": {"id": "https://data.example.gov.cn/dataset/gz-met-0001"},
    "dcat:distribution": [
      {"type": "dcat:Distribution", "dct:format": {"id": "eu:file-type/CSV"},
       "dcat:byteSize": {"@value": "1048576", "@type": "xsd:nonNegativeInteger"}},
      {"type": "dcat:Distribution", "dcat:mediaType": "https://www.iana.org/assignments/media-types/application/vnd.apache.parquet",
       "dcat:byteSize": 2048}
    ]
  }]
})";

const QByteArray kExpanded = R"([{
  "@id": "https://data.example.gov.cn/catalog",
  "@type": ["http://www.w3.org/ns/dcat#Catalog"],
  "http://www.w3.org/ns/dcat#dataset": [{
    "@id": "https://data.example.gov.cn/dataset/gz-met-0001",
    "@type": ["http://www.w3.org/ns/dcat#Dataset"],
    "http://purl.org/dc/terms/identifier": [{"@value": "gz-met-0001"}],
    "http://purl.org/dc/terms/title": [
      {"@value": "Hourly weather observations in Guiyang", "@language": "en"},
      {"@value": "贵阳市逐时气象观测", "@language": "zh-CN"}],
    "http://purl.org/dc/terms/description": [{"@value": "Temperature, humidity and rain.", "@language": "en"}],
    "http://www.w3.org/ns/dcat#keyword": [{"@value": "气象", "@language": "zh"}, {"@value": "weather"}],
    "http://purl.org/dc/terms/publisher": [{
      "@type": ["http://xmlns.com/foaf/0.1/Organization"],
      "http://xmlns.com/foaf/0.1/name": [{"@value": "Guiyang Meteorological Bureau"}]}],
    "http://www.w3.org/ns/dcat#theme": [{"@id": "http://publications.europa.eu/resource/authority/data-theme/AGRI"}],
    "http://purl.org/dc/terms/license": [{"@id": "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"}],
    "http://purl.org/dc/terms/accessRights": [{"@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC"}],
    "http://purl.org/dc/terms/issued": [{"@value": "2021-03-01", "@type": "http://www.w3.org/2001/XMLSchema#date"}],
    "http://purl.org/dc/terms/modified": [{"@value": "2024-02-29T08:00:00Z", "@type": "http://www.w3.org/2001/XMLSchema#dateTime"}],
    "http://purl.org/dc/terms/temporal": [{
      "http://www.w3.org/ns/dcat#startDate": [{"@value": "2015", "@type": "http://www.w3.org/2001/XMLSchema#gYear"}],
      "http://www.w3.org/ns/dcat#endDate": [{"@value": "2023-12-31"}]}],
    "http://purl.org/dc/terms/accrualPeriodicity": [{"@id": "http://publications.europa.eu/resource/authority/frequency/MONTHLY"}],
    "http://www.w3.org/ns/dcat#landingPage": [{"@id": "https://data.example.gov.cn/dataset/gz-met-0001"}],
    "http://www.w3.org/ns/dcat#distribution": [
      {"http://purl.org/dc/terms/format": [{"@id": "http://publications.europa.eu/resource/authority/file-type/CSV"}],
       "http://www.w3.org/ns/dcat#byteSize": [{"@value": 1048576}]},
      {"http://www.w3.org/ns/dcat#mediaType": [{"@id": "https://www.iana.org/assignments/media-types/application/vnd.apache.parquet"}],
       "http://www.w3.org/ns/dcat#byteSize": [{"@value": "2048"}]}]
  }]
}])";

// A remote context (not fetched): bare keys by their local names, nodes by reference.
const QByteArray kFlattened = R"({
  "@context": "https://www.w3.org/ns/dcat.jsonld",
  "@graph": [
    {"@id": "_:d1", "@type": "Distribution", "format": "csv", "byteSize": "1048576"},
    {"@id": "_:d2", "@type": "Distribution", "mediaType": "application/vnd.apache.parquet", "byteSize": 2048},
    {"@id": "https://example.org/org/gmb", "@type": "Organization", "name": "Guiyang Meteorological Bureau"},
    {"@id": "https://data.example.gov.cn/catalog", "@type": "Catalog",
     "dataset": [{"@id": "https://data.example.gov.cn/dataset/gz-met-0001"}, {"@id": "https://nowhere.example/x"}, 5]},
    {"@id": "https://data.example.gov.cn/dataset/gz-met-0001", "@type": "Dataset",
     "title": {"zh": "贵阳市逐时气象观测", "en": "Hourly weather observations in Guiyang"},
     "description": {"en": "Temperature, humidity and rain."},
     "keyword": ["气象", "weather"],
     "publisher": {"@id": "https://example.org/org/gmb"},
     "theme": "http://publications.europa.eu/resource/authority/data-theme/AGRI",
     "license": "https://creativecommons.org/licenses/by/4.0/",
     "accessRights": "http://publications.europa.eu/resource/authority/access-right/PUBLIC",
     "issued": "2021-03-01", "modified": "2024-02-29",
     "temporal": {"startDate": "2015-01-01", "endDate": "2023-12-31"},
     "accrualPeriodicity": "http://purl.org/cld/freq/monthly",
     "landingPage": "https://data.example.gov.cn/dataset/gz-met-0001",
     "distribution": [{"@id": "_:d1"}, {"@id": "_:d2"}]}
  ]
})";

Dataset expectedWeather()
{
    Dataset d;
    d.identifier = "gz-met-0001";
    d.title = {"贵阳市逐时气象观测", "Hourly weather observations in Guiyang"};
    d.description = {"", "Temperature, humidity and rain."};
    d.keywords = {"气象", "weather"};
    d.publisher = "Guiyang Meteorological Bureau";
    d.theme = "agriculture"; // EU AGRI; TECH has no theme of ours
    d.license = "CC-BY-4.0";
    d.access = AccessRights::Public;
    d.formats = {"CSV", "PARQUET"};
    d.byteSize = 1048576 + 2048;
    d.temporalStart = "2015-01-01"; // the year 2015
    d.temporalEnd = "2023-12-31";
    d.updateFrequency = "monthly";
    d.issued = "2021-03-01";
    d.modified = "2024-02-29";
    d.landingPage = "https://data.example.gov.cn/dataset/gz-met-0001";
    d.source = "imported from catalog.json (DCAT-AP)";
    return d;
}

TEST(DatasetImportDcat, CompactFormWithContextAndLanguageTags)
{
    std::vector<Dataset> datasets;
    const ImportReport report = importText(kCompact, &datasets);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(report.format, QStringLiteral("DCAT-AP JSON-LD"));
    EXPECT_TRUE(report.refused.isEmpty()) << joined(report.refused);
    ASSERT_EQ(datasets.size(), 1u);
    EXPECT_EQ(datasets[0], expectedWeather());
}

TEST(DatasetImportDcat, ExpandedFormGivesTheSameDataset)
{
    std::vector<Dataset> datasets;
    const ImportReport report = importText(kExpanded, &datasets);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(report.format, QStringLiteral("DCAT-AP JSON-LD"));
    ASSERT_EQ(datasets.size(), 1u) << joined(report.refused);
    EXPECT_EQ(datasets[0], expectedWeather());
}

TEST(DatasetImportDcat, FlattenedGraphWithReferencesAndLanguageMaps)
{
    std::vector<Dataset> datasets;
    const ImportReport report = importText(kFlattened, &datasets);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    ASSERT_EQ(datasets.size(), 1u) << joined(report.refused);
    EXPECT_EQ(datasets[0], expectedWeather());
    EXPECT_EQ(report.taken, 1);
    ASSERT_EQ(report.refused.size(), 2) << joined(report.refused);
    EXPECT_EQ(report.refused[0],
              QStringLiteral("item 2 (https://nowhere.example/x): a reference to a dataset the "
                             "file does not describe"));
    EXPECT_EQ(report.refused[1], QStringLiteral("item 3 (no identifier): not a dcat:Dataset (a "
                                                "JSON object or a reference)"));
    EXPECT_TRUE(anyContains(report.notes, "upper-cased")) << joined(report.notes); // "csv"
}

TEST(DatasetImportDcat, DatasetsWithoutACatalogAndUnknownThemes)
{
    const QByteArray json = R"({"@context": {"dcat": "http://www.w3.org/ns/dcat#",
                                           "dct": "http://purl.org/dc/terms/"},
      "@graph": [
        {"@id": "urn:ds:1", "@type": "dcat:Dataset", "dct:title": "Power load, Guizhou grid",
         "dcat:theme": "http://publications.europa.eu/resource/authority/data-theme/ENER",
         "dct:accrualPeriodicity": "http://publications.europa.eu/resource/authority/frequency/BIENNIAL",
         "dct:issued": "2023", "dcat:landingPage": "ftp://files.example/x"},
        {"@id": "urn:ds:2", "@type": ["dcat:Dataset"], "dct:title": {"@value": "Rainfall", "@language": "de"},
         "dct:identifier": "rain", "dcat:theme": {"@id": "http://example.org/themes/meteorology"}}
      ]})";
    std::vector<Dataset> datasets;
    const ImportReport report = importText(json, &datasets);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    ASSERT_EQ(datasets.size(), 2u) << joined(report.refused);
    EXPECT_EQ(datasets[0].identifier, "urn:ds:1");
    EXPECT_EQ(datasets[0].title.en, "Power load, Guizhou grid");
    EXPECT_EQ(datasets[0].theme, "other");      // all energy is not our electricity
    EXPECT_EQ(datasets[0].updateFrequency, ""); // every two years: no key for it
    EXPECT_EQ(datasets[0].issued, "");          // a year is not a day
    EXPECT_EQ(datasets[0].landingPage, "");     // not http(s)
    EXPECT_EQ(datasets[1].identifier, "rain");
    EXPECT_EQ(datasets[1].theme, "meteorology");
    EXPECT_EQ(datasets[1].title.en, "Rainfall"); // German, for want of English
    EXPECT_TRUE(anyContains(report.notes, "Landing pages left out")) << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "YYYY-MM-DD left empty")) << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "other than Chinese or English")) << joined(report.notes);
}

// --- hostile files -------------------------------------------------------------

TEST(DatasetImportHostile, FilesThatAreNotCataloguesAreRefusedWithAReason)
{
    struct Case
    {
        QByteArray json;
        const char *error;
    };
    const Case cases[] = {
        {"", "The file is empty."},
        {"   \n", "The file is empty."},
        {"not json at all", "The file is not JSON"},
        {"{\"result\": ", "The file is not JSON"},
        {"\xff\xfe{\x00}", "The file is not JSON"},
        {"42", "not JSON"}, // a bare number: Qt refuses it as a document
        {"\"text\"", "not JSON"},
        {"[]", "The file is an empty list."},
        {"[1, 2, 3]", "The file is a list of values, not of datasets."},
        {"[\"a\", \"b\"]", "The file is a list of strings, not of datasets."},
        {"{}", "neither a CKAN API response nor a DCAT-AP JSON-LD catalogue"},
        {"{\"result\": 5}", "no \"result\" object"},
        {"{\"success\": \"no\", \"error\": 3}", "The portal answered with an error: (no message)"},
        {"{\"@context\": {}, \"@graph\": []}", "holds no dcat:Dataset"},
        {"{\"@type\": \"dcat:Catalog\", \"dcat:dataset\": []}", "holds no dcat:Dataset"},
    };
    for (const Case &c : cases) {
        std::vector<Dataset> datasets;
        const ImportReport report = importText(c.json, &datasets);
        EXPECT_TRUE(report.error.contains(QLatin1String(c.error)))
            << c.json.toStdString() << " -> " << report.error.toStdString();
        EXPECT_EQ(report.taken, 0);
        EXPECT_TRUE(datasets.empty());
    }
}

TEST(DatasetImportHostile, DeepNestingIsRefusedBeforeParsing)
{
    for (const int depth : {65, 1025, 10'000, 1'000'000}) {
        const QByteArray arrays = QByteArray(depth, '[') + QByteArray(depth, ']');
        std::vector<Dataset> datasets;
        ImportReport report = importText(arrays, &datasets);
        EXPECT_TRUE(report.error.contains(QLatin1String("deeper than 64 levels")))
            << depth << ": " << report.error.toStdString();

        QByteArray objects;
        for (int i = 0; i < std::min(depth, 20'000); ++i)
            objects += "{\"a\":";
        objects += "1";
        objects += QByteArray(std::min(depth, 20'000), '}');
        report = importText(objects, &datasets);
        EXPECT_TRUE(report.error.contains(QLatin1String("deeper than 64 levels")))
            << depth << ": " << report.error.toStdString();
        EXPECT_TRUE(datasets.empty());
    }
    // Brackets inside strings do not count; 64 levels are fine.
    std::vector<Dataset> datasets;
    QByteArray json =
        R"({"success": true, "result": {"results": [{"name": "x", "title": "[[[[{{{{\"", "extras": )";
    json += QByteArray(59, '[') + QByteArray(59, ']') + "}]}}";
    const ImportReport report = importText(json, &datasets);
    EXPECT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(report.taken, 1);
}

TEST(DatasetImportHostile, SizeAndItemCountLimits)
{
    std::vector<Dataset> datasets;
    QByteArray huge(kMaxImportBytes + 1, ' ');
    huge[0] = '[';
    huge[huge.size() - 1] = ']';
    ImportReport report = importText(huge, &datasets);
    EXPECT_EQ(report.error, QStringLiteral("The file is larger than 100 MiB."));
    huge.clear();
    huge.squeeze();

    QByteArray many = "[";
    for (int i = 0; i <= kMaxImportItems; ++i)
        many += i ? ",{}" : "{}";
    many += "]";
    report = importText(many, &datasets);
    EXPECT_EQ(report.error, QStringLiteral("The file lists more than 100000 datasets; split it."));

    QByteArray search = R"({"success": true, "result": {"results": )" + many + "}}";
    report = importText(search, &datasets);
    EXPECT_EQ(report.error, QStringLiteral("The file lists more than 100000 datasets; split it."));

    QByteArray graph = R"({"@graph": [)";
    for (int i = 0; i <= kMaxImportItems; ++i)
        graph += (i ? ",{\"@type\":\"dcat:Dataset\"}" : "{\"@type\":\"dcat:Dataset\"}");
    graph += "]}";
    report = importText(graph, &datasets);
    EXPECT_EQ(report.error, QStringLiteral("The file lists more than 100000 datasets; split it."));
    EXPECT_TRUE(datasets.empty());
}

TEST(DatasetImportHostile, WrongTypesAndOverLongTextsAreAdaptedOrRefused)
{
    QJsonArray packages;
    // Every field of the wrong type: only the name is usable.
    packages.append(QJsonObject{{"name", "wrong-types"},
                                {"title", 42},
                                {"notes", QJsonArray{1, 2}},
                                {"tags", "tourism"},
                                {"organization", "Guizhou"},
                                {"resources", QJsonObject{{"format", "CSV"}}},
                                {"metadata_created", true},
                                {"private", "maybe"},
                                {"url", 3}});
    // Texts past the limits: cut at a character boundary (3-byte characters).
    const QString longTitle(30'000, QChar(0x6C14)); // 气
    QJsonArray manyTags;
    for (int i = 0; i < 1000; ++i)
        manyTags.append(QJsonObject{{"name", QStringLiteral("tag%1").arg(i)}});
    manyTags.append(QJsonObject{{"name", QString(500, QLatin1Char('k'))}});
    QJsonArray manyResources;
    for (int i = 0; i < 200; ++i)
        manyResources.append(
            QJsonObject{{"format", QStringLiteral("f%1").arg(i)}, {"size", 1e300}});
    packages.append(
        QJsonObject{{"name", "long-texts"},
                    {"title", longTitle},
                    {"notes", QString(25'000, QLatin1Char('n'))},
                    {"tags", manyTags},
                    {"resources", manyResources},
                    {"organization", QJsonObject{{"title", QString(30'000, QLatin1Char('o'))}}}});
    packages.append(
        QJsonObject{{"name", QString(300, QLatin1Char('x'))}, {"title", "Too long a name"}});
    packages.append(QJsonObject{{"name", QStringLiteral("nul\u0000name")},
                                {"title", QStringLiteral("NUL \u0000 inside")}});
    packages.append(QJsonObject{
        {"name", "ends-before-start"},
        {"title", "T"},
        {"extras", QJsonArray{QJsonObject{{"key", "temporal_start"}, {"value", "2024-01-01"}},
                              QJsonObject{{"key", "temporal_end"}, {"value", "2023-01-01"}}}}});
    packages.append(
        QJsonObject{{"name", "javascript-page"}, {"title", "T"}, {"url", "javascript:alert(1)"}});

    std::vector<Dataset> datasets;
    const ImportReport report =
        importText(QJsonDocument(packages).toJson(QJsonDocument::Compact), &datasets);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    EXPECT_EQ(report.taken, 4) << joined(report.refused);
    ASSERT_EQ(datasets.size(), 4u);

    const Dataset &wrong = datasets[0];
    EXPECT_EQ(wrong.identifier, "wrong-types");
    EXPECT_EQ(wrong.title.en, "wrong-types");
    EXPECT_TRUE(wrong.description.en.empty());
    EXPECT_TRUE(wrong.keywords.empty());
    EXPECT_TRUE(wrong.formats.empty());
    EXPECT_EQ(wrong.issued, "");
    EXPECT_EQ(wrong.access, AccessRights::Unspecified);

    const Dataset &longOne = datasets[1];
    EXPECT_EQ(validateDataset(longOne), "");
    EXPECT_EQ(longOne.title.zh.size(), 19'998u); // 6,666 whole characters
    EXPECT_EQ(longOne.title.en, "");
    EXPECT_EQ(longOne.description.en.size(), 20'000u);
    EXPECT_EQ(longOne.publisher.size(), 20'000u);
    EXPECT_EQ(longOne.keywords.size(), 64u);
    EXPECT_EQ(longOne.keywords.front(), "tag0");
    EXPECT_EQ(longOne.formats.size(), 32u);
    EXPECT_EQ(longOne.formats.front(), "F0");
    EXPECT_EQ(longOne.byteSize, 0u); // 1e300 is no size

    EXPECT_EQ(datasets[2].identifier, "nul-name");
    EXPECT_EQ(datasets[3].identifier, "javascript-page");
    EXPECT_EQ(datasets[3].landingPage, "");

    ASSERT_EQ(report.refused.size(), 2) << joined(report.refused);
    EXPECT_TRUE(report.refused[0].startsWith(QStringLiteral("item 3 (xxxx")));
    EXPECT_TRUE(report.refused[0].endsWith(QStringLiteral("identifier: longer than 200 bytes")))
        << report.refused[0].toStdString();
    EXPECT_EQ(report.refused[1],
              QStringLiteral("item 5 (ends-before-start): temporal_end: before temporal_start: "
                             "2023-01-01 < 2024-01-01"));

    EXPECT_TRUE(anyContains(report.notes, "unexpected type")) << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "Texts cut to 20000 bytes: 3, first item 2."))
        << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "Datasets with keywords left out (over 64 keywords"))
        << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "Datasets with formats left out (over 32 formats"))
        << joined(report.notes);
    EXPECT_TRUE(anyContains(report.notes, "Landing pages left out")) << joined(report.notes);
}

TEST(DatasetImportHostile, JsonLdContextsThatLoopOrLieDoNotHang)
{
    const QByteArray json = R"({"@context": {"a": "b", "b": "a", "c": "c:x", "@vocab": 5,
                                           "title": {"@id": 7}, "dataset": null},
      "@type": "dcat:Catalog",
      "dcat:dataset": [{"@type": "dcat:Dataset", "@id": "loop", "a": 1, "c": 2,
                        "dct:title": {"@value": {"nested": true}},
                        "dcat:keyword": [{"@id": "x"}, null, 3, {"@value": "ok"}],
                        "dcat:distribution": [5, {"dct:format": [null, {"x": 1}]},
                                              {"dcat:byteSize": {"@value": -1}}],
                        "dct:temporal": ["nowhere"],
                        "dct:publisher": 12}]})";
    std::vector<Dataset> datasets;
    const ImportReport report = importText(json, &datasets);
    ASSERT_TRUE(report.error.isEmpty()) << report.error.toStdString();
    ASSERT_EQ(datasets.size(), 1u) << joined(report.refused);
    EXPECT_EQ(datasets[0].identifier, "loop");
    EXPECT_EQ(datasets[0].title.en, "loop"); // no usable title
    EXPECT_EQ(datasets[0].keywords, (std::vector<std::string>{"ok"}));
    EXPECT_EQ(datasets[0].byteSize, 0u);
    EXPECT_TRUE(anyContains(report.notes, "unexpected type")) << joined(report.notes);
}

} // namespace
} // namespace scb
