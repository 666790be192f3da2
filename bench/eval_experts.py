"""Evaluate who-knows ranking on a benchmark set from ../shared/benchmarks.

Ingests the set's people and documents (nothing else) into a fresh SQLite store, asks every gold
query through the same Service the API uses, writes a run file per gold set and query field, and
scores it with the set's own ``eval_experts.py`` (all its metrics are printed). For
kubernetes-keps the issue's targets are checked at the end, and the bridge people as the service
ranks them (``NetworkService.bridges``, the graph built from the store) are scored against
``bridges_leadership.jsonl`` (``--bridge-filter in_corpus``).

Recency is measured from the newest document of the set (a snapshot does not age), unless
``--today`` says otherwise. ``--split even`` or ``--split odd`` asks only every other query: the
model's parameters were chosen on the even ones and checked on the odd ones.

    python bench/eval_experts.py          # kubernetes-keps: SIG leads and held-out KEPs
    python bench/eval_experts.py --query-field query_nl --gold gold_sig_leads.jsonl
    python bench/eval_experts.py --split even
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from api.service import Service
from extraction.ingest import IngestRequest
from graph.sqlite_store import SqliteStore

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
TAXONOMY = ROOT / "seed_data" / "taxonomy.yaml"
# (set, gold file, query field) -> (target MAP or None, naive BM25 baseline MAP)
TARGETS = {
    ("kubernetes-keps", "gold_sig_leads.jsonl", "query"): (0.35, 0.220),
    ("kubernetes-keps", "gold_sig_leads.jsonl", "query_nl"): (None, 0.118),
    ("kubernetes-keps", "gold.jsonl", "query"): (0.28, 0.191),
}


def convert(data: Path, out: Path) -> tuple[IngestRequest, datetime.date | None]:
    """The set's people/documents in wieweet's import formats (department = home group), and
    the newest document date."""
    people = [json.loads(line) for line in (data / "people.jsonl").open(encoding="utf-8")]
    docs = [json.loads(line) for line in (data / "documents.jsonl").open(encoding="utf-8")]
    depts = sorted({p.get("group") for p in people if p.get("group")}
                   | {d.get("department") for d in docs if d.get("department")})
    with (out / "departments.jsonl").open("w", encoding="utf-8") as f:
        for dept in depts:
            f.write(json.dumps({"id": dept, "name": dept}) + "\n")
    with (out / "people.jsonl").open("w", encoding="utf-8") as f:
        for p in people:
            f.write(json.dumps({"id": p["id"], "name": p.get("name") or p["id"],
                                "department": p.get("group")}) + "\n")
    newest: datetime.date | None = None
    with (out / "documents.jsonl").open("w", encoding="utf-8") as f:
        for d in docs:
            date = _valid_date(str(d.get("created") or d.get("date") or ""))
            if date and (newest is None or date > newest):
                newest = date
            text = d.get("text") or d.get("title") or d["id"]
            f.write(json.dumps({"id": d["id"], "title": d.get("title", ""), "text": text,
                                "authors": d["authors"], "date": date and date.isoformat(),
                                "department": d.get("department")}) + "\n")
    request = IngestRequest(taxonomy=[TAXONOMY], departments=[out / "departments.jsonl"],
                            people=[out / "people.jsonl"], documents=[out / "documents.jsonl"])
    return request, newest


def _valid_date(text: str) -> datetime.date | None:
    """The set has placeholders such as 'yyyy-mm-dd' and '2023-14-05': leave those out."""
    found = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text)
    try:
        return datetime.date(*map(int, found.groups())) if found else None
    except ValueError:
        return None


def _run(service: Service, gold: list[dict[str, object]], field: str, depth: int,
         run_path: Path) -> list[float]:
    latencies = []
    with run_path.open("w", encoding="utf-8") as f:
        for g in gold:
            t0 = time.perf_counter()
            results = service.experts(str(g[field]), first=depth)
            latencies.append(time.perf_counter() - t0)
            f.write(json.dumps({"qid": g["qid"], "ranking": [r.person.id for r in results]})
                    + "\n")
    return sorted(latencies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default="kubernetes-keps", help="folder in shared/benchmarks")
    parser.add_argument("--gold", action="append",
                        help="gold file(s) in the set (default: gold_sig_leads.jsonl, gold.jsonl)")
    parser.add_argument("--query-field", action="append",
                        help="query field(s) to run (default: query, and query_nl when present)")
    parser.add_argument("--split", choices=["even", "odd"], help="only every other query")
    parser.add_argument("--today", type=datetime.date.fromisoformat,
                        help="reference date for recency (default: the newest document)")
    parser.add_argument("--depth", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    data = BENCHMARKS / args.set
    args.out.mkdir(parents=True, exist_ok=True)
    scores: dict[tuple[str, str, str], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "bench.db")
        request, newest = convert(data, Path(tmp))
        service = Service(store, today=args.today or newest)
        started = time.perf_counter()
        report = service.ingest(request)
        print(f"ingested {report.result.documents} documents, {report.result.people} people "
              f"in {time.perf_counter() - started:.1f} s; recency measured from {service.today}")
        for gold_name in args.gold or ["gold_sig_leads.jsonl", "gold.jsonl"]:
            gold = [json.loads(line) for line in (data / gold_name).open(encoding="utf-8")]
            if args.split:
                gold = gold[args.split == "odd"::2]
            fields = args.query_field or ["query"] + (["query_nl"] if "query_nl" in gold[0] else [])
            for field in fields:
                stem = f"run-{args.set}-{Path(gold_name).stem}-{field}"
                run_path = args.out / f"{stem}{'-' + args.split if args.split else ''}.jsonl"
                latencies = _run(service, gold, field, args.depth, run_path)
                print(f"\n== {gold_name} field={field}  ({len(gold)} queries; in-process p50 "
                      f"{1000 * latencies[len(latencies) // 2]:.0f} ms, p99 "
                      f"{1000 * latencies[min(len(latencies) - 1, int(len(latencies) * .99))]:.0f}"
                      f" ms for the top {args.depth})", flush=True)
                gold_path = data / gold_name
                if args.split:
                    gold_path = Path(tmp) / f"gold-{args.split}-{gold_name}"
                    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), "utf-8")
                scored = subprocess.run(
                    [sys.executable, str(BENCHMARKS / "eval_experts.py"), "--gold",
                     str(gold_path), "--run", str(run_path), "--query-field", field],
                    check=True, capture_output=True, text=True).stdout
                print(scored, end="")
                found = re.search(r"^run .*MAP=([0-9.]+)", scored, re.MULTILINE)
                if found:
                    scores[args.set, gold_name, field] = float(found.group(1))
        bridges_gold = data / "bridges_leadership.jsonl"
        if bridges_gold.exists() and not args.split:
            _bridges(service, bridges_gold, args.out / f"bridges-{args.set}-service.json")
        store.close()
    _targets(scores, args.split)


def _bridges(service: Service, gold: Path, run_path: Path) -> None:
    """Bridge people as the service ranks them (``NetworkService.bridges``), scored in_corpus."""
    started = time.perf_counter()
    ranked = [b.person_id for b, _ in service.network.bridges(first=1_000_000)]
    run_path.write_text(json.dumps(ranked, indent=0), encoding="utf-8")
    print(f"\n== bridges through the service ({len(ranked)} people ranked in "
          f"{time.perf_counter() - started:.1f} s)")
    print(subprocess.run(
        [sys.executable, str(BENCHMARKS / "eval_experts.py"), "--bridges", str(gold),
         "--bridge-filter", "in_corpus", "--bridge-run", str(run_path)],
        check=True, capture_output=True, text=True).stdout, end="")


def _targets(scores: dict[tuple[str, str, str], float], split: str | None) -> None:
    shown = [(key, value) for key, value in TARGETS.items() if key in scores]
    if not shown:
        return
    print(f"\n== targets{' (on the ' + split + ' half only)' if split else ''}")
    for (name, gold, field), (target, baseline) in shown:
        got = scores[name, gold, field]
        verdict = "no target" if target is None else ("met" if got >= target else "NOT met")
        wanted = f">= {target:.2f}" if target is not None else ""
        print(f"{gold:22s} {field:9s} MAP {got:.3f}  {wanted:8s} (naive BM25 {baseline:.3f})  "
              f"{verdict}")


if __name__ == "__main__":
    main()
