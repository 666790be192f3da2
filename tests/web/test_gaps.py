"""The knowledge-gaps page, its CSV downloads and the spreading plan: plain HTTP (TestClient)
against the real app on a copy of the hand-made organisation (tests/web/web_org.py), the
questions asked through the search page first, as an employee would.

Known answers, worked out by hand from web_org.py and graph/health.py (a person *keeps* a topic
from a hold of 0.6; a hold of 0.3 to 0.6 makes them a *backup*; a profile claim holds
level / 5, plus 0.2 for "ask me about"; co-writing one document holds about 0.34):

- Every topic someone holds has exactly one keeper: Wmo Cees (claim 4 + ask me about = 1.0),
  privacy Dirk (claim 5), informatiebeveiliging Femke (claim 4), digitale toegankelijkheid
  Anna (four documents), begroting Eva (two documents). So all five are single-keeper topics,
  and those five people are each the only keeper of one topic.
- Asking "Wmo" once gives the Wmo demand 1 and priority (1 + 1) / 2 = 1, above the others'
  (1 + 0) / 2: Wmo comes first, with backups Gijs (claim 2 = 0.4) and Dirk (co-wrote d4).
  Cees leaves the most uncovered: weight 1 + 1 = 2; the other four follow by id.
- "drones" appears in no document: every time it is asked it is missed, and nobody can be
  routed to. "dataminimalisatie" appears only in d4, written by Dirk and Cees together: each
  has half a document, strength 0.5 / 1.5 = 0.33, below the 0.5 of a weak answer, so it is
  missed too, and routed to the two of them.
- Stale, with the cut-off put on 1 March 2025: only Wmo's newest document (d3, 3 February 2025)
  is older; its writers newest first are Cees (d3), Dirk (d4, November 2024), then Anna and Bram
  (d6, March 2024, by id). Profiles naming topics with no newer evidence: Bram
  (toegankelijkheid, d6), Cees (Wmo, d3), Gijs and Hanna (claims without any document).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime

import pytest
from conftest import WebOrg, as_
from fastapi.testclient import TestClient

from api.web.catalogue import text
from api.web.pages import format_date
from api.web.reports import guard
from graph.model import SearchLogEntry
from graph.sqlite_store import SqliteStore

CUTOFF = date(2025, 3, 1)


def ask(client: TestClient, web_org: WebOrg, *questions: str) -> None:
    """Bram asks these questions on the search page."""
    as_(client, web_org, "bram")
    for question in questions:
        assert client.get("/", params={"q": question}).status_code == 200


def table(html: str, table_id: str) -> list[str]:
    """The body rows of one table, each as its text with tags and extra spaces removed."""
    body = html[html.index(f'<table id="{table_id}"'):].split("</table>", 1)[0]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body.split("<tbody>", 1)[1], re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", row).split()) for row in rows]


def download(client: TestClient, **params: str) -> list[list[str]]:
    """A CSV download, parsed: ";" between fields on the Dutch page, "," on the English."""
    response = client.get("/hr/gaps.csv", params=params)
    assert response.status_code == 200, response.text
    assert response.content.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need for UTF-8
    delimiter = "," if params.get("lang") == "en" else ";"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")),
                           delimiter=delimiter))


def stale_days() -> int:
    # the report counts back from today: this many days puts the cut-off on CUTOFF
    return (date.today() - CUTOFF).days


def test_questions_asked_on_the_search_page_show_up_as_missed_searches(
        client: TestClient, web_org: WebOrg) -> None:
    ask(client, web_org, "drones", "Drones?", "drones", "dataminimalisatie",
        "dataminimalisatie", "Wmo")
    page = as_(client, web_org, "hr").get("/hr/gaps").text
    rows = table(page, "missed-searches")
    # most missed first; "Drones?" is the same question; the Wmo was answered well
    assert [r.split("”")[0] for r in rows] == ["“drones", "“dataminimalisatie"]
    assert rows[0].startswith("“drones” 3 3 ") and rows[1].startswith("“dataminimalisatie” 2 2 ")
    assert rows[0].endswith("Niemand gevonden")
    assert "Dirk Smit" in rows[1] and "Cees Bakker" in rows[1]
    # why, in Dutch: the two wrote d4 (strength 0.33); Eva, tied to Dirk by d8 and meetings,
    # through him (the colleague's reason nested)
    assert rows[1].count("schreef erover (sterkte 0,33)") == 2
    assert "werkt samen met Dirk Smit, die erover schreef (sterkte 0,33)" in rows[1]
    routes = page[page.index('data-query="dataminimalisatie"'):].split("</tr>", 1)[0]
    assert 'lang="en"' not in routes and "wrote about" not in routes
    csv_row = download(client, report="missed-searches")[2]
    assert csv_row[0] == "dataminimalisatie"
    assert "Dirk Smit: schreef erover (sterkte 0,33)" in csv_row[9]
    # the trend: twelve months up to this one, the questions all in the last, so it rises
    this_month = format_date(datetime.now(UTC).date(), "nl", day=False)
    drones = page[page.index('data-query="drones"'):].split("</tr>", 1)[0]
    label = re.search(r'<svg [^>]*role="img"[^>]*aria-label="([^"]+)"', drones)
    assert label and label.group(1).startswith("Gesteld en gemist per maand: ")
    assert label.group(1).endswith(f"{this_month}: 3 gesteld, 3 gemist")
    assert label.group(1).count("gesteld") == 12
    assert '<span class="trend-up">stijgend</span>' in drones
    assert f"<li>{this_month}: 3 gesteld, 3 gemist</li>" in drones  # the same, as text


def test_single_keeper_topics_most_asked_first(client: TestClient, web_org: WebOrg) -> None:
    ask(client, web_org, "Wmo")
    page = as_(client, web_org, "hr").get("/hr/gaps").text
    assert table(page, "single-keeper") == [
        "Wet maatschappelijke ondersteuning Cees Bakker Gijs de Boer, Dirk Smit 1",
        "begroting Eva Mulder Dirk Smit 0",
        "digitale toegankelijkheid Anna de Vries Bram Jansen, Femke Visser 0",
        "informatiebeveiliging Femke Visser Anna de Vries, Dirk Smit 0",
        "privacy Dirk Smit Eva Mulder, Cees Bakker, Femke Visser 0"]
    assert table(page, "departures") == [
        "Cees Bakker Sociaal Domein Wet maatschappelijke ondersteuning – 1",
        "Anna de Vries Communicatie digitale toegankelijkheid – 0",
        "Dirk Smit Sociaal Domein privacy – 0",
        "Eva Mulder Financiën begroting – 0",
        "Femke Visser ICT informatiebeveiliging – 0"]
    assert '<a href="/hr/gaps" aria-current="page">Kennislacunes</a>' in page


def test_single_keeper_topics_within_a_department(client: TestClient, web_org: WebOrg) -> None:
    # Sociaal Domein is Cees, Dirk and Gijs: Cees keeps the Wmo, Dirk privacy; begroting and
    # informatiebeveiliging only Dirk touches, nobody there keeps them, and nobody asked
    page = as_(client, web_org, "hr").get("/hr/gaps", params={"department": "soc"}).text
    assert [r.split(" ")[0] for r in table(page, "single-keeper")] == ["privacy", "Wet"]
    assert "<caption>Onderwerpen met één kenner: Sociaal Domein</caption>" in page
    assert '<option value="soc" selected>Sociaal Domein</option>' in page
    assert "department=soc" in re.search(r'href="(/hr/gaps.csv\?report=single-keeper[^"]*)"',
                                         page).group(1)  # type: ignore[union-attr]


def test_stale_topics_and_profiles(client: TestClient, web_org: WebOrg) -> None:
    ask(client, web_org, "Wmo")
    page = as_(client, web_org, "hr").get("/hr/gaps", params={"days": str(stale_days())}).text
    assert table(page, "stale-topics") == [
        "Wet maatschappelijke ondersteuning 3 februari 2025 1 "
        "Cees Bakker, Dirk Smit, Anna de Vries, Bram Jansen"]
    assert table(page, "stale-profiles") == [
        "Bram Jansen Communicatie digitale toegankelijkheid (laatst 3 maart 2024) 1 van 1",
        "Cees Bakker Sociaal Domein Wet maatschappelijke ondersteuning "
        "(laatst 3 februari 2025) 1 van 1",
        "Gijs de Boer Sociaal Domein Wet maatschappelijke ondersteuning "
        "(nooit over geschreven) 1 van 1",
        "Hanna Kok Communicatie digitale toegankelijkheid (nooit over geschreven) 1 van 1"]
    # with a window of one day every topic someone wrote about is stale
    short = client.get("/hr/gaps", params={"days": "1"}).text
    assert len(table(short, "stale-topics")) == 5


def test_each_report_downloads_as_an_attachment(client: TestClient, web_org: WebOrg) -> None:
    ask(client, web_org, "Wmo", "drones", "drones")
    as_(client, web_org, "hr")
    response = client.get("/hr/gaps.csv", params={"report": "single-keeper"})
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    today = datetime.now(UTC).date().isoformat()
    assert response.headers["content-disposition"] == \
        f'attachment; filename="wieweet-single-keeper-{today}.csv"'
    assert response.headers["cache-control"] == "no-store"
    rows = download(client, report="single-keeper")
    assert rows[0] == ["Onderwerp", "Onderwerp-id", "Kenner", "Kan bijspringen", "Gevraagd",
                       "Prioriteit"]
    assert rows[1] == ["Wet maatschappelijke ondersteuning", "wmo", "Cees Bakker (p3)",
                       "Gijs de Boer (p7); Dirk Smit (p4)", "1", "1,0"]
    assert [r[1] for r in rows[2:]] == ["begroting", "digitale-toegankelijkheid",
                                        "informatiebeveiliging", "privacy"]
    departures = download(client, report="departures")
    assert departures[1] == ["Cees Bakker (p3)", "Sociaal Domein",
                             "Wet maatschappelijke ondersteuning", "", "1", "2,0"]
    missed = download(client, report="missed-searches")
    assert missed[0][:4] == ["Vraag", "Vraag, genormaliseerd", "Gesteld", "Gemist"]
    assert [r[:4] for r in missed[1:]] == [["drones", "drones", "2", "2"]]
    assert missed[1][8:] == ["", ""]  # nobody to route drones to, so no reasons
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", missed[1][4])  # last asked, UTC
    assert missed[1][6].endswith(f"{datetime.now(UTC).date().replace(day=1)} 2/2")
    stale = download(client, report="stale-topics", days=str(stale_days()))
    assert stale[1:] == [["Wet maatschappelijke ondersteuning", "wmo", "2025-02-03", "1",
                          "Cees Bakker (p3); Dirk Smit (p4); Anna de Vries (p1); "
                          "Bram Jansen (p2)"]]
    profiles = download(client, report="stale-profiles", days=str(stale_days()))
    assert [r[0] for r in profiles[1:]] == ["Bram Jansen (p2)", "Cees Bakker (p3)",
                                            "Gijs de Boer (p7)", "Hanna Kok (p8)"]
    assert profiles[3][4] == "Wet maatschappelijke ondersteuning (nooit over geschreven)"


def test_csv_in_english(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "hr")
    rows = download(client, report="single-keeper", lang="en")
    assert rows[0] == ["Topic", "Topic id", "Keeper", "Could step in", "Asked for", "Priority"]
    # nobody asked anything yet: all at priority 0.5, begroting first with one backup
    assert rows[1] == ["budget", "begroting", "Eva Mulder (p5)", "Dirk Smit (p4)", "0", "0.5"]
    raw = client.get("/hr/gaps.csv", params={"report": "single-keeper", "lang": "nl"}).content
    assert raw.decode("utf-8-sig").splitlines()[0] == \
        "Onderwerp;Onderwerp-id;Kenner;Kan bijspringen;Gevraagd;Prioriteit"  # Dutch: ";"


def test_a_question_typed_as_a_formula_stays_text_in_the_spreadsheet(
        client: TestClient, web_org: WebOrg) -> None:
    ask(client, web_org, "=HYPERLINK(\"http://evil.example\")", "=HYPERLINK(\"http://evil.example\")")
    as_(client, web_org, "hr")
    rows = download(client, report="missed-searches")
    assert rows[1][0] == "'=HYPERLINK(\"http://evil.example\")"
    assert guard(-0.5) == -0.5 and guard("-0.5") == "'-0.5"  # numbers stay numbers


def test_the_csv_holds_every_row_the_page_shows_the_first(
        client: TestClient, web_org: WebOrg, store: SqliteStore) -> None:
    # 105 questions, each missed twice: more than a page of the API (100) and of the page (20)
    now = datetime.now(UTC)
    for i in range(105):
        for _ in range(2):
            store.log_search(SearchLogEntry(now, f"vraag {i:03d}", 0, 0.0))
    page = as_(client, web_org, "hr").get("/hr/gaps").text
    assert len(table(page, "missed-searches")) == 20
    assert "De eerste 20 van 105; de CSV bevat ze allemaal." in page
    rows = download(client, report="missed-searches")
    assert sorted(r[1] for r in rows[1:]) == [f"vraag {i:03d}" for i in range(105)]


def test_bad_settings_are_clear_errors(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "hr")
    for params, detail in (({"days": "twee"}, "days: &#39;twee&#39;"),
                           ({"period": "year"}, "period: &#39;year&#39; (month, week, day)"),
                           ({"since": "2026-13-01"}, "since: &#39;2026-13-01&#39; (YYYY-MM-DD)"),
                           ({"days": "0"}, "days: 1..36600"),
                           ({"department": "nope"}, "no department &#39;nope&#39;")):
        response = client.get("/hr/gaps", params=params)
        assert response.status_code == 400, params
        assert detail in response.text
    unknown = client.get("/hr/gaps.csv", params={"report": "everything"})
    assert unknown.status_code == 400 and "single-keeper" in unknown.text


def test_only_hr_sees_the_gaps(client: TestClient, web_org: WebOrg) -> None:
    anonymous = client.get("/hr/gaps.csv", params={"report": "departures"})
    assert anonymous.status_code == 303
    assert anonymous.headers["location"].startswith("/login?next=/hr/gaps.csv")
    as_(client, web_org, "bram")
    for path in ("/hr/gaps", "/hr/gaps.csv?report=departures", "/hr/spreading?department=soc"):
        assert client.get(path).status_code == 403, path


def test_page_in_english_with_weeks(client: TestClient, web_org: WebOrg) -> None:
    ask(client, web_org, "drones", "drones")
    page = as_(client, web_org, "hr").get("/hr/gaps", params={"lang": "en",
                                                              "period": "week"}).text
    assert "<h1>Knowledge gaps</h1>" in page and "Topics with a single keeper" in page
    today = datetime.now(UTC).date()
    monday = date.fromordinal(today.toordinal() - today.weekday())
    assert f"week of {format_date(monday, 'en')}: 2 asked, 2 missed" in page
    assert text("gaps.trend.alt", "en", period="week", values="") in page


def test_spreading_plan_for_a_department(client: TestClient, web_org: WebOrg) -> None:
    # Sociaal Domein keeps the Wmo through Cees alone; two keepers are wanted and at least one
    # learner: Gijs, who already holds some of it (claim level 2), learns it from Cees
    as_(client, web_org, "hr")
    params = {"department": "soc", "topics": "Wmo", "keepers": "2", "learners": "1"}
    page = client.get("/hr/spreading", params=params).text
    assert table(page, "plan")[0].startswith("Wet maatschappelijke ondersteuning Cees Bakker "
                                             "houdt bij –")
    assert table(page, "plan")[1].startswith("Wet maatschappelijke ondersteuning Gijs de Boer "
                                             "leert Cees Bakker")
    assert len(table(page, "plan")) == 2
    plan = page[page.index('id="plan"'):].split("</table>", 1)[0]
    assert "<li>houdt het bij (sterkte 1,00)</li>" in plan  # Cees: claim 4 + ask me about
    assert "<li>kent er al iets van (sterkte 0,40)</li>" in plan  # Gijs: claim level 2
    assert "<li>leert van Cees Bakker, een kenner in het team</li>" in plan
    assert "<li>houdt 1 van deze onderwerpen bij of leert het</li>" in plan
    assert 'lang="en"' not in plan and "keeps" not in plan
    rows = download(client, report="spreading", **params)
    assert [r[2:5] for r in rows[1:]] == [["Cees Bakker (p3)", "houdt bij", ""],
                                          ["Gijs de Boer (p7)", "leert", "Cees Bakker (p3)"]]
    assert [r[5] for r in rows[1:]] == [
        "houdt het bij (sterkte 1,00)",
        "kent er al iets van (sterkte 0,40); leert van Cees Bakker, een kenner in het team; "
        "houdt 1 van deze onderwerpen bij of leert het"]
    english = download(client, report="spreading", lang="en", **params)
    assert english[2][5] == ("already knows some of it (strength 0.40); learns from Cees Bakker, "
                             "a keeper in the team; keeps or learns 1 of these topics")


def test_spreading_plan_with_an_unknown_topic_says_so_by_the_form(
        client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "hr")
    response = client.get("/hr/spreading", params={"department": "soc", "topics": "Wmo, drones"})
    assert response.status_code == 400
    assert "no topic &#39;drones&#39;" in response.text
    assert 'aria-invalid="true"' in response.text
    assert 'value="Wmo, drones"' in response.text  # the form keeps what was typed


@pytest.mark.parametrize("report", ["missed-searches", "stale-topics"])
def test_an_empty_report_is_a_header_only(client: TestClient, web_org: WebOrg,
                                          report: str) -> None:
    # nobody has searched yet, and nothing is older than a century (the stale profiles never
    # empty here: Gijs and Hanna claim topics they never wrote about)
    as_(client, web_org, "hr")
    rows = download(client, report=report, days="36000")
    assert len(rows) == 1 and len(rows[0]) >= 5
    page = client.get("/hr/gaps", params={"days": "36000"}).text
    assert "Geen vraag bleef vaker dan eens onbeantwoord." in page
    assert "Over elk onderwerp is in de laatste 36000 dagen geschreven." in page
