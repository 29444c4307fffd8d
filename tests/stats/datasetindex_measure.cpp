// Not a test: builds a catalog of 10,000 generated datasets in an in-memory
// database (as scb-telemetryd keeps it) and prints how long a
// ListDatasets-style query takes: one page of 50 with total and facets.

#include "stats/datasetindex.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <random>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::vector<scb::Dataset> generate(size_t count)
{
    const char *themesZh[] = {"旅游", "电力", "政务", "气象", "医疗", "工业"};
    const char *themes[] = {"tourism",     "electricity", "government",
                            "meteorology", "healthcare",  "industry"};
    const char *words[] = {"hourly", "monthly", "station", "load", "visitors", "cases",
                           "radar",  "grid",    "county",  "city", "survey",   "images"};
    const char *formats[] = {"CSV", "JSON", "PARQUET", "XLSX", "PNG"};
    std::mt19937 rng(42);
    std::vector<scb::Dataset> out;
    for (size_t i = 0; i < count; ++i) {
        scb::Dataset d;
        const size_t t = rng() % 6;
        d.identifier = "ds-" + std::to_string(i);
        d.title.zh = std::string("贵州") + themesZh[t] + "数据集第" + std::to_string(i) + "号";
        d.title.en = std::string("Guizhou ") + themes[t] + " " + words[rng() % 12] + " " +
                     words[rng() % 12] + " " + std::to_string(i);
        d.description.zh = std::string("关于") + themesZh[t] + "的统计数据，按月更新，覆盖全省。";
        for (int w = 0; w < 30; ++w)
            d.description.en += std::string(words[rng() % 12]) + " ";
        d.keywords = {themesZh[t], themes[t], words[rng() % 12]};
        d.publisher = "Publisher " + std::to_string(rng() % 40);
        d.theme = themes[t];
        d.level = static_cast<scb::DatasetLevel>(1 + rng() % 3);
        d.license = rng() % 2 ? "CC-BY-4.0" : "ODbL-1.0";
        d.access = static_cast<scb::AccessRights>(1 + rng() % 3);
        d.formats = {formats[rng() % 5], formats[rng() % 5]};
        d.byteSize = rng() % 1'000'000'000;
        d.recordCount = rng() % 10'000'000;
        d.annotation = static_cast<scb::AnnotationStatus>(1 + rng() % 3);
        d.issued = "20" + std::to_string(18 + rng() % 7) + "-0" + std::to_string(1 + rng() % 9) +
                   "-1" + std::to_string(rng() % 10);
        d.modified = d.issued;
        d.source = "synthetic";
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace

int main()
{
    sqlite3 *db = nullptr;
    sqlite3_open(":memory:", &db);
    if (!scb::DatasetIndex::ensureSchema(db).ok())
        return 1;
    scb::DatasetIndex index(db);
    const auto datasets = generate(10'000);
    auto start = Clock::now();
    size_t refused = 0;
    if (auto s = index.replaceOrigin("file", datasets, &refused); !s.ok()) {
        std::fprintf(stderr, "%s\n", s.message().c_str());
        return 1;
    }
    std::printf("replaceOrigin, 10,000 datasets: %.1f ms (%zu refused)\n", msSince(start), refused);

    struct Case
    {
        const char *name;
        scb::DatasetQuery query;
    };
    std::vector<Case> cases(7);
    cases[0].name = "all, newest first";
    cases[1].name = "text 'station' (FTS)";
    cases[1].query.text = "station";
    cases[2].name = "text '气象' (LIKE)";
    cases[2].query.text = "气象";
    cases[3].name = "text 'radar grid' + theme + format filters";
    cases[3].query.text = "radar grid";
    cases[3].query.themes = {"meteorology", "electricity"};
    cases[3].query.formats = {"CSV"};
    cases[4].name = "filters only, by title";
    cases[4].query.levels = {"provincial"};
    cases[4].query.access = {"public"};
    cases[4].query.sort = scb::DatasetQuery::Sort::TitleAsc;
    cases[5].name = "text '贵州电力数据集' (FTS), page 10";
    cases[5].query.text = "贵州电力数据集";
    cases[5].query.offset = 450;
    cases[6].name = "all, no facets";
    cases[6].query.withFacets = false;
    for (const Case &c : cases) {
        uint32_t total = 0;
        (void)index.query(c.query); // warm: the statement cache and the pages
        const int runs = 20;
        start = Clock::now();
        for (int i = 0; i < runs; ++i) {
            auto page = index.query(c.query);
            if (!page.ok()) {
                std::fprintf(stderr, "%s: %s\n", c.name, page.error().c_str());
                return 1;
            }
            total = page->total;
        }
        std::printf("%-45s %7.2f ms per query (total %u)\n", c.name, msSince(start) / runs, total);
    }
    sqlite3_close(db);
    return 0;
}
