"""Extraction quality on labelled Dutch and English sentences, against the real taxonomy.

``labelled_sentences.jsonl`` holds realistic intranet sentences, each with the topics a careful
reader finds in it (by meaning, written before the matcher was tuned) and a note on what it
tests: compound, variant (hyphen, space, joined), abbreviation, plural, verb, plain, english,
english-in-dutch, negative (a topic word inside an unrelated word, or no topic at all).
Precision and recall are micro-averaged over (sentence, topic) pairs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from extraction.pipeline import Analyser
from extraction.taxonomy import load_taxonomy
from graph.model import Document

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FLOOR = 0.9


@pytest.fixture(scope="module")
def sentences() -> list[dict[str, object]]:
    with (HERE / "labelled_sentences.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(load_taxonomy(REPO / "seed_data" / "taxonomy.yaml"))


def test_labelled_set_is_large_and_varied(sentences: list[dict[str, object]]) -> None:
    notes = [s["note"] for s in sentences]
    assert len(sentences) >= 150
    assert notes.count("negative") >= 30
    assert {"nl", "en"} == {s["lang"] for s in sentences}
    assert {"compound", "abbreviation", "plural", "verb", "english-in-dutch"} <= set(notes)


def test_precision_and_recall_reach_their_floors(sentences: list[dict[str, object]],
                                                 analyser: Analyser) -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn per note
    for s in sentences:
        doc = Document("s", "", str(s["text"]), ("p",))
        found = {m.topic_id for m in analyser.analyse(doc, str(s["lang"])).mentions}
        expected = set(s["topics"])  # type: ignore[call-overload]
        row = counts[str(s["note"])]
        row[0] += len(found & expected)
        row[1] += len(found - expected)
        row[2] += len(expected - found)
    tp, fp, fn = (sum(row[i] for row in counts.values()) for i in range(3))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nlabelled set: precision {precision:.3f}, recall {recall:.3f} "
          f"(tp {tp}, fp {fp}, fn {fn})")
    for note, (t, f, n) in sorted(counts.items()):
        print(f"  {note:<17} precision {t / (t + f) if t + f else 1:.3f}  "
              f"recall {t / (t + n) if t + n else 1:.3f}  (tp {t}, fp {f}, fn {n})")
    assert precision >= FLOOR and recall >= FLOOR
    t, f, _ = counts["negative"]
    assert f <= 0.1 * sum(1 for s in sentences if s["note"] == "negative")
