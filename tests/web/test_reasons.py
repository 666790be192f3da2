"""The reasons of the HR analyses said in Dutch and English (api.web.reasons): every code has
both, with the same blanks, and known answers for plurals, decimal commas, names for keys, the
nested works_with, and the English fallback for a code the page does not know.

Reasons are given as the API's ``why`` answers them (code as the GraphQL enum name)."""

from __future__ import annotations

import string
from typing import Any

import pytest

from api.web.reasons import PHRASES, Names, Said
from graph.reasons import Reason, ReasonCode, english

NAMES = {("topic", "wmo"): "Wet maatschappelijke ondersteuning", ("topic", "privacy"): "privacy",
         ("topic", "begroting"): "begroting", ("person", "p4"): "Dirk Smit",
         ("department", "fin"): "Financiën", ("department", "soc"): "Sociaal Domein"}


def why(code: str, count: int | None = None, value: float | None = None,
        items: tuple[str, ...] = (), via: dict[str, Any] | None = None) -> dict[str, Any]:
    """A reason as the API answers it, its English ``text`` from graph.reasons."""
    made = Reason(ReasonCode(code), count, value, items)
    return {"code": code.upper(), "count": count, "value": value, "items": list(items),
            "via": via, "text": english(made)}


def said(lang: str, reason: dict[str, Any]) -> Said:
    return Names(lang, dict(NAMES)).say(reason)  # type: ignore[arg-type]


def blanks(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name}


@pytest.mark.parametrize("code", list(ReasonCode))
def test_every_reason_code_is_said_in_dutch_and_english(code: ReasonCode) -> None:
    # a code added to graph/reasons.py without a translation fails here
    dutch, english_ = PHRASES[code.value]
    assert dutch.strip() and english_.strip() and dutch != english_


@pytest.mark.parametrize("key", sorted(PHRASES))
def test_every_phrase_has_the_same_blanks_in_both_languages(key: str) -> None:
    dutch, english_ = PHRASES[key]
    assert blanks(dutch) == blanks(english_)
    assert blanks(dutch) <= {"count", "value", "whole", "item", "items", "via"}
    code, *form = key.split(".")
    assert code in {c.value for c in ReasonCode} or code == "list"
    assert set(form) <= {"one", "zero", "via", "no_via", "and", "more"}


@pytest.mark.parametrize(("reason", "dutch", "english_"), [
    (why("tenure", count=16), "16 jaar in dienst", "16 years in the organisation"),
    (why("tenure", count=1), "1 jaar in dienst", "1 year in the organisation"),
    (why("tenure", count=0), "nog geen jaar in dienst", "less than a year in the organisation"),
    (why("same_department"), "zelfde afdeling", "same department"),
    (why("other_department", items=("fin",)), "uit een andere afdeling (Financiën)",
     "from another department (Financiën)"),
    (why("shares_topics", count=3, items=("wmo", "privacy", "begroting")),
     "deelt 3 onderwerpen: Wet maatschappelijke ondersteuning, privacy en begroting",
     "shares 3 topics: Wet maatschappelijke ondersteuning, privacy and begroting"),
    (why("shares_topics", count=1, items=("privacy",)), "deelt 1 onderwerp: privacy",
     "shares 1 topic: privacy"),
    (why("shares_topics", count=5, items=("privacy", "wmo", "begroting", "ict", "zorg")),
     "deelt 5 onderwerpen: privacy, Wet maatschappelijke ondersteuning, begroting en nog 2",
     "shares 5 topics: privacy, Wet maatschappelijke ondersteuning, begroting and 2 more"),
    (why("reaches_departments", count=4), "bereikt 4 andere afdelingen",
     "reaches 4 other departments"),
    (why("reaches_departments", count=1), "bereikt 1 andere afdeling",
     "reaches 1 other department"),
    (why("covers_departments", items=("soc", "fin")), "dekt Sociaal Domein en Financiën",
     "covers Sociaal Domein and Financiën"),
    (why("knows_the_topic", value=0.857), "kent het onderwerp (0,86)",
     "knows the topic (0.86)"),
    (why("adds_reach", value=2.56), "voegt naar verwachting 3 collega's toe aan het bereik",
     "adds about 3 people to the expected reach"),
    (why("adds_reach", value=1.18), "voegt naar verwachting 1 collega toe aan het bereik",
     "adds about 1 person to the expected reach"),
    (why("knows_topic", count=0, value=0.9, items=("wmo",)),
     "kent Wet maatschappelijke ondersteuning (het onderwerp zelf, sterkte 0,90)",
     "knows Wet maatschappelijke ondersteuning (the topic itself, strength 0.90)"),
    (why("knows_topic", count=2, value=0.5, items=("privacy",)),
     "kent privacy (op 2 stappen afstand, sterkte 0,50)",
     "knows privacy (2 steps away, strength 0.50)"),
    (why("learns_from_team", items=("p4",)), "leert van Dirk Smit, een kenner in het team",
     "learns from Dirk Smit, a keeper in the team"),
    (why("load", count=1), "houdt 1 van deze onderwerpen bij of leert het",
     "keeps or learns 1 of these topics"),
    # a key the page has no name for shows as the key
    (why("knows_related", items=("drones",)), "kent het verwante onderwerp drones",
     "knows the related topic drones"),
])
def test_known_answers_in_both_languages(reason: dict[str, Any], dutch: str,
                                         english_: str) -> None:
    assert said("nl", reason) == Said(dutch, "nl")
    assert said("en", reason) == Said(english_, "en")


