"""Compare the stores: ingest throughput (rows/s) and who-knows latency, SQLite against Neo4j.

Two organisations: the demo organisation (``seed_data/demo``, analysed once with the real
extraction pipeline) or, while that is not there, a synthetic organisation of the same size
(270 people, ~1,000 documents written around the taxonomy's topics and analysed the same way);
and "10x": ten copies of it side by side, as ten municipalities in one shared-service
organisation, sharing the taxonomy. Analysis happens once, before any timing: what is timed is
``store.apply(batch)`` (one transaction), the same batch again (idempotent: counts must not
change), and ``Service.experts`` for a set of topic and free-text queries.

Rows are nodes plus relationships of the domain graph, as ``counts()`` reports them (the Neo4j
store's full-text postings are extra work not counted as rows).

The Neo4j side is the server ``NEO4J_URI`` names (with ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``,
``NEO4J_DATABASE``; its database is wiped!) or, without it, an ArcadeDB Bolt server started from
the ``arcadedb-embedded`` wheel as the tests do.

Before timing, the Neo4j side ingests the 1x organisation once (and is wiped): ArcadeDB and
Neo4j run on the JVM, whose first minute is much slower; ``--no-warm-up`` times it cold.

Usage: python bench/stores.py [--scale 10] [--queries 30] [--seed 0] [--no-warm-up]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bolt_server import ArcadeDBServer, BoltTarget  # noqa: E402

from api.service import Service, demo_request  # noqa: E402
from extraction.ingest import ingest  # noqa: E402
from extraction.pipeline import Analyser  # noqa: E402
from extraction.taxonomy import load_taxonomy  # noqa: E402
from graph.model import (  # noqa: E402
    Batch,
    BatchResult,
    Claim,
    Department,
    Document,
    Person,
    Topic,
)
from graph.neo4j_store import Neo4jStore  # noqa: E402
from graph.sqlite_store import SqliteStore  # noqa: E402
from graph.store import GraphStore  # noqa: E402

SEED_DIR = ROOT / "seed_data"
FILLER = ("wij de het een voor met van op aan bij afdeling team gemeente inwoners project "
          "werkwijze overleg afspraken planning kwaliteit uitvoering beleid advies aanpak "
          "vragen antwoorden samenwerking ervaring praktijk proces klanten collega's").split()


class _Recorder(SqliteStore):
    """A SQLite store that keeps the last batch it was given, to re-apply it elsewhere."""

    batch: Batch = Batch()

    def apply(self, batch: Batch) -> BatchResult:
        self.batch = batch
        return super().apply(batch)


def demo_batch(workdir: Path) -> Batch:
    """The demo organisation as one analysed batch (extraction runs once, here)."""
    recorder = _Recorder(workdir / "demo-recorder.db")
    ingest(recorder, demo_request(SEED_DIR))
    recorder.close()
    return recorder.batch


def synthetic_batch(seed: int, people_n: int = 270, docs_per_person: float = 3.7) -> Batch:
    """A synthetic organisation of the demo's size, its documents written around the taxonomy."""
    rng = random.Random(seed)
    topics = load_taxonomy(SEED_DIR / "taxonomy.yaml")
    departments = [Department("org", "Werkorganisatie", "Werkorganisatie")]
    departments += [Department(f"afd-{k:02d}", f"Afdeling {k}", "Werkorganisatie", "org")
                    for k in range(12)]
    focus = {d.id: rng.sample(topics, 15) for d in departments[1:]}
    people = []
    for i in range(people_n):
        dept = departments[1 + i % 12].id
        claims = tuple(Claim(t.id, rng.randint(1, 5), ask_me_about=rng.random() < 0.3)
                       for t in rng.sample(focus[dept], rng.choice((0, 0, 1, 2))))
        people.append(Person(f"p{i:04d}", f"Medewerker {i}", f"p{i}@example.nl", dept,
                             manager_id=None if i < 12 else f"p{i % 12:04d}",
                             start_date=date(2005, 1, 1) + timedelta(days=rng.randrange(7000)),
                             claims=claims))
    analyser = Analyser(topics)
    documents = []
    for k in range(int(people_n * docs_per_person)):
        lead = rng.choice(people)
        team = [p for p in people if p.department_id == lead.department_id and p is not lead]
        authors = (lead.id, *(p.id for p in rng.sample(team, rng.choice((0, 0, 1, 2)))))
        text = " ".join(_sentence(rng, focus[lead.department_id or "afd-00"], topics)
                        for _ in range(rng.randint(6, 14)))
        documents.append(analyser.analyse(Document(
            f"doc-{k:05d}", f"Notitie {k}", text, authors,
            date(2018, 1, 1) + timedelta(days=rng.randrange(2900)),
            department_id=lead.department_id)))
    return Batch(tuple(departments), tuple(people), tuple(topics), tuple(documents))


def _sentence(rng: random.Random, focus: list[Topic], topics: list[Topic]) -> str:
    topic = rng.choice(focus) if rng.random() < 0.8 else rng.choice(topics)
    words = rng.sample(FILLER, 8)
    words.insert(rng.randrange(len(words)), rng.choice(topic.surface_forms()))
    return " ".join(words).capitalize() + "."


