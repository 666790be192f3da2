"""End to end in a real browser: headless Chromium (Debian's) driven by Playwright, against the
real app served by uvicorn on the hand-made organisation (tests/web/web_org.py), logged in with
real API keys through the login form. axe-core checks every page it visits.

Each test leaves a screenshot in tests/artifacts/. The server is shared by the module, so the
tests that write pick data no other test reads: Anna confirms her own accessibility topic, HR
pairs Hanna (p8) with a buddy.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from conftest import LiveServer, assert_accessible, log_in

pytestmark = pytest.mark.browser

ACCESSIBILITY = "digitale toegankelijkheid"


def test_search_then_open_a_person(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "bram")
    assert_accessible(page)
    box = page.get_by_label("Wie weet iets over")
    box.fill(ACCESSIBILITY)
    box.press("Enter")  # keyboard, no mouse
    page.wait_for_url(re.compile(r"/\?q="))
    results = page.locator("ol.results > li")
    # Anna wrote four documents about it, the newest on 2025-09-12 (web_org.py)
    first = results.first
    assert first.get_by_role("heading", level=3).inner_text() == "Anna de Vries"
    assert "Communicatie" in first.inner_text()
    assert "12 september 2025" in first.inner_text()
    assert first.locator("ul.tags li").first.inner_text() == ACCESSIBILITY
    assert_accessible(page)
    first.get_by_role("link", name="Anna de Vries").click()
    page.wait_for_url(f"{live_server.url}/people/p1")
    assert page.get_by_role("heading", level=1).inner_text() == "Anna de Vries"
    topics = page.locator("#onderwerpen + p + .table-wrap table")
    assert ACCESSIBILITY in topics.inner_text()
    # Bram looks at a colleague: no confirm buttons, no e-mail address
    assert page.get_by_role("button", name=re.compile("^Bevestig")).count() == 0
    assert "anna@proefdorp.nl" not in page.content()
    assert_accessible(page)


def test_confirm_a_topic_on_ones_own_page(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "anna")
    page.get_by_role("link", name="Mijn pagina").click()
    page.wait_for_url(f"{live_server.url}/people/p1")
    assert_accessible(page)
    row = page.locator("tr[data-topic-row]", has_text=ACCESSIBILITY)
    assert row.locator("[data-verdict]").inner_text() == "nog niet beoordeeld"
    row.get_by_role("button", name=f"Bevestig: {ACCESSIBILITY}").click()
    # the script posts in the background and announces the result in the live region
    status = page.locator("#status[role=status]")
    status.get_by_text(f"{ACCESSIBILITY} is bevestigd.").wait_for()
    assert row.locator("[data-verdict]").inner_text() == "bevestigd"
    assert_accessible(page)
    page.reload()  # stored, not only shown
    row = page.locator("tr[data-topic-row]", has_text=ACCESSIBILITY)
    assert row.locator("[data-verdict]").inner_text() == "bevestigd"


def test_build_an_ambassador_team(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "hr")
    page.get_by_role("link", name="Ambassadeurs").click()
    page.wait_for_url(f"{live_server.url}/hr/ambassadors")
    assert_accessible(page)
    page.get_by_label("Onderwerp").fill(ACCESSIBILITY)
    for name in ("Communicatie", "Sociaal Domein", "Financiën"):
        page.get_by_label(name, exact=True).check()
    page.get_by_label("Ambassadeurs per afdeling").fill("1")
    page.get_by_role("button", name="Stel team samen").click()
    page.wait_for_url(re.compile(r"/hr/ambassadors\?build=1"))
    coverage = page.locator("#coverage tbody tr")
    assert sorted(coverage.locator("th").all_inner_texts()) == \
        ["Communicatie", "Financiën", "Sociaal Domein"]
    for i in range(coverage.count()):  # every chosen department reached by someone
        assert coverage.nth(i).locator("td a").count() >= 1
    members = page.locator("#team tbody tr")
    assert members.count() >= 1
    assert members.first.locator("td ul li").count() >= 1  # with reasons
    assert page.get_by_label("Financiën", exact=True).is_checked()  # the form keeps the choice
    assert_accessible(page)


def test_language_switch(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "bram")
    assert page.locator("html").get_attribute("lang") == "nl"
    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"lang=en"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Who knows about …?"
    assert_accessible(page)
    page.get_by_role("link", name="My page").click()  # remembered on the next page
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Topics").count() == 1
    page.get_by_role("link", name="Nederlands").click()
    assert page.locator("html").get_attribute("lang") == "nl"


def test_keyboard_skip_link_and_visible_focus(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "bram")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    assert skip.evaluate("e => e === document.activeElement")
    # the focus ring: a 3 px outline, never "none"
    assert skip.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    assert skip.evaluate("e => getComputedStyle(e).outlineWidth") == "3px"
    assert skip.bounding_box()["y"] >= 0  # shown on focus, not off screen
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"
    # onwards from the main content the next stop is the search box
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"


def test_accept_a_buddy_pairing(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "hr")
    page.goto(f"{live_server.url}/hr/buddies")
    assert_accessible(page)
    row = page.locator("#pairs tbody tr", has_text="Hanna Kok")
    buddy = row.locator("td").first.get_by_role("link").inner_text()
    row.get_by_role("button", name=re.compile("^Koppel")).click()
    page.locator("#status").get_by_text(f"Hanna Kok is gekoppeld aan {buddy}.").wait_for()
    assert row.get_by_role("button").is_disabled()


def test_buddy_reasons_in_the_page_language(page: Any, live_server: LiveServer) -> None:
    # the reasons are said in the page's language, not marked as another (WCAG 3.1.2)
    log_in(page, live_server, "hr")
    for lang, tenure, english_word in (("nl", r"^\d+ jaar in dienst$", "organisation"),
                                       ("en", r"^\d+ years in the organisation$", "dienst")):
        page.goto(f"{live_server.url}/hr/buddies?lang={lang}")
        reasons = page.locator("#pairs tbody tr", has_text="Gijs de Boer").locator("td li")
        said = reasons.filter(has_text=re.compile(tenure))
        assert said.count() == 1
        assert said.evaluate("e => e.closest('[lang]').lang") == lang
        assert not any(english_word in r for r in reasons.all_inner_texts())
        assert_accessible(page)


@pytest.mark.parametrize("path", ["/hr/bridges", "/hr/map", "/hr/gaps", "/departments/soc",
                                  "/hr/bridges?topic=privacy", "/people/p999"])
def test_every_hr_and_other_page_passes_axe(page: Any, live_server: LiveServer,
                                            path: str) -> None:
    log_in(page, live_server, "hr")
    page.goto(f"{live_server.url}{path}")
    assert page.get_by_role("main").count() == 1
    assert_accessible(page)


def test_login_page_passes_axe_also_with_an_error(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/")
    page.wait_for_url(re.compile(r"/login\?next="))
    assert_accessible(page)
    page.get_by_label("API-sleutel").fill("ww_wrong_key")
    page.get_by_role("button", name="Inloggen").click()
    assert page.get_by_text("Deze sleutel is onbekend of ingetrokken.").is_visible()
    assert page.get_by_label("API-sleutel").get_attribute("aria-invalid") == "true"
    assert_accessible(page)


def test_department_map_is_drawn(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "hr")
    page.get_by_role("link", name="Afdelingskaart").click()
    svg = page.get_by_role("img", name=re.compile("^Kaart van 4 afdelingen"))
    assert svg.is_visible()
    assert svg.bounding_box()["width"] > 600  # drawn at a readable size
    assert page.locator("svg .department").count() == 4
    assert page.locator("svg .bridge").count() >= 1


def test_the_accessibility_check_does_catch_a_violation(page: Any) -> None:
    # an unlabelled field and an image without alt text: axe must object, or the checks above
    # would prove nothing
    page.set_content('<html lang="nl"><head><title>x</title></head><body><main><h1>x</h1>'
                     '<input type="text"><img src="data:,"></main></body></html>')
    with pytest.raises(AssertionError, match="label"):
        assert_accessible(page)


def test_knowledge_gaps_page(page: Any, live_server: LiveServer) -> None:
    # Bram asks twice about drones, which no document mentions; HR then finds the question
    # among the missed searches, with its trend, and downloads the report as CSV
    log_in(page, live_server, "bram")
    for _ in range(2):
        box = page.get_by_label("Wie weet iets over")
        box.fill("drones")
        box.press("Enter")
        page.wait_for_url(re.compile(r"/\?q=drones"))
    page.context.clear_cookies()
    log_in(page, live_server, "hr")
    page.get_by_role("link", name="Kennislacunes").click()
    page.wait_for_url(f"{live_server.url}/hr/gaps")
    assert page.get_by_role("heading", level=1).inner_text() == "Kennislacunes"
    row = page.locator("#missed-searches tbody tr", has_text="“drones”")
    assert row.locator("td.num").all_inner_texts() == ["2", "2"]
    trend = row.get_by_role("img", name=re.compile(r"^Gesteld en gemist per maand: "))
    assert trend.is_visible()
    assert trend.get_attribute("aria-label").endswith("2 gesteld, 2 gemist")
    assert page.locator("#single-keeper tbody tr").count() == 5  # every topic has one keeper
    assert_accessible(page)
    row.get_by_text("Per maand").click()  # the trend as text, opened (no script needed)
    assert row.get_by_text(re.compile(r": 2 gesteld, 2 gemist$")).is_visible()
    assert_accessible(page)
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV downloaden: Gemiste zoekvragen").click()
    download = info.value
    assert re.fullmatch(r"wieweet-missed-searches-\d{4}-\d{2}-\d{2}\.csv",
                        download.suggested_filename)
    with open(download.path(), encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    assert lines[0].startswith("Vraag;")  # the Dutch page: what a Dutch spreadsheet expects
    assert any(line.startswith("drones;drones;2;2;") for line in lines[1:])
    page.locator("#gemist").scroll_into_view_if_needed()  # the screenshot shows the trend


def test_spreading_plan(page: Any, live_server: LiveServer) -> None:
    log_in(page, live_server, "hr")
    page.goto(f"{live_server.url}/hr/gaps")
    page.get_by_label("Afdeling", exact=True).last.select_option(label="Sociaal Domein")
    page.get_by_role("button", name="Maak een plan").click()
    page.wait_for_url(re.compile(r"/hr/spreading\?department=soc"))
    page.get_by_label("Onderwerpen (optioneel)").fill("Wmo")
    page.get_by_role("button", name="Maak een plan").click()
    page.wait_for_url(re.compile(r"topics=Wmo"))
    # Cees keeps the Wmo; Gijs, who knows some of it, learns it from him (test_gaps.py)
    learner = page.locator("#plan tbody tr[data-role=learner]")
    assert learner.locator("td").first.inner_text() == "Gijs de Boer"
    assert learner.locator("td").nth(2).inner_text() == "Cees Bakker"
    assert_accessible(page)