def test_works_with_says_the_colleagues_reason_nested() -> None:
    # Dutch puts the verb of "die ..." last: the colleague's reason has its own form there
    knows = why("knows_topic", count=1, value=0.9, items=("wmo",))
    reason = why("works_with", items=("p4",), via=knows)
    assert said("nl", reason).text == ("werkt samen met Dirk Smit, die Wet maatschappelijke "
                                       "ondersteuning kent (op 1 stap afstand, sterkte 0,90)")
    assert said("en", reason).text == ("works with Dirk Smit, who knows Wet maatschappelijke "
                                       "ondersteuning (1 step away, strength 0.90)")
    wrote = why("works_with", items=("p4",), via=why("wrote_about", value=0.333))
    assert said("nl", wrote).text == "werkt samen met Dirk Smit, die erover schreef (sterkte 0,33)"
    assert said("en", wrote).text == "works with Dirk Smit, who wrote about it (strength 0.33)"
    assert said("nl", why("works_with", items=("p4",))).text == \
        "werkt samen met Dirk Smit, die het kent"


def test_a_code_the_page_does_not_know_is_the_english_text_marked_english() -> None:
    unknown = {"code": "KNOWS_EVERYTHING", "count": None, "value": None, "items": [],
               "via": None, "text": "knows everything"}
    assert said("nl", unknown) == Said("knows everything", "en")
    assert said("en", unknown) == Said("knows everything", "en")
    # a colleague's reason without an after-"who" form: the whole reason in English
    nested = why("works_with", items=("p4",), via=why("same_department"))
    assert said("nl", nested) == Said(nested["text"], "en")


def test_names_come_from_the_answer_and_the_reasons_named_items() -> None:
    answer = {"pairs": [{
        "buddy": {"key": "p4", "name": "Dirk Smit", "department": {"key": "soc",
                                                                   "name": "Sociaal Domein"}},
        "topic": {"key": "wmo", "labelNl": "Wet maatschappelijke ondersteuning",
                  "labelEn": "Social Support Act"},
        "why": [why("shares_topics", count=2, items=("wmo", "privacy")),
                why("works_with", items=("p9",),
                    via=why("knows_topic", count=0, value=1.0, items=("begroting",))),
                why("other_department", items=("soc",))]}]}
    names = Names("en")
    reasons = names.gather(answer)
    assert [r["code"] for r in reasons] == ["SHARES_TOPICS", "WORKS_WITH", "OTHER_DEPARTMENT"]
    assert names.of("topic", "wmo") == "Social Support Act"
    assert names.of("person", "p4") == "Dirk Smit"
    assert names.of("department", "soc") == "Sociaal Domein"
    assert names.says(reasons[:1]) == "shares 2 topics: Social Support Act and privacy"
    assert names.of("person", "p9") == "p9"  # no name anywhere: the key shows
    # a reason's named items (the API's Reason.named) give the rest, per page language
    named = {"why": [dict(why("works_with", items=("p9",)), named=[
        {"key": "p9", "kind": "person", "name": "Eva Bos", "nameEn": "Eva Bos"}]),
        dict(why("knows_related", items=("privacy",)), named=[
            {"key": "privacy", "kind": "topic", "name": "gegevensbescherming",
             "nameEn": "data protection"}])]}
    for lang, expected in (("nl", "kent het verwante onderwerp gegevensbescherming"),
                           ("en", "knows the related topic data protection")):
        learnt = Names(lang)
        found = learnt.gather(named)
        assert learnt.of("person", "p9") == "Eva Bos"
        assert learnt.say(found[1]).text == expected