def scaled(batch: Batch, copies: int) -> Batch:
    """``copies`` organisations side by side: every id but the topics' gets a copy suffix."""
    def sid(value: str, i: int) -> str:
        return value if i == 0 else f"{value}~{i}"

    def opt(value: str | None, i: int) -> str | None:
        return None if value is None else sid(value, i)

    departments, people, documents = [], [], []
    for i in range(copies):
        departments += [replace(d, id=sid(d.id, i), parent_id=opt(d.parent_id, i),
                                organisation=f"{d.organisation} {i}") for d in batch.departments]
        people += [replace(p, id=sid(p.id, i), department_id=opt(p.department_id, i),
                           manager_id=opt(p.manager_id, i)) for p in batch.people]
        documents += [replace(a, document=replace(
            a.document, id=sid(a.document.id, i), department_id=opt(a.document.department_id, i),
            authors=tuple(sid(x, i) for x in a.document.authors)))
            for a in batch.documents]
    return Batch(tuple(departments), tuple(people), batch.topics, tuple(documents))


def measure(name: str, store: GraphStore, batch: Batch, queries: list[str]) -> dict[str, float]:
    """Ingest, ingest again, then ask; returns the figures."""
    started = time.perf_counter()
    store.apply(batch)
    seconds = time.perf_counter() - started
    counts = store.counts()
    rows = sum(counts.nodes.values()) + sum(counts.relationships.values())
    started = time.perf_counter()
    store.apply(batch)
    again = time.perf_counter() - started
    assert store.counts() == counts, f"{name}: re-ingest changed the counts"
    service = Service(store)
    for query in queries[:3]:  # warm caches and the analyser
        service.experts(query)
    latencies = []
    for query in queries:
        started = time.perf_counter()
        service.experts(query)
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    return {"rows": rows, "ingest_s": seconds, "rows_per_s": rows / seconds, "again_s": again,
            "p50_ms": statistics.median(latencies),
            "p95_ms": latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]}


def neo4j_target(workdir: Path) -> tuple[BoltTarget, ArcadeDBServer | None]:
    uri = os.environ.get("NEO4J_URI")
    if uri:
        return BoltTarget(uri, os.environ.get("NEO4J_USERNAME", "neo4j"),
                          os.environ.get("NEO4J_PASSWORD", ""),
                          os.environ.get("NEO4J_DATABASE", "neo4j"), "neo4j"), None
    server = ArcadeDBServer(workdir / "arcadedb", heap="6g")  # 10x is one 700k-row transaction
    return server.start(), server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-warm-up", dest="warm_up", action="store_false",
                        help="time the Neo4j side cold (first queries after start-up)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wieweet-bench-") as tmp:
        workdir = Path(tmp)
        started = time.perf_counter()
        has_demo = (SEED_DIR / "demo" / "departments.csv").exists()
        base = demo_batch(workdir) if has_demo else synthetic_batch(args.seed)
        print(f"{'demo' if has_demo else 'synthetic'} organisation: {len(base.people)} people, "
              f"{len(base.documents)} documents, analysed in {time.perf_counter() - started:.1f} s")
        rng = random.Random(args.seed)
        topics = [t for t in base.topics if t.label_nl]
        queries = [t.label_nl for t in rng.sample(topics, min(args.queries, len(topics)))]
        queries[::5] = ["wie weet iets van " + q for q in queries[::5]]
        organisations = {"1x": base, f"{args.scale}x": scaled(base, args.scale)}
        target, server = neo4j_target(workdir)
        print(f"Neo4j side: {target.kind} at {target.uri}")
        if args.warm_up:  # a JVM compiles its hot paths on first use: time a warm server
            started = time.perf_counter()
            target.wipe()
            warm = Neo4jStore(target.uri, username=target.username, password=target.password,
                              database=target.database)
            warm.apply(base)
            warm.close()
            print(f"warm-up ingest of the 1x organisation: {time.perf_counter() - started:.1f} s")
        print()
        print(f"{'store':<9}{'org':<5}{'rows':>9}{'ingest s':>10}{'rows/s':>9}{'again s':>9}"
              f"{'p50 ms':>8}{'p95 ms':>8}")
        try:
            for org, batch in organisations.items():
                for kind in ("sqlite", "neo4j"):
                    if kind == "sqlite":
                        store: GraphStore = SqliteStore(workdir / f"{org}.db")
                    else:
                        target.wipe()
                        store = Neo4jStore(target.uri, username=target.username,
                                           password=target.password, database=target.database)
                    try:
                        r = measure(f"{kind} {org}", store, batch, queries)
                    finally:
                        store.close()
                    print(f"{kind:<9}{org:<5}{r['rows']:>9,.0f}{r['ingest_s']:>10.2f}"
                          f"{r['rows_per_s']:>9,.0f}{r['again_s']:>9.2f}{r['p50_ms']:>8.1f}"
                          f"{r['p95_ms']:>8.1f}", flush=True)
        finally:
            target.close()
            if server is not None:
                server.stop()


if __name__ == "__main__":
    main()
