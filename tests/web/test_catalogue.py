"""The catalogue: every text in both languages with the same blanks, and every key the pages
use exists (templates and page code are scanned, so a typo fails here, not on a page)."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from api.auth import Role
from api.web.catalogue import TEXTS, pick, text

WEB = Path(__file__).resolve().parents[2] / "api" / "web"
# keys built at run time, and what they are built from
DYNAMIC = ({f"verdict.{v}" for v in ("confirmed", "rejected", "none")}
           | {f"topic.done.{v}" for v in ("confirmed", "rejected")}
           | {f"role.{r.value}" for r in Role}
           | {"search.count", "search.count_best"}  # chosen by a condition in search.html
           | {f"gaps.period.{p}" for p in ("month", "week", "day")}
           | {f"gaps.trend.{d}" for d in ("up", "down", "flat")}
           | {f"spread.role.{r}" for r in ("keeper", "learner")})


def blanks(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_both_languages_with_the_same_blanks(key: str) -> None:
    dutch, english = TEXTS[key]
    assert dutch.strip() and english.strip()
    assert blanks(dutch) == blanks(english)


def used_keys() -> set[str]:
    key = r"([a-z_]+(?:\.[a-z_]+)*)"
    found: set[str] = set()
    for path in [*WEB.glob("templates/*.html"), *WEB.glob("*.py")]:
        source = path.read_text(encoding="utf-8")
        found |= set(re.findall(rf"""\bt\(\s*["']{key}["']""", source))
        found |= set(re.findall(rf"""\btext\(\s*["']{key}["']""", source))
        found |= set(re.findall(rf"""PageError\(\d+, ["']{key}["']""", source))
        found |= set(re.findall(r"""["']((?:nav|login|error)\.[a-z_]+)["']""", source))
    return {k for k in found if not k.endswith(".html")}


def test_every_key_the_pages_use_exists() -> None:
    used = used_keys()
    assert len(used) > 100  # the scan finds the keys at all
    assert sorted((used | DYNAMIC) - set(TEXTS)) == []


def test_every_text_in_the_catalogue_is_used() -> None:
    assert sorted(set(TEXTS) - used_keys() - DYNAMIC) == []


def test_an_unknown_key_fails_loudly_and_blanks_are_filled() -> None:
    with pytest.raises(KeyError):
        text("no.such.key", "nl")
    assert text("search.results", "en", query="Wmo") == "Colleagues who know about “Wmo”"


def test_only_supported_languages_are_picked() -> None:
    assert (pick("en"), pick("nl"), pick("de"), pick(None)) == ("en", "nl", None, None)
