"""Words per second of the full extraction beside spaCy's bare tokenizer, on the same text.

Corpora: the demo organisation (``seed_data/demo/documents.jsonl`` and ``notes/``, when present)
and the nl-logius benchmark (``../shared/benchmarks/nl-logius/documents.jsonl``: 1,790 sections
of Dutch and English government standards).

Taxonomy: ``seed_data/taxonomy.yaml`` padded to ``--patterns`` surface forms (default 20,000)
with synthetic-but-plausible topics: two- and three-word phrases of content words that occur at
least twice in the corpora themselves, sampled at random (``--dense``: the most frequent ones,
a worst case in which the corpus's commonest phrases are all topics and match everywhere).

Measured in one process as CPU time (``time.process_time``: other processes on a shared machine
do not count), median of ``--repeat`` interleaved rounds (the first round starts cold):

* bare tokenizer: ``spacy.blank(lang).tokenizer`` of each document's language, with spaCy's
  default cache and with the 200k-entry cache the pipeline uses;
* full extraction: ``Analyser.analyse`` (language detection, tokens, lemmas and norms, phrase,
  abbreviation, split-word and compound matching, evidence sentences, index text).

Words are whitespace-separated words of title and text. Target: full >= 0.5 x bare tokenizer.

Usage: python bench/extraction_speed.py [--patterns 20000] [--repeat 3] [--dense]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import spacy

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extraction.documents import read_documents  # noqa: E402
from extraction.language import detect_language  # noqa: E402
from extraction.pipeline import Analyser  # noqa: E402
from extraction.taxonomy import load_taxonomy  # noqa: E402
from graph.model import Document, Topic  # noqa: E402

LOGIUS = REPO.parent / "shared" / "benchmarks" / "nl-logius" / "documents.jsonl"
DEMO = REPO / "seed_data" / "demo"
_WORD = re.compile(r"[a-zà-ÿ]{3,}")


def corpora() -> dict[str, list[Document]]:
    """The demo organisation's documents (if generated) and nl-logius."""
    out: dict[str, list[Document]] = {}
    demo_paths = [p for p in (DEMO / "documents.jsonl", DEMO / "notes") if p.exists()]
    if demo_paths:
        records = read_documents(demo_paths, [], [])
        out["demo"] = [Document(r.id, r.title, r.text, r.authors) for r in records]
    if LOGIUS.exists():
        with LOGIUS.open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        out["nl-logius"] = [Document(r["id"], r["title"], r["text"], tuple(r["authors"]))
                            for r in rows]
    return out


def padded_taxonomy(docs: Sequence[Document], target: int, dense: bool = False) -> list[Topic]:
    """The real taxonomy plus corpus phrases (seen twice or more) as topics, ``target`` forms in
    all: a random sample of them, or with ``dense`` the most frequent ones (a worst case: the
    corpus's own commonest phrases match everywhere)."""
    topics = load_taxonomy(REPO / "seed_data" / "taxonomy.yaml")
    stop = spacy.blank("nl").Defaults.stop_words | spacy.blank("en").Defaults.stop_words
    known = {f.lower() for t in topics for f in t.surface_forms()}
    grams: Counter[str] = Counter()
    for doc in docs:
        words = [w for w in _WORD.findall(doc.text.lower()) if w not in stop]
        for n in (2, 3):
            grams.update(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))
    phrases = [g for g, n in grams.most_common() if n >= 2 and g not in known]
    if not dense:  # a sample across the whole frequency range, as real term lists are
        phrases = random.Random(0).sample(phrases, len(phrases))
    forms = sum(len(t.surface_forms()) for t in topics)
    for i, phrase in enumerate(phrases[:max(0, target - forms)]):
        topics.append(Topic(f"bench-{i}", phrase, phrase))  # one surface form
    return topics


def bare(texts: list[tuple[str, str]], tokenizers: dict[str, Any]) -> None:
    for text, lang in texts:
        tokenizers[lang](text)


def full(analyser: Analyser, docs: list[Document]) -> None:
    for doc in docs:
        analyser.analyse(doc)


def words_per_second(runs: dict[str, Callable[[], Any]], words: int,
                     repeat: int) -> dict[str, float]:
    """Median words/s of each run; rounds interleave the runs so that load from other processes
    hits them alike, and time is this process's CPU time (the machine may be shared)."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            started = time.process_time()
            run()
            times[name].append(time.process_time() - started)
    return {name: words / statistics.median(t) for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patterns", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dense", action="store_true", help="the most frequent phrases")
    args = parser.parse_args()
    sets = corpora()
    if not sets:
        sys.exit("no corpus found (seed_data/demo or ../shared/benchmarks/nl-logius)")
    started = time.perf_counter()
    topics = padded_taxonomy([d for docs in sets.values() for d in docs], args.patterns,
                             args.dense)
    analyser = Analyser(topics)
    forms = sum(len(t.surface_forms()) for t in topics)
    print(f"taxonomy: {len(topics)} topics, {forms} surface forms; analyser built in "
          f"{time.perf_counter() - started:.1f} s")
    for name, docs in sets.items():
        texts = [(f"{d.title}\n\n{d.text}", detect_language(f"{d.title}\n{d.text}")) for d in docs]
        words = sum(len(t.split()) for t, _ in texts)
        default = {lang: spacy.blank(lang).tokenizer for lang in ("nl", "en")}
        large = {lang: spacy.blank(lang).tokenizer for lang in ("nl", "en")}
        for tokenizer in large.values():
            tokenizer.max_cache_size = 200_000

        speed = words_per_second({"default": partial(bare, texts, default),
                                  "large": partial(bare, texts, large),
                                  "full": partial(full, analyser, docs)}, words, args.repeat)
        bare_default, bare_large, extraction = speed["default"], speed["large"], speed["full"]
        print(f"{name}: {len(docs)} documents, {words} words (median of {args.repeat})")
        print(f"  bare tokenizer, default cache  {bare_default:>10,.0f} words/s")
        print(f"  bare tokenizer, 200k cache     {bare_large:>10,.0f} words/s")
        print(f"  full extraction                {extraction:>10,.0f} words/s  "
              f"= {extraction / bare_default:.2f} x default, {extraction / bare_large:.2f} x "
              "200k-cache tokenizer")


if __name__ == "__main__":
    main()
