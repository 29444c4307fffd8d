#!/usr/bin/env python3
"""A client in another language, generated straight from the .proto.

Generates Python stubs for scb/v1/telemetry.proto, scb/v1/statistics.proto
(and grpc.health.v1) with Debian's protoc and gRPC's Python plugin into a
temporary directory, starts the built scb-telemetryd on a free loopback port
with its default data (the shipped sample data), and checks what any
third-party client would rely on: health SERVING, the inventory (with the
receive limit raised), at least two complete ticks, the dataset catalog
(query, filters, facets, paging to the end, a bad request refused) and both
statistics series with the published figures cited. Then SIGTERM, and the
server must exit 0.
"""

import argparse
import importlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

HANG_GUARD_S = 60  # catches hangs only; nothing here is a timing assertion
CHIPS = 5000
CENTERS = 3
NO_DATA = 0xFFFFFFFF  # SampleChunk: a metric value that did not arrive


def fail(message):
    print("python_client: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def generate(args, out_dir):
    # health.proto is compiled from its own folder, so its modules are the
    # top-level health_pb2 / health_pb2_grpc rather than grpc.health.v1.*,
    # which the installed 'grpc' package would shadow. The proto package (and
    # so the wire name grpc.health.v1.Health) is unchanged.
    health_dir = os.path.join(args.health_proto_dir, "grpc", "health", "v1")
    for proto_dir, proto in ((args.proto_dir, "scb/v1/telemetry.proto"),
                             (args.proto_dir, "scb/v1/statistics.proto"),
                             (health_dir, "health.proto")):
        subprocess.run([args.protoc, "--proto_path=" + proto_dir,
                        "--python_out=" + out_dir, "--grpc_out=" + out_dir,
                        "--plugin=protoc-gen-grpc=" + args.grpc_python_plugin,
                        os.path.join(proto_dir, proto)], check=True)
    for package in ("scb", "scb/v1"):
        open(os.path.join(out_dir, package, "__init__.py"), "a").close()
    sys.path.insert(0, out_dir)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_listening(server):
    deadline = time.monotonic() + HANG_GUARD_S
    while time.monotonic() < deadline:
        line = server.stdout.readline()
        if not line:
            fail("scb-telemetryd exited before listening: %s" % server.stderr.read())
        if "listening on" in line:
            return line.strip()
    fail("scb-telemetryd did not say it was listening")


def main():
    parser = argparse.ArgumentParser()
    for flag in ("--server", "--protoc", "--grpc-python-plugin", "--proto-dir",
                 "--health-proto-dir"):
        parser.add_argument(flag, required=True)
    args = parser.parse_args()

    try:
        import grpc  # noqa: F401 (python3-grpcio)
    except ImportError as error:
        fail("python3-grpcio is not installed for %s: %s" % (sys.executable, error))
    import grpc

    with tempfile.TemporaryDirectory() as out_dir:
        generate(args, out_dir)
        telemetry_pb2 = importlib.import_module("scb.v1.telemetry_pb2")
        telemetry_grpc = importlib.import_module("scb.v1.telemetry_pb2_grpc")
        statistics_pb2 = importlib.import_module("scb.v1.statistics_pb2")
        statistics_grpc = importlib.import_module("scb.v1.statistics_pb2_grpc")
        health_pb2 = importlib.import_module("health_pb2")
        health_grpc = importlib.import_module("health_pb2_grpc")

        port = free_port()
        address = "127.0.0.1:%d" % port
        server = subprocess.Popen(
            [args.server, "--listen", address, "--chips", str(CHIPS), "--centers",
             str(CENTERS), "--interval-ms", "200"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = wait_for_listening(server)
            check(address in line, "listening line names another address: " + line)
            options = [("grpc.max_receive_message_length", 64 * 1024 * 1024)]
            with grpc.insecure_channel(address, options=options) as channel:
                grpc.channel_ready_future(channel).result(timeout=HANG_GUARD_S)

                health = health_grpc.HealthStub(channel)
                for service in ("", "scb.v1.TelemetryService", "scb.v1.StatisticsService"):
                    reply = health.Check(health_pb2.HealthCheckRequest(service=service),
                                         timeout=HANG_GUARD_S)
                    check(reply.status == health_pb2.HealthCheckResponse.SERVING,
                          "health of '%s' is %d, not SERVING" % (service, reply.status))

                telemetry = telemetry_grpc.TelemetryServiceStub(channel)
                inventory = telemetry.GetInventory(telemetry_pb2.GetInventoryRequest(),
                                                   timeout=HANG_GUARD_S)
                check(len(inventory.chip_uuids) == CHIPS,
                      "inventory has %d chips" % len(inventory.chip_uuids))
                check(all(len(u) == 16 for u in inventory.chip_uuids), "UUIDs of 16 bytes")
                check(len(inventory.centers) == CENTERS, "inventory centers")
                check(sum(n.chip_count for n in inventory.nodes) == CHIPS,
                      "nodes cover the chips")
                check(inventory.version != 0, "inventory version set")

                complete = read_ticks(telemetry, telemetry_pb2, inventory.version, 2)
                check(len(complete) >= 2, "fewer than two complete ticks")
                check(complete[0] < complete[1], "ticks in time order")
                print("python_client: health SERVING, %d chips, ticks %s"
                      % (CHIPS, complete))

                statistics = statistics_grpc.StatisticsServiceStub(channel)
                check_catalog(statistics, statistics_pb2, grpc)
                check_series(statistics, statistics_pb2)
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                code = server.wait(timeout=HANG_GUARD_S)
            except subprocess.TimeoutExpired:
                server.kill()
                fail("scb-telemetryd did not stop on SIGTERM")
        check(code == 0, "scb-telemetryd exited with %d: %s" % (code, server.stderr.read()))


def read_ticks(telemetry, telemetry_pb2, inventory_version, wanted):
    """Reads chunks until `wanted` ticks are complete (all tick_chip_count chips)."""
    covered = {}
    complete = []
    stream = telemetry.StreamSamples(telemetry_pb2.StreamSamplesRequest(since_unix_ms=0),
                                     timeout=HANG_GUARD_S)
    for chunk in stream:
        n = len(chunk.utilization_pct)
        check(chunk.inventory_version == inventory_version, "chunk of another inventory")
        check(chunk.tick_chip_count == CHIPS, "tick_chip_count %d" % chunk.tick_chip_count)
        check(not chunk.replay, "a live-only stream got replay chunks")
        for column in (chunk.memory_used_mib, chunk.power_watts, chunk.temperature_c,
                       chunk.state):
            check(len(column) == n, "columns of unequal length")
        check(all(v <= 100 or v == NO_DATA for v in chunk.utilization_pct),
              "utilization outside 0..100")
        check(all(chunk.first_chip <= e.chip < chunk.first_chip + n for e in chunk.events),
              "event outside its chunk")
        chips = covered.setdefault(chunk.unix_ms, set())
        span = set(range(chunk.first_chip, chunk.first_chip + n))
        check(not (chips & span), "chips sent twice")
        chips |= span
        if len(chips) == chunk.tick_chip_count:
            complete.append(chunk.unix_ms)
            if len(complete) >= wanted:
                stream.cancel()
                break
    return complete


# The figures of the March 2024 press release, as the sample data must cite
# them: (series, period, value).
PUBLISHED = {
    "adoption": [("province_figure", "2024-03", 30000)],
    "industry": [("growing_enterprises", "2023", 600),
                 ("growing_enterprises_target", "2024", 1000),
                 ("software_revenue_target", "2024", 1000),
                 ("model_scenarios_target", "2024", 20)],
}
MIN_DATASETS = 220


def list_all(statistics, statistics_pb2, **fields):
    """Every page of one query, following next_page_token; the pages."""
    pages = []
    token = ""
    while True:
        request = statistics_pb2.ListDatasetsRequest(page_token=token, **fields)
        page = statistics.ListDatasets(request, timeout=HANG_GUARD_S)
        pages.append(page)
        check(len(pages) < 1000, "the catalog's pages do not end")
        if not page.next_page_token:
            return pages
        check(page.next_page_token != token, "a page token that does not move on")
        token = page.next_page_token


def facet(page, field):
    return {c.value: c.count for f in page.facets if f.field == field for c in f.counts}


def check_catalog(statistics, statistics_pb2, grpc):
    # Paging to the end: every dataset once, the total on every page.
    pages = list_all(statistics, statistics_pb2, page_size=37, skip_facets=True,
                     sort=statistics_pb2.ListDatasetsRequest.SORT_TITLE)
    total = pages[0].total_size
    check(total >= MIN_DATASETS, "only %d datasets in the sample catalog" % total)
    ids = [d.identifier for p in pages for d in p.datasets]
    check(len(ids) == total, "paging gave %d datasets of %d" % (len(ids), total))
    check(len(set(ids)) == total, "a dataset came twice while paging")
    check(all(p.total_size == total for p in pages), "total_size changed between pages")
    check(all(len(p.datasets) == 37 for p in pages[:-1]), "a short page before the last")
    check(all(p.info.version == pages[0].info.version and p.info.version for p in pages),
          "data version missing or changing")
    datasets = [d for p in pages for d in p.datasets]
    check(all(d.title.zh and d.title.en for d in datasets), "a dataset without both titles")
    check(all(d.source for d in datasets), "a dataset without a source")

    # Facets of the whole catalog: one theme each, so the counts add up.
    first = statistics.ListDatasets(statistics_pb2.ListDatasetsRequest(page_size=1),
                                    timeout=HANG_GUARD_S)
    themes = facet(first, "theme")
    check(sum(themes.values()) == total, "theme counts add up to %d, not %d"
          % (sum(themes.values()), total))
    for theme in ("tourism", "electricity", "government", "meteorology"):
        check(themes.get(theme, 0) > 0, "no %s datasets" % theme)
    for field in ("level", "publisher", "format", "annotation", "license", "access"):
        check(facet(first, field), "no %s facet" % field)

    # A filter: its total is what the facet promised, and every row fits.
    met = list_all(statistics, statistics_pb2, themes=["meteorology"], page_size=1000)
    check(met[0].total_size == themes["meteorology"], "meteorology total is not its facet count")
    check(all(d.theme == "meteorology" for p in met for d in p.datasets), "filter let others in")
    # The filtered field's own facet ignores the filter; the others apply it.
    check(facet(met[0], "theme") == themes, "the theme facet changed under a theme filter")
    check(sum(facet(met[0], "level").values()) == met[0].total_size, "level facet under a filter")

    # Full text, in both languages (a two-character Chinese word too).
    for word, language in (("气象", "zh"), ("weather", "en")):
        found = list_all(statistics, statistics_pb2, query=word, page_size=1000)
        rows = [d for p in found for d in p.datasets]
        check(rows, "no dataset found for %r" % word)
        check(len(rows) == found[0].total_size, "query %r: total differs from rows" % word)
        for d in rows:
            texts = (d.title.zh, d.title.en, d.description.zh, d.description.en) + \
                tuple(d.keywords)
            check(any(word.lower() in t.lower() for t in texts),
                  "%s matched %r without the word" % (d.identifier, word))

    # A bad request is INVALID_ARGUMENT, named.
    try:
        statistics.ListDatasets(statistics_pb2.ListDatasetsRequest(page_size=5000),
                                timeout=HANG_GUARD_S)
        fail("page_size 5000 was accepted")
    except grpc.RpcError as error:
        check(error.code() == grpc.StatusCode.INVALID_ARGUMENT,
              "page_size 5000 gave %s" % error.code())
        check("page_size" in error.details(), "the error does not name page_size")
    print("python_client: catalog of %d datasets, %d pages, %d meteorology"
          % (total, len(pages), met[0].total_size))


def check_series(statistics, statistics_pb2):
    answers = {
        "adoption": statistics.GetCloudAdoption(statistics_pb2.GetCloudAdoptionRequest(),
                                                timeout=HANG_GUARD_S),
        "industry": statistics.GetIndustryOutput(statistics_pb2.GetIndustryOutputRequest(),
                                                 timeout=HANG_GUARD_S),
    }
    for name, answer in answers.items():
        check(answer.observations, "%s: no observations" % name)
        check(answer.info.version and answer.info.loaded_unix_ms > 0, "%s: no data info" % name)
        check(all(o.source for o in answer.observations), "%s: a figure without a source" % name)
        for series, period, value in PUBLISHED[name]:
            rows = [o for o in answer.observations
                    if o.series == series and o.period == period and not o.category]
            check(len(rows) == 1, "%s %s: %d rows" % (series, period, len(rows)))
            check(rows[0].value == value, "%s %s is %s, not %s"
                  % (series, period, rows[0].value, value))
            check(rows[0].source != "synthetic" and "2024" in rows[0].source,
                  "%s %s is not cited: %r" % (series, period, rows[0].source))
        published = {(s, p) for s, p, _ in PUBLISHED[name]}
        cited = [o for o in answer.observations if o.source != "synthetic"]
        check(all((o.series, o.period) in published for o in cited),
              "%s: a cited figure that was not published: %s" % (name, [
                  (o.series, o.period) for o in cited if (o.series, o.period) not in published]))
    series_keys = {o.series for o in answers["adoption"].observations}
    check({"enterprises_on_cloud", "new_adopters", "adoption_by_industry",
           "adoption_by_region"} <= series_keys, "adoption series missing: %s" % series_keys)
    series_keys = {o.series for o in answers["industry"].observations}
    check({"output_value", "software_revenue", "model_scenarios"} <= series_keys,
          "industry series missing: %s" % series_keys)
    print("python_client: %d adoption and %d industry observations, published figures cited"
          % (len(answers["adoption"].observations), len(answers["industry"].observations)))


if __name__ == "__main__":
    main()
