"""Extraction on small Dutch and English texts with known topics."""

from __future__ import annotations

import pytest

from extraction.language import detect_language
from extraction.pipeline import Analyser
from graph.model import Document, Topic

TOPICS = [
    Topic("digitale-toegankelijkheid", "digitale toegankelijkheid", "digital accessibility",
          ("toegankelijkheid",), ("web accessibility",)),
    Topic("bio", "Baseline Informatiebeveiliging Overheid", "Government Information Security Baseline",
          abbreviations=("BIO",)),
    Topic("wmo", "Wet maatschappelijke ondersteuning", "Social Support Act", abbreviations=("Wmo",)),
    Topic("vergunningverlening", "vergunningverlening", "permitting", ("vergunning",)),
    Topic("financien", "financiën", "finance"),
]


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(TOPICS)


def _topics(analyser: Analyser, text: str, title: str = "Titel") -> dict[str, int]:
    analysed = analyser.analyse(Document("d", title, text, ("p",)))
    return {m.topic_id: m.count for m in analysed.mentions}


def test_labels_aliases_and_inflections_match(analyser: Analyser) -> None:
    found = _topics(analyser, "Digitale toegankelijkheid is belangrijk. Vergunningen worden verleend.")
    assert found == {"digitale-toegankelijkheid": 1, "vergunningverlening": 1}


def test_abbreviations_match_their_spelling_not_the_word(analyser: Analyser) -> None:
    assert _topics(analyser, "Wij passen de BIO toe.") == {"bio": 1}
    assert _topics(analyser, "Wij scheiden bio-afval en kopen bio groente.") == {}
    assert _topics(analyser, "De WMO en de Wmo.") == {"wmo": 2}


def test_accents_are_folded(analyser: Analyser) -> None:
    assert _topics(analyser, "Het team Financien bespreekt de financiën.") == {"financien": 2}


def test_english_text_is_detected_and_matched(analyser: Analyser) -> None:
    doc = analyser.analyse(Document("d", "Accessible forms", "Our forms meet web accessibility rules "
                                    "and the Social Support Act.", ("p",)))
    assert doc.document.language == "en"
    assert {m.topic_id for m in doc.mentions} == {"digitale-toegankelijkheid", "wmo"}


def test_mention_keeps_its_sentence_and_offsets(analyser: Analyser) -> None:
    doc = analyser.analyse(Document("d", "Memo", "Eerste zin. Wij volgen de BIO streng. Slot.", ("p",)))
    [mention] = doc.mentions
    full = "Memo\n\nEerste zin. Wij volgen de BIO streng. Slot."
    assert mention.snippet == "Wij volgen de BIO streng."
    assert full[mention.start:mention.end] == "BIO"
    assert mention.snippet[mention.snippet_start:mention.snippet_end] == "BIO"


def test_title_mentions_weigh_more(analyser: Analyser) -> None:
    in_title = analyser.analyse(Document("a", "Over de Wmo", "Tekst.", ("p",))).mentions[0]
    in_body = analyser.analyse(Document("b", "Memo", "Over de Wmo.", ("p",))).mentions[0]
    assert in_title.score > in_body.score


def test_index_text_is_lemmatised_without_stop_words(analyser: Analyser) -> None:
    doc = analyser.analyse(Document("d", "Vergunningen", "De aanvragen werden verleend.", ("p",)))
    # "aanvragen" is also an infinitive: the lookup table keeps it as it is
    assert doc.index_text.split() == ["vergunning", "aanvragen", "verlenen"]


def test_query_analysis_drops_question_words(analyser: Analyser) -> None:
    q = analyser.analyse_query("Wie weet iets over vergunningen en de Wmo?")
    assert q.terms == ("vergunning", "wmo")
    assert q.topic_ids == ("vergunningverlening", "wmo")


def test_skill_labels_resolve_case_insensitively(analyser: Analyser) -> None:
    assert analyser.match_label("wmo") == "wmo"
    assert analyser.match_label("Digitale Toegankelijkheid") == "digitale-toegankelijkheid"
    assert analyser.match_label("vergunningen") == "vergunningverlening"
    assert analyser.match_label("koken") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("De gemeente werkt aan het omgevingsplan voor de wijk.", "nl"),
    ("The municipality is working on the plan for the district.", "en"),
    ("Omgevingswet", "nl"),
])
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang
