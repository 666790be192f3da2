"""Time the network analytics on synthetic organisations of 10,000 and 50,000 people.

Departments of 30-80 people; each person leads a few documents with two or
three co-authors, a co-author from another department with a probability tuned
so that ~11% of the ties cross departments; every department has a manager.
That gives ~18 distinct ties per person. Prints the median of three runs of
``build_collaboration_graph``, ``bridge_scores`` and ``ambassador_team``
(covering every department, size = departments + 5, runs = 100).

Usage: python bench/network_speed.py [--sizes 10000 50000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.brokerage import bridge_scores  # noqa: E402
from graph.collaboration import Authorship, PersonNode, build_collaboration_graph  # noqa: E402
from graph.diffusion import ambassador_team  # noqa: E402

T = TypeVar("T")
CROSS_COAUTHOR = 0.075  # P(a co-author comes from another department); gives ~11% cross ties
DOCS_PER_PERSON = 3.0  # documents led per person; gives ~18 distinct ties per person


def synthetic_organisation(n: int, seed: int = 0) -> tuple[list[PersonNode], list[Authorship]]:
    """People in departments of 30-80 with managers, and their co-authored documents."""
    rng = np.random.default_rng(seed)
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(min(int(rng.integers(30, 81)), n - sum(sizes)))
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    dept = np.repeat(np.arange(len(sizes)), sizes)
    people = [
        PersonNode(
            f"p{i:06d}",
            f"dept-{dept[i]:04d}",
            None if i == starts[dept[i]] else f"p{starts[dept[i]]:06d}",
        )
        for i in range(n)
    ]
    n_docs = int(n * DOCS_PER_PERSON)
    leads = rng.integers(0, n, n_docs)
    n_coauthors = rng.integers(1, 4, n_docs)  # 1-3 co-authors
    documents = []
    for k in range(n_docs):
        lead = int(leads[k])
        d = dept[lead]
        authors = [lead]
        for _ in range(int(n_coauthors[k])):
            if rng.random() < CROSS_COAUTHOR:
                authors.append(int(rng.integers(0, n)))
            else:
                authors.append(int(starts[d] + rng.integers(0, sizes[d])))
        documents.append(Authorship(f"doc{k}", tuple(f"p{a:06d}" for a in authors)))
    return people, documents


def median_time(fn: Callable[[], T], repeat: int) -> tuple[float, T]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    assert result is not None
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for n in args.sizes:
        people, documents = synthetic_organisation(n)
        t_build, G = median_time(
            partial(build_collaboration_graph, people, documents), args.repeat
        )
        m = G.number_of_edges()
        cross = sum(1 for _, _, b in G.edges(data="bridging") if b) / max(1, m)
        n_depts = len({p.department for p in people})
        print(f"{n:,} people, {n_depts} departments, {m:,} ties "
              f"({2 * m / n:.1f} per person, {cross:.1%} across departments)")
        t_bridges, scores = median_time(partial(bridge_scores, G), args.repeat)
        t_team, team = median_time(
            partial(ambassador_team, G, size=n_depts + 5, runs=100, bridges=scores), args.repeat
        )
        print(f"  build_collaboration_graph  {t_build:7.2f} s")
        print(f"  bridge_scores              {t_bridges:7.2f} s")
        print(f"  ambassador_team            {t_team:7.2f} s  ({len(team.members)} members, "
              f"{len(team.uncovered)} departments uncovered, "
              f"reach {team.reach_fraction:.1%})")
        total = t_bridges + t_team
        print(f"  bridges + ambassador team  {total:7.2f} s  (medians of {args.repeat} runs)")


if __name__ == "__main__":
    main()
