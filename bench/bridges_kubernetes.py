"""Evaluate bridge scores on the Kubernetes design proposals (KEPs).

Uses only ``people.jsonl`` (id and home department ``group``) and the authors and
department of each document in ``documents.jsonl``; no governance or reviewer
field is read, nor the gold file (the evaluation script reads that). The graph:

- co-authorship ties between people (``build_collaboration_graph``);
- a weak tie from each author to the department that owns a document, weighted by
  the author's share of it (``1 / number of authors``, ``document_affiliations``),
  passed to ``bridge_scores`` as ``affiliations``: writing for another department
  is reaching into it.

Writes the people ranked by ``BridgeScore.score`` (default weights) to
``bench/out/bridges.json`` and runs ``eval_experts.py`` on it. For comparison it
also scores fixed formulas documented in ``graph.brokerage`` and ``docs/bridges.md``
(all components equally, dual standing alone, without it, cross-department
brokerage alone and half-and-half with the default), and the default weights
*without* the document affiliations, as the service computes them today
(``api/network.py`` passes none). The pre-registered comparison on two halves of
the people is ``bench/bridges_variants.py``.

Usage: python bench/bridges_kubernetes.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.brokerage import SCORE_WEIGHTS, BridgeScore, bridge_scores  # noqa: E402
from graph.collaboration import Authorship, PersonNode, build_collaboration_graph  # noqa: E402
from graph.involvement import document_affiliations  # noqa: E402

BENCHMARKS = Path("/work/shared/benchmarks")
FORMULAS = {
    "default": dict(SCORE_WEIGHTS),
    "equal": {k: 1.0 for k in SCORE_WEIGHTS if k != "cross_brokerage"},
    "dual-standing": {"dual_standing": 1.0},
    "without-dual-standing": {"bridging_strength": 0.5, "betweenness": 0.125,
                              "constraint": 0.125, "effective_size": 0.125,
                              "participation": 0.125},
    "cross-brokerage": {"cross_brokerage": 1.0},
    "half-cross-brokerage": {k: (0.5 if k == "cross_brokerage" else w / 2)
                             for k, w in SCORE_WEIGHTS.items()},
}
NO_AFFILIATIONS = "default-without-affiliations"  # what api/network.py computes today


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ranked(scores: dict[str, BridgeScore]) -> list[str]:
    return sorted(scores, key=lambda v: (-scores[v].score, v))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=BENCHMARKS / "kubernetes-keps")
    args = parser.parse_args()
    people = [
        PersonNode(str(p["id"]), str(p["group"]) if p.get("group") else None)
        for p in read_jsonl(args.data / "people.jsonl")
    ]
    documents = read_jsonl(args.data / "documents.jsonl")
    authorships = [
        Authorship(str(d["id"]), tuple(map(str, d["authors"])),  # type: ignore[call-overload]
                   str(d["department"]) if d.get("department") else None)
        for d in documents
    ]
    affiliations = document_affiliations(authorships)

    G = build_collaboration_graph(people, authorships)
    print(f"{G.number_of_nodes()} people, {G.number_of_edges()} co-author ties, "
          f"{len(documents)} documents")
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    gold = args.data / "bridges_leadership.jsonl"
    evaluate = [sys.executable, str(BENCHMARKS / "eval_experts.py"), "--bridges", str(gold),
                "--bridge-filter", "in_corpus", "--bridge-run"]
    runs = [(name, weights, affiliations) for name, weights in FORMULAS.items()]
    runs.append((NO_AFFILIATIONS, dict(SCORE_WEIGHTS), {}))
    for name, weights, affil in runs:
        scores = bridge_scores(G, affiliations=affil, weights=weights)
        path = out / ("bridges.json" if name == "default" else f"bridges_{name}.json")
        path.write_text(json.dumps(ranked(scores), indent=0), encoding="utf-8")
        print(f"\n== {name}: {weights}")
        if name == "default":
            print("top 10: " + ", ".join(ranked(scores)[:10]))
        result = subprocess.run([*evaluate, str(path)], capture_output=True, text=True, check=True)
        print(result.stdout.strip())


if __name__ == "__main__":
    main()
