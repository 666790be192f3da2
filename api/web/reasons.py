"""Why an HR analysis proposes someone, said in the page's language.

The API gives each reason as data (``why``: a code, its numbers, the keys of the topics, people
or departments it names, and for ``works_with`` the colleague's own reason; graph/reasons.py).
This module says it in Dutch or English, the keys replaced by names. The phrases are a table
like the catalogue's, a pair (Dutch, English) per entry:

- ``<code>``: the phrase; ``<code>.one`` and ``<code>.zero`` where the number changes the words
  (the number is ``count``, else ``value`` rounded: "1 jaar", "3 stappen");
- ``<code>.via``: the colleague's reason after "who" in ``works_with``, because Dutch puts the
  verb last there ("werkt samen met Dirk Smit, die privacy kent");
- blanks: ``{count}``, ``{value}`` (two decimals), ``{whole}`` (``value`` rounded), ``{item}``
  (the first name), ``{items}`` (up to three names, "en nog 2"), ``{via}``.

A code the table does not know (an API newer than this page) is shown as the English ``text``
the API sends with it, marked as English.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from api.web.catalogue import Lang, format_number
from graph.reasons import ITEM_KINDS, ReasonCode

Reason = dict[str, Any]  # one ``why`` entry of an answer: code count value items text via

PHRASES: dict[str, tuple[str, str]] = {
    # ambassadors
    "reaches_departments": ("bereikt {count} andere afdelingen",
                            "reaches {count} other departments"),
    "reaches_departments.one": ("bereikt 1 andere afdeling", "reaches 1 other department"),
    "knows_the_topic": ("kent het onderwerp ({value})", "knows the topic ({value})"),
    "covers_departments": ("dekt {items}", "covers {items}"),
    "strong_bridge": ("sterke brug tussen afdelingen ({value})",
                      "strong bridge between departments ({value})"),
    "adds_reach": ("voegt naar verwachting {whole} collega's toe aan het bereik",
                   "adds about {whole} people to the expected reach"),
    "adds_reach.one": ("voegt naar verwachting 1 collega toe aan het bereik",
                       "adds about 1 person to the expected reach"),
    # buddies
    "shares_topics": ("deelt {count} onderwerpen: {items}", "shares {count} topics: {items}"),
    "shares_topics.one": ("deelt 1 onderwerp: {items}", "shares 1 topic: {items}"),
    "tenure": ("{count} jaar in dienst", "{count} years in the organisation"),
    "tenure.one": ("1 jaar in dienst", "1 year in the organisation"),
    "tenure.zero": ("nog geen jaar in dienst", "less than a year in the organisation"),
    "same_department": ("zelfde afdeling", "same department"),
    "other_department": ("uit een andere afdeling ({item})", "from another department ({item})"),
    "well_connected": ("goed verbonden met andere afdelingen ({value})",
                       "well connected across departments ({value})"),
    # routing a question
    "knows_topic": ("kent {item} (op {count} stappen afstand, sterkte {value})",
                    "knows {item} ({count} steps away, strength {value})"),
    "knows_topic.one": ("kent {item} (op 1 stap afstand, sterkte {value})",
                        "knows {item} (1 step away, strength {value})"),
    "knows_topic.zero": ("kent {item} (het onderwerp zelf, sterkte {value})",
                         "knows {item} (the topic itself, strength {value})"),
    "knows_topic.via": ("die {item} kent (op {count} stappen afstand, sterkte {value})",
                        "who knows {item} ({count} steps away, strength {value})"),
    "knows_topic.via.one": ("die {item} kent (op 1 stap afstand, sterkte {value})",
                            "who knows {item} (1 step away, strength {value})"),
    "knows_topic.via.zero": ("die {item} kent (het onderwerp zelf, sterkte {value})",
                             "who knows {item} (the topic itself, strength {value})"),
    "wrote_about": ("schreef erover (sterkte {value})", "wrote about it (strength {value})"),
    "wrote_about.via": ("die erover schreef (sterkte {value})",
                        "who wrote about it (strength {value})"),
    "works_with": ("werkt samen met {item}, {via}", "works with {item}, {via}"),
    "works_with.no_via": ("werkt samen met {item}, die het kent",
                          "works with {item}, who knows it"),
    # spreading knowledge
    "keeps": ("houdt het bij (sterkte {value})", "keeps it (strength {value})"),
    "knows_some": ("kent er al iets van (sterkte {value})",
                   "already knows some of it (strength {value})"),
    "knows_related": ("kent het verwante onderwerp {item}", "knows the related topic {item}"),
    "wants_to_learn": ("wil het leren", "wants to learn it"),
    "learns_from_team": ("leert van {item}, een kenner in het team",
                         "learns from {item}, a keeper in the team"),
    "learns_from_outside": ("niemand in het team houdt het bij: leert van {item}",
                            "nobody in the team keeps it: learns from {item}"),
    "learns_from_sources": ("niemand houdt het nog bij: leert uit de bronnen",
                            "nobody keeps it yet: learns from the sources"),
    "load": ("houdt {count} van deze onderwerpen bij of leert ze",
             "keeps or learns {count} of these topics"),
    "load.one": ("houdt 1 van deze onderwerpen bij of leert het",
                 "keeps or learns 1 of these topics"),
    # lists of names
    "list.and": (" en ", " and "),
    "list.more": (" en nog {count}", " and {count} more"),
}

_KINDS: dict[str, str] = {code.value: kind for code, kind in ITEM_KINDS.items()}
LISTED = 3  # names shown in {items}; the rest are counted
_INDEX = {"nl": 0, "en": 1}


@dataclass(frozen=True)
class Said:
    """A reason as the page shows it, and the language it is in (the page's, or English for a
    code this page does not know)."""

    text: str
    lang: Lang


@dataclass
class Names:
    """The names of topics, people and departments by kind and key, in ``lang``: what the
    reasons on one page say instead of keys."""

    lang: Lang
    known: dict[tuple[str, str], str] = field(default_factory=dict)

    def of(self, kind: str, key: str) -> str:
        """The name of ``key``, or the key itself when the page has no name for it."""
        return self.known.get((kind, key), key)

    def gather(self, answer: Any) -> list[Reason]:
        """Learn the names in a GraphQL answer and return the reasons in it.

        A reason's ``named`` items carry their kind and names; a topic elsewhere is an object
        with ``labelNl`` (``queries.TOPIC``); a person one with ``name`` and ``department``
        (``queries.PERSON``), their department another.
        """
        found: list[Reason] = []
        for obj in _objects(answer):
            key = obj.get("key")
            if key and "nameEn" in obj and "kind" in obj:
                self.known[str(obj["kind"]), key] = str(
                    obj["nameEn" if self.lang == "en" else "name"])
            elif key and "labelNl" in obj:
                self.known["topic", key] = str(obj["labelEn" if self.lang == "en" else "labelNl"])
            elif key and "name" in obj and "department" in obj:
                self.known["person", key] = str(obj["name"])
                if obj["department"] and obj["department"].get("key"):
                    self.departments([obj["department"]])
            found += obj.get("why") or ()
        return found

    def departments(self, found: Iterable[dict[str, Any]]) -> None:
        """Learn department names (``key`` and ``name``)."""
        self.known.update({("department", d["key"]): str(d["name"]) for d in found})

    def say(self, reason: Reason) -> Said:
        """The reason in the page's language; in English, as the API said it, when this page
        does not know its code (or its colleague's)."""
        phrase = _phrase(reason, self, nested=False)
        if phrase is None:
            return Said(str(reason.get("text") or reason.get("code") or ""), "en")
        return Said(phrase, self.lang)

    def says(self, reasons: Iterable[Reason]) -> str:
        """Several reasons in one text (a CSV cell)."""
        return "; ".join(self.say(r).text for r in reasons)


def names_in(lang: Lang, *answers: Any, departments: Iterable[dict[str, Any]] = ()) -> Names:
    """The names the reasons in ``answers`` need, from the answers themselves (each reason's
    ``named`` items, the people and topics shown) and ``departments`` if the page has them."""
    names = Names(lang)
    names.departments(departments)
    for answer in answers:
        names.gather(answer)
    return names


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for inner in value.values():
            yield from _objects(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _objects(inner)


def _code(reason: Reason) -> str:
    return str(reason.get("code") or "").lower()


def _number(reason: Reason) -> int | None:
    if reason.get("count") is not None:
        return int(reason["count"])
    return round(reason["value"]) if reason.get("value") is not None else None


def _key(reason: Reason, nested: bool) -> str | None:
    """The table's entry for a reason: the code, its after-"who" form, its singular or zero."""
    code = _code(reason)
    base = f"{code}.via" if nested else code
    if code == ReasonCode.WORKS_WITH and not reason.get("via"):
        base = f"{code}.no_via"
    if base not in PHRASES:
        return None
    number = _number(reason)
    form = base + (".zero" if number == 0 else ".one" if number == 1 else "")
    return form if form in PHRASES else base


def _phrase(reason: Reason, names: Names, nested: bool) -> str | None:
    key = _key(reason, nested)
    if key is None:
        return None
    via = ""
    if reason.get("via") and _code(reason) == ReasonCode.WORKS_WITH:
        said = _phrase(reason["via"], names, nested=True)
        if said is None:
            return None
        via = said
    kind = _KINDS.get(_code(reason), "")
    shown = [names.of(kind, key) for key in reason.get("items") or ()]
    value = reason.get("value")
    return _text(key, names.lang).format(
        count=reason.get("count"), value=format_number(value, names.lang),
        whole=format_number(value, names.lang, 0), item=shown[0] if shown else "?",
        items=_listed(shown, names.lang), via=via)


def _listed(shown: list[str], lang: Lang) -> str:
    """"a, b en c"; beyond ``LISTED`` names, "a, b, c en nog 2"."""
    if len(shown) > LISTED:
        return ", ".join(shown[:LISTED]) + _text("list.more", lang).format(
            count=len(shown) - LISTED)
    if len(shown) < 2:
        return "".join(shown)
    return ", ".join(shown[:-1]) + _text("list.and", lang) + shown[-1]


def _text(key: str, lang: Lang) -> str:
    return PHRASES[key][_INDEX[lang]]
