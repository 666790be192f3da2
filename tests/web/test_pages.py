"""The pages without JavaScript: plain HTTP (TestClient) against the real app, on a copy of the
hand-made organisation (tests/web/web_org.py), logged in with real API keys.

Known answers, worked out from web_org.py:
- "digitale toegankelijkheid": Anna (p1) wrote d1, d2, d6 and d7 about it, the newest d2 on
  2025-09-12, so she comes first and her latest evidence is 12 September 2025.
- Personal fields (e-mail) show for the person themself and for hr, not for a colleague.
- The buddy page proposes buddies for the two newcomers, Gijs (p7) and Hanna (p8), with the
  reasons in the page's language.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import WebOrg, as_, copy_store
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.sqlite_store import SqliteStore

ACCESSIBILITY = "digitale toegankelijkheid"


def result_names(html: str) -> list[str]:
    """The people in the result list, in order."""
    return re.findall(r'<h3><a href="/people/[^"]+">([^<]+)</a></h3>', html)


def test_without_credentials_the_pages_send_you_to_the_login_form(client: TestClient) -> None:
    response = client.get("/people/p1?x=1")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/people/p1%3Fx%3D1"
    form = client.get("/login")
    assert form.status_code == 200
    assert '<label for="key">API-sleutel</label>' in form.text


def test_login_sets_an_httponly_strict_cookie_and_a_bad_key_is_refused(
        client: TestClient, web_org: WebOrg) -> None:
    bad = client.post("/login", data={"key": "ww_nope_nope", "next": "/"})
    assert bad.status_code == 401
    assert "Deze sleutel is onbekend of ingetrokken." in bad.text
    good = client.post("/login", data={"key": web_org.keys["bram"], "next": "/people/p2"})
    assert good.status_code == 303
    assert good.headers["location"] == "/people/p2"
    cookie = good.headers["set-cookie"]
    assert cookie.startswith("wieweet_key=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert client.get("/").status_code == 200


def test_login_never_redirects_to_another_site(client: TestClient, web_org: WebOrg) -> None:
    response = client.post("/login", data={"key": web_org.keys["bram"],
                                           "next": "//evil.example/"})
    assert response.headers["location"] == "/"


def test_logout_forgets_the_key(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "bram")
    assert client.post("/logout").status_code == 303
    assert client.get("/").status_code == 303


def test_search_shows_name_department_topics_evidence_and_date(
        client: TestClient, web_org: WebOrg) -> None:
    page = as_(client, web_org, "bram").get("/", params={"q": ACCESSIBILITY}).text
    assert result_names(page)[0] == "Anna de Vries"
    anna = page[page.index("Anna de Vries"):page.index(result_names(page)[1])]
    assert '<a href="/departments/com">Communicatie</a>' in anna
    assert "<li>digitale toegankelijkheid</li>" in anna  # matched topic
    assert "De website moet voldoen aan de eisen voor digitale toegankelijkheid." in anna
    assert "12 september 2025" in anna  # d2, her newest evidence


def test_search_without_results_says_so(client: TestClient, web_org: WebOrg) -> None:
    page = as_(client, web_org, "bram").get("/", params={"q": "zzyzx qwv"}).text
    assert result_names(page) == []
    assert "Niemand gevonden die iets weet over “zzyzx qwv”." in page


def test_search_filters_by_department(client: TestClient, web_org: WebOrg) -> None:
    # Femke (ict) co-wrote d7 on accessibility; within ict she is the only one found
    page = as_(client, web_org, "bram").get(
        "/", params={"q": ACCESSIBILITY, "department": "ict"}).text
    assert result_names(page) == ["Femke Visser"]
    assert '<option value="ict" selected>ICT</option>' in page


def test_english_by_query_parameter_then_by_cookie(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "bram")
    dutch = client.get("/").text
    assert '<html lang="nl">' in dutch and "Wie weet iets over …?" in dutch
    english = client.get("/", params={"lang": "en"})
    assert '<html lang="en">' in english.text and "Who knows about …?" in english.text
    assert "wieweet_lang=en" in english.headers["set-cookie"]
    assert '<html lang="en">' in client.get("/people/p1").text  # remembered
    switch = re.search(r'<a href="([^"]+)" lang="nl" hreflang="nl">Nederlands</a>',
                       client.get("/", params={"q": "Wmo"}).text)
    assert switch and switch.group(1) == "/?q=Wmo&amp;lang=nl"


def test_person_page_topics_documents_colleagues_and_ask_me_about(
        client: TestClient, web_org: WebOrg) -> None:
    page = as_(client, web_org, "bram").get("/people/p3").text  # Cees
    assert "<h1>Cees Bakker</h1>" in page
    assert 'id="ask-title">Vraag mij over</h2>' in page
    assert "<li>Wet maatschappelijke ondersteuning</li>" in page  # ask me about: Wmo
    assert "Nieuwe werkwijze Wmo-aanvragen" in page  # his document d3
    colleagues = page[page.index('id="collegas"'):]
    assert "Dirk Smit" in colleagues  # co-wrote d4; Dirk reports to him


def test_personal_fields_and_controls_only_for_oneself(client: TestClient,
                                                       web_org: WebOrg) -> None:
    as_(client, web_org, "bram")
    other = client.get("/people/p1").text
    assert "anna@proefdorp.nl" not in other
    assert "Bevestig" not in other and 'id="instellingen"' not in other
    own = client.get("/people/p2").text
    assert "bram@proefdorp.nl" in own
    assert 'name="verdict" value="confirmed"' in own and 'id="instellingen"' in own


def test_confirm_a_topic_with_a_plain_form(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "anna")
    response = client.post("/people/p1/topics",
                           data={"topic": "digitale-toegankelijkheid", "verdict": "confirmed"})
    assert response.status_code == 303
    assert response.headers["location"] == "/people/p1#onderwerpen"
    page = client.get("/people/p1").text
    assert "digitale toegankelijkheid is bevestigd." in page  # the notice, once
    row = page[page.index("<th scope=\"row\">\n          digitale toegankelijkheid"):]
    assert 'class="verdict-confirmed">bevestigd<' in row.split("</tr>", 1)[0]
    assert "is bevestigd." not in client.get("/people/p1").text


def test_confirm_answers_json_for_the_script(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "anna")
    response = client.post("/people/p1/topics", headers={"Accept": "application/json"},
                           data={"topic": "wmo", "verdict": "rejected"})
    assert response.status_code == 200
    assert response.json() == {
        "ok": True, "verdict": "rejected", "verdictText": "afgewezen",
        "message": "Wet maatschappelijke ondersteuning is afgewezen en telt niet meer mee."}


def test_nobody_confirms_topics_for_someone_else(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "bram")
    response = client.post("/people/p1/topics",
                           data={"topic": "digitale-toegankelijkheid", "verdict": "confirmed"})
    assert response.status_code == 403
    assert "niet voor uw rol" in response.text


def test_a_form_posted_from_another_site_is_refused(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "anna")
    response = client.post("/people/p1/topics", headers={"Origin": "https://evil.example"},
                           data={"topic": "wmo", "verdict": "rejected"})
    assert response.status_code == 403
    assert "Dit formulier kwam niet van deze site." in response.text


def test_hiding_oneself_removes_one_from_search(client: TestClient, web_org: WebOrg,
                                                store: SqliteStore) -> None:
    as_(client, web_org, "anna")
    response = client.post("/people/p1/settings", data={"visibility": "HIDDEN", "infer": "on"})
    assert response.status_code == 303
    anna = store.people(["p1"])[0]
    assert (anna.visibility.value, anna.infer_topics, anna.buddy_opt_out) == \
        ("hidden", True, False)
    as_(client, web_org, "bram")
    assert "Anna de Vries" not in result_names(client.get("/", params={"q": ACCESSIBILITY}).text)


def test_department_page_lists_experts_topics_and_members(client: TestClient,
                                                         web_org: WebOrg) -> None:
    page = as_(client, web_org, "bram").get("/departments/soc").text
    assert "<h1>Sociaal Domein</h1>" in page
    members = page[page.index('id="medewerkers"'):]
    # soc: Cees, Dirk and the newcomer Gijs
    assert "Medewerkers (3)" in members
    for name in ("Cees Bakker", "Dirk Smit", "Gijs de Boer"):
        assert name in members
    experts = page[page.index('id="deskundigen"'):page.index('id="onderwerpen"')]
    assert "Cees Bakker" in experts and "Wet maatschappelijke ondersteuning" in experts
    assert '<a href="/departments/org">Gemeente Proefdorp</a>' in page  # its parent


def test_an_employee_sees_no_hr_pages(client: TestClient, web_org: WebOrg) -> None:
    as_(client, web_org, "bram")
    assert "Bruggenbouwers" not in client.get("/").text
    for path in ("/hr/bridges", "/hr/ambassadors", "/hr/buddies", "/hr/map", "/hr/gaps"):
        assert client.get(path).status_code == 403, path


def test_bridges_for_hr(client: TestClient, web_org: WebOrg) -> None:
    page = as_(client, web_org, "hr").get("/hr/bridges").text
    assert '<a href="/hr/bridges" aria-current="page">Bruggenbouwers</a>' in page
    # Dirk wrote with Eva (fin) and Femke (ict) and meets both: a bridge out of soc
    dirk = page[page.index("Dirk Smit"):].split("</tr>", 1)[0]
    assert "Financiën" in dirk and "ICT" in dirk


def test_ambassador_team_covers_every_chosen_department(client: TestClient,
                                                        web_org: WebOrg) -> None:
    page = as_(client, web_org, "hr").get("/hr/ambassadors", params=[
        ("build", "1"), ("topic", ACCESSIBILITY), ("departments", "com"),
        ("departments", "soc"), ("departments", "fin"), ("per_department", "1")]).text
    coverage = page[page.index('id="coverage"'):].split("</table>", 1)[0]
    rows = re.findall(r'<a href="/departments/(\w+)">[^<]+</a></th>\s*<td>(.*?)</td>',
                      coverage, re.S)
    assert sorted(d for d, _ in rows) == ["com", "fin", "soc"]
    assert all("/people/" in members for _, members in rows)  # nobody left uncovered
    assert "Niet bereikt" not in page
    team = page[page.index('id="team"'):].split("</table>", 1)[0]
    assert "<li>" in team  # each member with reasons, in Dutch, departments by name
    assert re.search(r"<li>bereikt \d andere afdelingen</li>", team)
    dirk = team[team.index("Dirk Smit"):].split("</tr>", 1)[0]
    assert re.search(r"<li>dekt [^<]*Financiën</li>", dirk)  # the only one tied to fin
    assert "reaches" not in team and 'lang="en"' not in team
    # the form remembers the choice
    assert 'value="fin" checked' in page and 'value="ict">' in page


def test_buddy_proposals_and_accepting_one(client: TestClient, web_org: WebOrg,
                                           store: SqliteStore) -> None:
    page = as_(client, web_org, "hr").get("/hr/buddies").text
    newcomers = re.findall(r'<th scope="row"><a href="/people/(p\d)">', page)
    assert sorted(newcomers) == ["p7", "p8"]
    buddy = re.search(r'name="newcomer" value="p7">\s*<input type="hidden" name="buddy" '
                      r'value="(p\d)">', page)
    assert buddy
    response = client.post("/hr/buddies/accept", data={
        "newcomer": "p7", "buddy": buddy.group(1), "newcomer_name": "Gijs de Boer",
        "buddy_name": "X"})
    assert response.status_code == 303
    assert [(p.newcomer_id, p.buddy_id) for p in store.pairings(["p7"])] == \
        [("p7", buddy.group(1))]
    assert "Gijs de Boer is gekoppeld aan X." in client.get("/hr/buddies").text


def test_buddy_reasons_in_the_page_language(client: TestClient, web_org: WebOrg) -> None:
    # Gijs (soc) gets a buddy from his own department; with a buddy from another department
    # asked for, Femke (ict) for both newcomers
    as_(client, web_org, "hr")
    dutch = client.get("/hr/buddies").text
    pairs = dutch[dutch.index('id="pairs"'):].split("</table>", 1)[0]
    assert re.search(r"<li>\d+ jaar in dienst</li>", pairs)
    assert "<li>zelfde afdeling</li>" in pairs
    assert re.search(r"<li>deelt \d onderwerpen: [^<]*Wet maatschappelijke ondersteuning", pairs)
    assert re.search(r"goed verbonden met andere afdelingen \(0,\d\d\)", pairs)
    for english in ("in the organisation", "same department", "shares", 'lang="en"'):
        assert english not in pairs
    across = client.get("/hr/buddies", params={"cross": "on"}).text
    assert across.count("<li>uit een andere afdeling (ICT)</li>") == 2
    english_page = client.get("/hr/buddies", params={"lang": "en"}).text
    pairs = english_page[english_page.index('id="pairs"'):].split("</table>", 1)[0]
    assert re.search(r"<li>\d+ years in the organisation</li>", pairs)
    assert "<li>same department</li>" in pairs and "Social Support Act" in pairs
    assert re.search(r"well connected across departments \(0\.\d\d\)", pairs)
    assert "jaar in dienst" not in pairs and "lang=" not in pairs


def test_department_map_draws_the_departments_with_people(client: TestClient,
                                                          web_org: WebOrg) -> None:
    page = as_(client, web_org, "hr").get("/hr/map").text
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and 'role="img"' in page
    # com, soc, fin and ict have people; the root "Gemeente Proefdorp" has none of its own
    drawn = re.findall(r'<g class="department" data-department="(\w+)">', page)
    assert sorted(drawn) == ["com", "fin", "ict", "soc"]
    assert re.search(r'<g class="bridge" data-person="p4">', page)  # Dirk


def test_local_only_mode_has_no_login(web_org: WebOrg, tmp_path: Path) -> None:
    store = SqliteStore(copy_store(web_org, tmp_path / "local.db"))
    try:
        with TestClient(create_app(Settings(local_only=True), store=store),
                        follow_redirects=False) as client:
            page = client.get("/")
            assert page.status_code == 200
            assert "Lokale modus: geen inlog" in page.text and "Uitloggen" not in page.text
            assert "Bruggenbouwers" in page.text  # local mode acts with every role
            assert client.get("/login").headers["location"] == "/"
    finally:
        store.close()


def test_unknown_person_and_department_are_404_pages(client: TestClient,
                                                     web_org: WebOrg) -> None:
    as_(client, web_org, "bram")
    person = client.get("/people/p999")
    assert person.status_code == 404
    assert "Deze collega bestaat niet of is niet vindbaar." in person.text
    assert client.get("/departments/nope").status_code == 404


def test_static_files_and_nothing_else(client: TestClient) -> None:
    css = client.get("/static/wieweet.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert client.get("/static/..%2Fpages.py").status_code == 404
    assert client.get("/static/pages.py").status_code == 404
