"""Compounds, split and joined spellings, lemmas of unknown words, and their evidence."""

from __future__ import annotations

import math

import pytest

from extraction.lexicon import lexicon
from extraction.matching import COMPOUND_WEIGHT
from extraction.pipeline import Analyser
from graph.model import Document, Mention, Topic

TOPICS = [
    Topic("digitale-toegankelijkheid", "digitale toegankelijkheid", "digital accessibility",
          ("toegankelijkheid",), ("web accessibility",)),
    Topic("begroting", "begroting", "budget", ("programmabegroting",)),
    Topic("omgevingswet", "Omgevingswet", "Environment and Planning Act"),
    Topic("e-mailarchivering", "e-mailarchivering", "email archiving", ("e-mailbeleid",)),
    Topic("woo", "Wet open overheid", "Open Government Act", abbreviations=("Woo",)),
    Topic("bio", "Baseline Informatiebeveiliging Overheid", "Information Security Baseline",
          abbreviations=("BIO",)),
    Topic("api", "API's", "APIs", aliases_en=("API",)),
    Topic("afval", "afvalinzameling", "waste collection", ("afval",)),
    Topic("leges", "leges", "administrative fees"),
    Topic("digid", "DigiD", "DigiD"),
    Topic("pseudonimisering", "pseudonimisering", "pseudonymisation", ("pseudonimiseren",)),
    Topic("finance", "financiën", "finance"),
    Topic("applicatie-integratie", "applicatie-integratie", "application integration",
          ("koppelingen",)),
]


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(TOPICS)


def _mentions(analyser: Analyser, text: str) -> dict[str, Mention]:
    return {m.topic_id: m for m in analyser.analyse(Document("d", "", text, ("p",)), "nl").mentions}


@pytest.mark.parametrize(("text", "topic"), [
    ("Sanne is onze toegankelijkheidsambassadeur.", "digitale-toegankelijkheid"),
    ("De toegankelijkheidseisen gelden voor alle pagina's.", "digitale-toegankelijkheid"),
    ("In de gemeentebegroting is ruimte gevonden.", "begroting"),
    ("De gemeentebegrotingen van de regio verschillen.", "begroting"),
    ("Het begrotingstekort wordt gedekt.", "begroting"),
    ("De Woo-verzoeken liggen bij Kees.", "woo"),
    ("Wij passen de BIO-maatregelen toe.", "bio"),
    ("Wij bouwen API-gateways.", "api"),
])
def test_topic_inside_a_longer_word_counts_with_a_lower_weight(analyser: Analyser, text: str,
                                                               topic: str) -> None:
    found = _mentions(analyser, text)
    assert set(found) == {topic}
    assert found[topic].score == pytest.approx(1 + math.log(COMPOUND_WEIGHT))


@pytest.mark.parametrize("text", [
    "Ze wonen in een rustige woonwijk.",  # woo
    "Het bedrijf haalde kapitaal op.",  # api
    "De wethouder opende de vergadering.",  # wet
    "Zijn biografie verschijnt in mei.",  # bio
    "Hij wil tien kilo afvallen.",  # afval + a rest that is no word
    "De colleges beginnen in september.",  # leges behind a modifier that is no word
    "Het ontoegankelijkheidsprobleem was klein.",  # too short a modifier before the topic
    "De financering van het project is rond.",  # English label "finance" is no Dutch part
    "We bespraken de terugkoppeling uit de enquête.",  # a common word keeps its own meaning
])
def test_topic_words_inside_unrelated_words_do_not_match(analyser: Analyser, text: str) -> None:
    assert _mentions(analyser, text) == {}


@pytest.mark.parametrize("text", [
    "Het nieuwe e-mailbeleid is vastgesteld.",
    "Het nieuwe emailbeleid is vastgesteld.",
    "Het nieuwe email beleid is vastgesteld.",
])
def test_hyphenated_joined_and_spaced_spellings_match_fully(analyser: Analyser, text: str) -> None:
    found = _mentions(analyser, text)
    assert set(found) == {"e-mailarchivering"} and found["e-mailarchivering"].score == 1.0


@pytest.mark.parametrize("text", ["De omgevings wet komt eraan.", "De omgevings-wet komt eraan.",
                                  "De Omgevingswet komt eraan."])
def test_omgevingswet_in_any_spelling(analyser: Analyser, text: str) -> None:
    assert set(_mentions(analyser, text)) == {"omgevingswet"}


def test_a_split_word_needs_a_real_second_half(analyser: Analyser) -> None:
    assert _mentions(analyser, "De omgevings en wet en regelgeving.") == {}


def test_compound_evidence_points_into_the_word(analyser: Analyser) -> None:
    text = "Eerste zin. Sanne is onze toegankelijkheidsambassadeur sinds maart. Slot."
    found = _mentions(analyser, text)["digitale-toegankelijkheid"]
    full = f"\n\n{text}"
    assert full[found.start:found.end] == "toegankelijkheid"
    assert found.snippet == "Sanne is onze toegankelijkheidsambassadeur sinds maart."
    assert found.snippet[found.snippet_start:found.snippet_end] == "toegankelijkheid"


def test_a_product_name_ending_in_a_capital_loses_its_full_stop(analyser: Analyser) -> None:
    assert set(_mentions(analyser, "Inwoners loggen in met DigiD.")) == {"digid"}


def test_participles_and_unknown_plurals_get_lemmas() -> None:
    nl = lexicon("nl")
    assert nl.lemma("gepseudonimiseerd") == nl.lemma("pseudonimiseren")
    assert nl.lemma("gemeentebegrotingen") == "gemeentebegroting"
    assert nl.lemma("wmo-aanvragen").startswith("wmo-")


def test_query_for_the_topic_finds_the_compound(analyser: Analyser) -> None:
    query = analyser.analyse_query("Wie is toegankelijkheidsambassadeur?")
    assert query.topic_ids == ("digitale-toegankelijkheid",)
