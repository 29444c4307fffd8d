#!/usr/bin/env python3
"""A client in another language, generated straight from the .proto.

Generates Python stubs for scb/v1/telemetry.proto (and grpc.health.v1) with
Debian's protoc and gRPC's Python plugin into a temporary directory, starts
the built scb-telemetryd on a free loopback port, and checks what any
third-party client would rely on: health SERVING, the inventory (with the
receive limit raised), and at least two complete ticks. Then SIGTERM, and
the server must exit 0.
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
                for service in ("", "scb.v1.TelemetryService"):
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


if __name__ == "__main__":
    main()
