"""Who-knows latency over HTTP: the real app under uvicorn, GraphQL ``experts`` queries in a row.

Two organisations, each in a pre-built SQLite store cached under ``bench/out/`` (reruns skip
building): the demo organisation (``seed_data/demo``) and a synthetic one of 10,000 people and
200,000 documents (``bench/synthetic_org.py``). For each, the app is started in a subprocess on
127.0.0.1 on a free port, warmed up, and sent a fixed list of questions in turn (300 requests by
default, one at a time); p50 and p99 of the round trip are printed.

    python bench/who_speed.py                   # both organisations
    python bench/who_speed.py --only demo --requests 100
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.service import Service, demo_request  # noqa: E402
from graph.sqlite_store import SqliteStore  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
EXPERTS = """query($q: String!) {
  experts(query: $q, first: 10) { nodes {
    person { id name title department { name } }
    score lastEvidence
    matchedTopics { id labelNl }
    claims { level topic { id } }
    evidence { title snippet date url contribution }
  } }
}"""
QUESTIONS = {
    "demo": ["digitale toegankelijkheid", "Wmo", "Omgevingswet", "AVG", "informatiebeveiliging",
             "Woo", "schuldhulpverlening", "archivering", "begroting", "werving en selectie",
             "Wie weet iets van de Wmo en privacy?", "TOPdesk", "treasury", "e-depot",
             "ondermijning", "drones", "Wie kan mij helpen met een DPIA?", "jeugdzorg",
             "web accessibility", "klantcontact"],
    "synthetic": ["Wmo", "digitale toegankelijkheid", "Wmo en privacy", "informatiebeveiliging",
                  "begroting 2026", "Wie weet iets van de Omgevingswet?", "archivering",
                  "klantcontact", "common ground", "subsidies", "gegevensbescherming",
                  "aanbesteding van ICT-diensten", "jeugdhulp en onderwijs", "zaakgericht werken",
                  "vergunningverlening", "kernfusie", "huishoudelijke hulp", "cloud",
                  "Wie kan mij helpen met een DPIA?", "inkoop"],
}


def demo_store() -> Path:
    """The demo organisation, ingested once."""
    path = OUT / "speed-demo.db"
    if not path.exists():
        store = SqliteStore(path)
        report = Service(store).ingest(demo_request(ROOT / "seed_data"))
        store.close()
        print(f"built the demo store in {report.seconds:.0f} s", flush=True)
    return path


def synthetic_store(people: int = 10_000, documents: int = 200_000) -> Path:
    """The synthetic organisation, built once (several minutes)."""
    from synthetic_org import build  # noqa: PLC0415 -- only when needed

    path = OUT / f"synthetic-{people}-{documents}.db"
    done = path.with_suffix(".built")
    if not done.exists():
        seconds = build(path, people, documents)
        done.write_text(f"{seconds:.0f}\n", encoding="utf-8")
        print(f"built the synthetic store in {seconds:.0f} s", flush=True)
    else:
        print(f"synthetic store cached (built in {done.read_text().strip()} s)", flush=True)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bench_key(db: Path) -> str:
    """An employee API key in the store: the benchmark pays for authentication as users do."""
    from api.auth import Role, create_api_key

    store = SqliteStore(db)
    try:
        return create_api_key(store, "who_speed benchmark", Role.EMPLOYEE)[1]
    finally:
        store.close()


def serve(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start the app on the store in a subprocess; return it and its base URL once it is ready."""
    port = _free_port()
    code = ("import uvicorn; from api.app import create_app; from api.settings import Settings; "
            f"uvicorn.run(create_app(Settings(store_url='sqlite:///{db}', env='production')), "
            f"host='127.0.0.1', port={port}, log_level='warning', access_log=False)")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the app did not start within two minutes")


def measure(base: str, questions: list[str], requests: int, key: str) -> list[float]:
    """Seconds per request, sent one at a time, cycling through ``questions``."""
    times = []
    with httpx.Client(base_url=base, timeout=30,
                      headers={"Authorization": f"Bearer {key}"}) as client:
        for q in questions:  # warm-up: the analyser is built on the first question
            client.post("/graphql", json={"query": EXPERTS, "variables": {"q": q}})
        for i in range(requests):
            started = time.perf_counter()
            response = client.post("/graphql", json={"query": EXPERTS,
                                                     "variables": {"q": questions[i % len(
                                                         questions)]}})
            times.append(time.perf_counter() - started)
            body = response.json()
            if response.status_code != 200 or body.get("errors"):
                raise RuntimeError(f"query failed: {response.status_code} {body}")
    return times


def report(name: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    print(f"{name:10s} {len(ms)} requests  p50 {statistics.median(ms):6.1f} ms  "
          f"p99 {p99:6.1f} ms  max {ms[-1]:6.1f} ms", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["demo", "synthetic"])
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    stores = {"demo": demo_store, "synthetic": synthetic_store}
    for name, make in stores.items():
        if args.only and name != args.only:
            continue
        db = make()
        key = bench_key(db)
        proc, base = serve(db)
        try:
            report(name, measure(base, QUESTIONS[name], args.requests, key))
        finally:
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
