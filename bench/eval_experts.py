"""Evaluate who-knows ranking on a benchmark set from ../shared/benchmarks.

Ingests the set's people and documents (nothing else) into a fresh SQLite store, asks every gold
query through the same Service the API uses, writes a run file and scores it with the set's own
``eval_experts.py``.

    python bench/eval_experts.py          # kubernetes-keps: SIG leads and held-out KEPs
    python bench/eval_experts.py --query-field query_nl --gold gold_sig_leads.jsonl
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


def convert(data: Path, out: Path) -> IngestRequest:
    """The set's people/documents in wieweet's import formats (department = home group)."""
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
    with (out / "documents.jsonl").open("w", encoding="utf-8") as f:
        for d in docs:
            date = _valid_date(str(d.get("created") or d.get("date") or ""))
            text = d.get("text") or d.get("title") or d["id"]
            f.write(json.dumps({"id": d["id"], "title": d.get("title", ""), "text": text,
                                "authors": d["authors"], "date": date,
                                "department": d.get("department")}) + "\n")
    return IngestRequest(taxonomy=[TAXONOMY], departments=[out / "departments.jsonl"],
                         people=[out / "people.jsonl"], documents=[out / "documents.jsonl"])


def _valid_date(text: str) -> str | None:
    """The set has placeholders such as 'yyyy-mm-dd' and '2023-14-05': leave those out."""
    found = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", text)
    try:
        return datetime.date(*map(int, found.groups())).isoformat() if found else None
    except ValueError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default="kubernetes-keps", help="folder in shared/benchmarks")
    parser.add_argument("--gold", action="append",
                        help="gold file(s) in the set (default: gold_sig_leads.jsonl, gold.jsonl)")
    parser.add_argument("--query-field", action="append",
                        help="query field(s) to run (default: query, and query_nl when present)")
    parser.add_argument("--depth", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    data = BENCHMARKS / args.set
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "bench.db")
        service = Service(store)
        started = time.perf_counter()
        report = service.ingest(convert(data, Path(tmp)))
        print(f"ingested {report.result.documents} documents, {report.result.people} people "
              f"in {time.perf_counter() - started:.1f} s")
        for gold_name in args.gold or ["gold_sig_leads.jsonl", "gold.jsonl"]:
            gold = [json.loads(line) for line in (data / gold_name).open(encoding="utf-8")]
            fields = args.query_field or ["query"] + (["query_nl"] if "query_nl" in gold[0] else [])
            for field in fields:
                run_path = args.out / f"run-{args.set}-{Path(gold_name).stem}-{field}.jsonl"
                latencies = []
                with run_path.open("w", encoding="utf-8") as f:
                    for g in gold:
                        t0 = time.perf_counter()
                        results = service.experts(g[field], first=args.depth)
                        latencies.append(time.perf_counter() - t0)
                        ranking = [r.person.id for r in results]
                        f.write(json.dumps({"qid": g["qid"], "ranking": ranking}) + "\n")
                latencies.sort()
                print(f"\n== {gold_name} field={field}  "
                      f"(p50 {1000 * latencies[len(latencies) // 2]:.1f} ms per query, in-process)")
                sys.stdout.flush()
                subprocess.run([sys.executable, str(BENCHMARKS / "eval_experts.py"), "--gold",
                                str(data / gold_name), "--run", str(run_path), "--query-field",
                                field], check=True)
        store.close()


if __name__ == "__main__":
    main()
