"""The pre-registered bridge-score variants on Kubernetes KEPs (docs/bridges.md), once each.

Every score is computed on all people; the selection rule ranks each of two random halves of the
people (ids sorted, shuffled with ``random.Random(0)``) and takes the AP against the gold people
in that half. Prints AP on all people, on each half and their mean, for the references (document
count, the default score, dual standing alone) and for each candidate alone and half-and-half
with the default. Candidates V2-V4 were not adopted and live only here.

Usage: python bench/bridges_variants.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import igraph as ig
import numpy as np
import scipy.sparse as sp
from scipy.stats import rankdata

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graph.brokerage import bridge_scores  # noqa: E402
from graph.collaboration import (  # noqa: E402
    Authorship,
    GraphArrays,
    PersonNode,
    build_collaboration_graph,
    graph_arrays,
)
from graph.involvement import document_affiliations, dual_standing, gould_fernandez  # noqa: E402

BENCHMARKS = Path("/work/shared/benchmarks")
Floats = np.ndarray


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def rank(x: Floats) -> Floats:
    r = np.asarray(rankdata(x, method="average"), dtype=np.float64)
    return (r - 1.0) / (len(x) - 1.0)


def two_mode(A: GraphArrays, affiliations: dict[str, dict[str, float]]) -> sp.csr_matrix:
    """People then departments; person-department weight = membership 1 + document shares."""
    code = {d: c for c, d in enumerate(A.departments)}
    rows, cols, vals = [], [], []
    for i, v in enumerate(A.nodes):
        if A.dept_code[i] >= 0:
            rows.append(i), cols.append(int(A.dept_code[i])), vals.append(1.0)
        for d, w in affiliations.get(v, {}).items():
            rows.append(i), cols.append(code[d]), vals.append(w)
    inv = sp.csr_matrix((vals, (rows, cols)), shape=(len(A.nodes), len(A.departments)))
    return sp.csr_matrix(sp.bmat([[A.adjacency(), inv], [inv.T, None]], format="csr"))


def bridging_centrality(A: GraphArrays) -> Floats:
    """V2, Hwang et al. 2006: hop betweenness times the bridging coefficient."""
    n = len(A.nodes)
    g = ig.Graph(n=n, edges=np.column_stack([A.source, A.target]).tolist())
    btw = np.asarray(g.betweenness(directed=False), dtype=np.float64)
    deg = np.asarray(g.degree(), dtype=np.float64)
    inv_nb = np.array([sum(1.0 / deg[u] for u in g.neighbors(i)) for i in range(n)])
    coef = np.where(inv_nb > 0, (1.0 / np.maximum(deg, 1.0)) / np.where(inv_nb > 0, inv_nb, 1.0), 0)
    return btw * coef


def two_mode_betweenness(A: GraphArrays, H: sp.csr_matrix) -> Floats:
    """V3: betweenness of the people in the two-mode graph, tie length 1 / weight (Newman)."""
    upper = sp.triu(H, k=1).tocoo()
    h = ig.Graph(n=H.shape[0], edges=np.column_stack([upper.row, upper.col]).tolist())
    lengths = (1.0 / upper.data).tolist()
    return np.asarray(h.betweenness(directed=False, weights=lengths))[: len(A.nodes)]


def strong_departments(A: GraphArrays, H: sp.csr_matrix) -> Floats:
    """V4: departments with involvement plus tie weight >= 1, ties broken by cross volume."""
    n, d = len(A.nodes), len(A.departments)
    member = sp.csr_matrix((np.ones(n), (np.arange(n), A.dept_code)), shape=(n, d))
    tie = H[:n, n:] + H[:n, :n] @ member
    strong = np.asarray((tie >= 1.0).sum(axis=1)).ravel().astype(np.float64)
    outside = np.asarray((tie - tie.multiply(member)).sum(axis=1)).ravel()
    return strong + 0.999 * rank(outside)


def average_precision(ranked: list[str], relevant: set[str]) -> float:
    hits, total = 0, 0.0
    for i, p in enumerate(ranked, 1):
        if p in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=BENCHMARKS / "kubernetes-keps")
    args = parser.parse_args()
    people = [PersonNode(str(p["id"]), str(p["group"]) if p.get("group") else None)
              for p in read_jsonl(args.data / "people.jsonl")]
    documents = read_jsonl(args.data / "documents.jsonl")
    authorships = [
        Authorship(str(d["id"]), tuple(map(str, d["authors"])),  # type: ignore[call-overload]
                   str(d["department"]) if d.get("department") else None)
        for d in documents
    ]
    affiliations = document_affiliations(authorships)
    G = build_collaboration_graph(people, authorships)
    A = graph_arrays(G)
    H = two_mode(A, affiliations)

    def score(weights: dict[str, float], standing_ties: bool = False) -> Floats:
        s = bridge_scores(G, affiliations=affiliations, weights=weights,
                          standing_ties=standing_ties)
        return np.array([s[v].score for v in A.nodes])

    session1 = {"dual_standing": 0.5, "bridging_strength": 0.25, "betweenness": 0.0625,
                "constraint": 0.0625, "effective_size": 0.0625, "participation": 0.0625}
    default = score(session1)
    doc_count: dict[str, int] = {}
    for a in authorships:
        for p in set(a.authors):
            doc_count[p] = doc_count.get(p, 0) + 1
    variants: dict[str, Floats] = {
        "document count": np.array([doc_count.get(v, 0) for v in A.nodes], dtype=np.float64),
        "default (session 1)": default,
        "dual standing alone": score({"dual_standing": 1.0}),
    }
    candidates = {
        "V1 Gould-Fernandez": gould_fernandez(A, affiliations),
        "V2 bridging centrality": bridging_centrality(A),
        "V3 two-mode betweenness": two_mode_betweenness(A, H),
        "V4 strong departments": strong_departments(A, H),
    }
    for name, values in candidates.items():
        variants[f"{name} alone"] = values
        variants[f"{name} + default"] = 0.5 * rank(values) + 0.5 * default
    # round 2 (session 3): dual standing on standing = involvement + ties to members
    variants["V5 standing alone"] = dual_standing(A, affiliations, ties=True)
    variants["V5 standing in default"] = score(session1, standing_ties=True)
    # round 3: a document's share split evenly over all its departments (owner + participating)
    spread: dict[str, dict[str, float]] = {}
    for d in documents:
        authors = sorted(set(map(str, d["authors"])))  # type: ignore[call-overload]
        depts = sorted({str(x) for x in [d.get("department"), *d.get("participating_sigs", [])]
                        if x})  # type: ignore[misc]
        for a in authors:
            for dept in depts:
                share = spread.setdefault(a, {})
                share[dept] = share.get(dept, 0.0) + 1.0 / (len(authors) * len(depts))
    r3 = bridge_scores(G, affiliations=spread, weights=session1, standing_ties=True)
    variants["R3 all departments, V5 in default"] = np.array([r3[v].score for v in A.nodes])

    gold = {str(r["id"]) for r in read_jsonl(args.data / "bridges_leadership.jsonl")
            if r.get("in_corpus")}  # read for scoring only
    ids = sorted(A.nodes)
    random.Random(0).shuffle(ids)
    halves = [set(ids[: len(ids) // 2]), set(ids[len(ids) // 2:])]
    print(f"{len(A.nodes)} people; gold {len(gold)} ({len(gold & halves[0])} and "
          f"{len(gold & halves[1])} per half)")
    print(f"{'variant':38s} {'all':>6s} {'half 1':>7s} {'half 2':>7s} {'mean':>6s}")
    for name, values in variants.items():
        order = sorted(range(len(A.nodes)), key=lambda i: (-values[i], A.nodes[i]))
        ranked = [A.nodes[i] for i in order]
        per_half = [average_precision([p for p in ranked if p in h], gold & h) for h in halves]
        print(f"{name:38s} {average_precision(ranked, gold):6.3f} {per_half[0]:7.3f} "
              f"{per_half[1]:7.3f} {np.mean(per_half):6.3f}")


if __name__ == "__main__":
    main()
