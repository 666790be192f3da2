"""WCAG 2.2 SC 3.1.2 Language of Parts, in a real browser: an evidence title or snippet in the
other language than the page's carries ``lang``, in both directions.

Anna's search result for digital accessibility shows d1 (Dutch) and d6 "Accessible forms"
(English; tests/tiny_org.py). The language an assistive technology uses for an element is that
of its nearest ancestor-or-self with ``lang``, so the tests read that, and check the attribute
is only there where the part differs from the page.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import LiveServer, assert_accessible, log_in

pytestmark = pytest.mark.browser

DUTCH_TITLE = "Digitale toegankelijkheid van onze website"
ENGLISH_TITLE = "Accessible forms"


def _language(element: Any) -> str:
    return str(element.evaluate("e => e.closest('[lang]').lang"))


def _anna_evidence(page: Any, title: str) -> tuple[Any, Any]:
    """The title element and the snippet of one of Anna's evidence items."""
    anna = page.locator("ol.results > li", has=page.get_by_role("link", name="Anna de Vries"))
    item = anna.locator("ul.evidence > li", has_text=title)
    return item.locator("a, strong").first, item.locator(".snippet")


def test_parts_in_the_other_language_are_marked(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "bram")
    page.goto(f"{live_server.url}/?q=digitale+toegankelijkheid")
    assert page.locator("html").get_attribute("lang") == "nl"
    for part in _anna_evidence(page, ENGLISH_TITLE):
        assert part.get_attribute("lang") == "en" and _language(part) == "en"
    for part in _anna_evidence(page, DUTCH_TITLE):
        assert part.get_attribute("lang") is None and _language(part) == "nl"
    assert_accessible(page)

    page.get_by_role("link", name="English").click()  # the page's language switch
    page.wait_for_url(re.compile(r"lang=en"))
    assert page.locator("html").get_attribute("lang") == "en"
    for part in _anna_evidence(page, DUTCH_TITLE):
        assert part.get_attribute("lang") == "nl" and _language(part) == "nl"
    for part in _anna_evidence(page, ENGLISH_TITLE):
        assert part.get_attribute("lang") is None and _language(part) == "en"
    assert_accessible(page)


def test_document_titles_on_the_person_page(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "bram")
    for lang, other, marked, plain in (("nl", "en", ENGLISH_TITLE, DUTCH_TITLE),
                                       ("en", "nl", DUTCH_TITLE, ENGLISH_TITLE)):
        page.goto(f"{live_server.url}/people/p1?lang={lang}")
        documents = page.locator("#documenten + ul.evidence > li")
        for part in (documents.filter(has_text=marked).locator("a, strong").first,
                     documents.filter(has_text=marked).locator(".snippet"),
                     page.locator("tr[data-topic-row] li", has_text=marked).first):
            assert part.get_attribute("lang") == other and _language(part) == other
        for part in (documents.filter(has_text=plain).locator("a, strong").first,
                     documents.filter(has_text=plain).locator(".snippet"),
                     page.locator("tr[data-topic-row] li", has_text=plain).first):
            assert part.get_attribute("lang") is None and _language(part) == lang
        assert_accessible(page)
