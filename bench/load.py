"""A bounded load run on 127.0.0.1: the real app under uvicorn, concurrent GraphQL clients.

The demo organisation (ingested once into ``bench/out/`` per version of the store schema) is
served by ``create_app`` in production settings with JSON logging, in a uvicorn subprocess on
a free port of 127.0.0.1. Requests authenticate with an employee API key, as a tool would. A fixed
list of requests (default 2,000: about 70% ``experts`` questions, 30% ``person`` look-ups)
is sent by a fixed number of concurrent clients (default 8), with an overall time limit
(default 300 s) after which no new request starts. An error is a transport failure, a status
other than 200, or a GraphQL ``errors`` entry. Prints requests, errors, throughput and the
latency percentiles; exits 1 when there were errors or the time limit cut the run short.

    python bench/load.py
    python bench/load.py --requests 500 --concurrency 4 --time-limit 60
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from who_speed import QUESTIONS, bench_key  # noqa: E402

from api.service import Service, demo_request  # noqa: E402
from graph.sqlite_store import SqliteStore  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
LOG = OUT / "load-server.log"
EXPERTS = """query Experts($q: String!) {
  experts(query: $q, first: 10) { totalCount nodes {
    person { key name title department { name } }
    score lastEvidence matchedTopics { key labelNl }
    evidence { title snippet date }
  } }
}"""
PERSON = """query Person($id: ID!) {
  person(id: $id) { key name title location languages department { name organisation }
    skills { level topic { labelNl } } askMeAbout { labelNl } }
}"""
PEOPLE = """query People($after: String) {
  people(first: 100, after: $after) { nodes { key } pageInfo { hasNextPage endCursor } }
}"""


@dataclass
class Outcome:
    kind: str
    seconds: float
    error: str | None


def demo_store() -> Path:
    """The demo organisation, ingested once per version of the SQLite schema (a store made
    with an older schema may lack columns)."""
    schema = (ROOT / "graph" / "sqlite_schema.sql").read_bytes()
    path = OUT / f"load-demo-{hashlib.sha256(schema).hexdigest()[:12]}.db"
    if not path.exists():
        building = path.with_suffix(".building")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        store = SqliteStore(building)
        try:
            report = Service(store).ingest(demo_request(ROOT / "seed_data"))
        finally:
            store.close()
        building.rename(path)
        print(f"built the demo store in {report.seconds:.0f} s", flush=True)
    return path


METRICS_TOKEN = secrets.token_urlsafe(24)  # Prometheus's token for this run's /metrics


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    """The app in production settings, with its JSON log going to ``bench/out``."""
    code = ("import uvicorn; from api.app import create_app; from api.settings import Settings; "
            "from api.ops import configure_logging; "
            f"s = Settings(store_url='sqlite:///{db}', env='production', "
            f"metrics_token='{METRICS_TOKEN}'); configure_logging(s); "
            f"uvicorn.run(create_app(s), host='127.0.0.1', port={port}, log_config=None, "
            "access_log=False)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WIEWEET_", "NEO4J_"))}
    with LOG.open("wb") as log:
        return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=log)


def wait_ready(base: str, proc: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}; see {LOG}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server was not ready within {seconds:.0f} s")


def person_keys(client: httpx.Client) -> tuple[list[str], int]:
    """The keys of every visible person, and the number of pages it took."""
    keys: list[str] = []
    after = None
    pages = 0
    while True:
        body = client.post("/graphql", json={"query": PEOPLE,
                                             "variables": {"after": after}}).json()
        pages += 1
        page = body["data"]["people"]
        keys += [n["key"] for n in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            return keys, pages
        after = page["pageInfo"]["endCursor"]


def plan(requests: int, keys: list[str], seed: int = 7) -> list[tuple[str, dict[str, object]]]:
    """The fixed request list: about 70% questions, 30% look-ups, the same for every run."""
    rng = random.Random(seed)
    out: list[tuple[str, dict[str, object]]] = []
    for _ in range(requests):
        if rng.random() < 0.7:
            out.append(("experts", {"query": EXPERTS, "operationName": "Experts",
                                    "variables": {"q": rng.choice(QUESTIONS["demo"])}}))
        else:
            out.append(("person", {"query": PERSON, "operationName": "Person",
                                   "variables": {"id": rng.choice(keys)}}))
    return out


async def run(base: str, key: str, work: list[tuple[str, dict[str, object]]],
              concurrency: int, time_limit: float) -> tuple[list[Outcome], float]:
    queue: asyncio.Queue[tuple[str, dict[str, object]]] = asyncio.Queue()
    for item in work:
        queue.put_nowait(item)
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    deadline = started + time_limit
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def client_loop(client: httpx.AsyncClient) -> None:
        while not queue.empty() and time.perf_counter() < deadline:
            kind, payload = queue.get_nowait()
            sent = time.perf_counter()
            error = None
            try:
                response = await client.post("/graphql", json=payload)
                if response.status_code != 200:
                    error = f"HTTP {response.status_code}"
                elif errors := response.json().get("errors"):
                    error = errors[0]["message"]
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            outcomes.append(Outcome(kind, time.perf_counter() - sent, error))

    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits,
                                 headers={"Authorization": f"Bearer {key}"}) as client:
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
    return outcomes, time.perf_counter() - started


def percentile(ms: list[float], p: float) -> float:
    return ms[min(len(ms) - 1, round(p / 100 * (len(ms) - 1)))]


def report(outcomes: list[Outcome], wall: float, planned: int, concurrency: int) -> int:
    errors = [o for o in outcomes if o.error]
    print(f"requests {len(outcomes)} of {planned} planned, concurrency {concurrency}, "
          f"wall {wall:.1f} s")
    print(f"errors {len(errors)}, throughput {len(outcomes) / wall:.1f} requests/s")
    for kind in ("all", "experts", "person"):
        ms = sorted(o.seconds * 1000 for o in outcomes if kind in ("all", o.kind))
        if ms:
            print(f"  {kind:8s} n={len(ms):5d}  p50 {percentile(ms, 50):7.1f} ms  "
                  f"p90 {percentile(ms, 90):7.1f} ms  p99 {percentile(ms, 99):7.1f} ms  "
                  f"max {ms[-1]:7.1f} ms")
    for message in sorted({o.error or "" for o in errors})[:10]:
        print(f"  error: {message}")
    return 1 if errors or len(outcomes) < planned else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--time-limit", type=float, default=300.0,
                        help="seconds after which no new request starts")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    db = demo_store()
    key = bench_key(db)
    port = free_port()
    proc = serve(db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, proc)
        with httpx.Client(base_url=base, timeout=60,
                          headers={"Authorization": f"Bearer {key}"}) as client:
            keys, pages = person_keys(client)
            warm_up = QUESTIONS["demo"][:3]
            for q in warm_up:  # warm-up: the analyser is built on first use
                client.post("/graphql", json={"query": EXPERTS, "variables": {"q": q}})
        work = plan(args.requests, keys)
        outcomes, wall = asyncio.run(run(base, key, work, args.concurrency, args.time_limit))
        status = report(outcomes, wall, len(work), args.concurrency)
        metrics = httpx.get(f"{base}/metrics", timeout=10,
                            headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
        metrics.raise_for_status()
        served = sum(float(line.rsplit(" ", 1)[1]) for line in metrics.text.splitlines()
                     if line.startswith("wieweet_graphql_operations_total{"))
        print(f"server: {served:.0f} GraphQL operations counted in /metrics "
              f"({len(outcomes)} of the run, {pages + len(warm_up)} of the set-up)")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    logged = [json.loads(line) for line in LOG.read_text(encoding="utf-8").splitlines()
              if line.startswith("{")]
    server_errors = [line for line in logged if line.get("level") == "ERROR"]
    print(f"server log: {len(logged)} JSON lines, {len(server_errors)} at ERROR ({LOG})")
    return status or (1 if server_errors else 0)


if __name__ == "__main__":
    sys.exit(main())
