"""A synthetic organisation for speed benchmarks: 10,000 people and 200,000 documents by default.

Built directly as ``Batch``es of ``AnalysedDocument`` (extraction of 200k documents would take
too long): each department has a theme of taxonomy topics from ``seed_data/taxonomy.yaml``,
each person a few topics from that theme, and each document (~150 words) mixes its topics'
labels and aliases with everyday Dutch words drawn by their real frequency (wordfreq), so
term statistics look like a real corpus. Index text and topic mentions are written directly.

    python bench/synthetic_org.py bench/out/synthetic.db --people 10000 --documents 200000
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wordfreq import top_n_list  # noqa: E402

from extraction.taxonomy import load_taxonomy  # noqa: E402
from graph.model import (  # noqa: E402
    AnalysedDocument,
    Batch,
    Claim,
    Department,
    Document,
    Mention,
    Person,
    Topic,
    fold,
)
from graph.sqlite_store import SqliteStore  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 10_000
WORDS_PER_DOCUMENT = 150
STOP = set(top_n_list("nl", 120))  # the commonest words stand in for stop words


def build(path: Path, people: int = 10_000, documents: int = 200_000, seed: int = 0) -> float:
    """Write the organisation to a fresh SQLite store at ``path``; return the seconds taken."""
    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    topics = load_taxonomy(ROOT / "seed_data" / "taxonomy.yaml")
    vocabulary = [w for w in top_n_list("nl", 20_000) if w.isalpha() and len(w) > 2]
    weights = [1 / (rank + 10) for rank in range(len(vocabulary))]  # Zipf-like
    depts, themes = _departments(people, topics, rng)
    staff = _people(people, depts, themes, rng)
    store = SqliteStore(path)
    first = True
    for chunk in _chunks(_documents(documents, staff, themes, vocabulary, weights, rng), CHUNK):
        store.apply(Batch(depts if first else (), tuple(staff) if first else (),
                          tuple(topics) if first else (), tuple(chunk)))
        first = False
    store.close()
    return time.perf_counter() - started


def _departments(people: int, topics: list[Topic], rng: random.Random
                 ) -> tuple[tuple[Department, ...], dict[str, list[Topic]]]:
    """Ten directorates, each with departments of ~50 people and a theme of ten topics."""
    n = max(1, people // 50)
    depts = [Department("org", "Gemeente Synthetisch", "Gemeente Synthetisch")]
    depts += [Department(f"dir{d}", f"Directie {d}", "Gemeente Synthetisch", "org")
              for d in range(10)]
    themes = {}
    for i in range(n):
        dept = Department(f"dep{i:03d}", f"Afdeling {i}", "Gemeente Synthetisch", f"dir{i % 10}")
        depts.append(dept)
        themes[dept.id] = rng.sample(topics, 10)
    return tuple(depts), themes


def _people(n: int, depts: tuple[Department, ...], themes: dict[str, list[Topic]],
            rng: random.Random) -> list[Person]:
    units = [d.id for d in depts if d.id in themes]
    out = []
    for i in range(n):
        dept = units[i % len(units)]
        claims = tuple(Claim(t.id, rng.randint(1, 5), rng.random() < 0.3)
                       for t in rng.sample(themes[dept], 2)) if rng.random() < 0.2 else ()
        out.append(Person(f"p{i:05d}", f"Persoon {i}", department_id=dept,
                          location=rng.choice(["Stadhuis", "Thuiswerk", "Servicepunt"]),
                          languages=("nl", "en") if rng.random() < 0.4 else ("nl",),
                          claims=claims))
    return out


def _documents(n: int, staff: list[Person], themes: dict[str, list[Topic]],
               vocabulary: list[str], weights: list[float], rng: random.Random
               ) -> Iterator[AnalysedDocument]:
    by_dept: dict[str, list[Person]] = {}
    for p in staff:
        by_dept.setdefault(p.department_id or "", []).append(p)
    focus = {p.id: rng.sample(themes[p.department_id or ""], 3) for p in staff}
    start = date(2015, 1, 1)
    for i in range(n):
        lead = staff[int(len(staff) * rng.random() ** 1.3)]  # some people write much more
        colleagues = by_dept[lead.department_id or ""]
        authors = [lead.id, *{c.id for c in rng.sample(colleagues, rng.choice((0, 0, 1, 2)))}
                   - {lead.id}]
        topics = rng.sample(focus[lead.id], rng.choice((1, 1, 2, 3)))
        words = rng.choices(vocabulary, weights, k=WORDS_PER_DOCUMENT)
        for t in topics:
            for _ in range(rng.randint(1, 4)):
                form = rng.choice(t.surface_forms())
                words.insert(rng.randrange(len(words)), form.lower())
        title = f"Notitie {topics[0].label_nl} {i}"
        text = " ".join(words).capitalize() + "."
        mentions = tuple(Mention(t.id, 2, 2.0 + (k == 0) * 2.0, text[:200], 0, 10, 0, 10)
                         for k, t in enumerate(topics))
        index = " ".join(fold(w) for w in f"{title} {text}".lower().replace(".", "").split()
                         if w not in STOP)
        yield AnalysedDocument(
            Document(f"doc{i:06d}", title, text, tuple(authors),
                     start + timedelta(days=rng.randrange(4300)),
                     department_id=lead.department_id), mentions, index)


def _chunks(items: Iterator[AnalysedDocument], size: int) -> Iterator[list[AnalysedDocument]]:
    chunk: list[AnalysedDocument] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=200_000)
    args = parser.parse_args()
    seconds = build(args.path, args.people, args.documents)
    print(f"built {args.people} people, {args.documents} documents in {seconds:.0f} s")


if __name__ == "__main__":
    main()
