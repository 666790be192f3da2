"""Every text the web pages show, in Dutch (the default) and English.

One table, one place: a translator reads this file and nothing else. Templates call ``t(key)``
and, for texts with blanks, ``t(key, name=...)``. A key missing in one language cannot happen:
each entry is a pair. The reasons the HR analyses give (``why`` in the API) are said by
``api.web.reasons``, from a table of the same form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")
DEFAULT_LANG: Lang = "nl"

TEXTS: dict[str, tuple[str, str]] = {
    # frame
    "site.tagline": ("Vind de collega die het weet", "Find the colleague who knows"),
    "skip": ("Naar de inhoud", "Skip to content"),
    "nav.label": ("Hoofdmenu", "Main menu"),
    "nav.search": ("Zoeken", "Search"),
    "nav.me": ("Mijn pagina", "My page"),
    "nav.hr": ("HR", "HR"),
    "nav.bridges": ("Bruggenbouwers", "Bridges"),
    "nav.ambassadors": ("Ambassadeurs", "Ambassadors"),
    "nav.buddies": ("Buddy's", "Buddies"),
    "nav.gaps": ("Kennislacunes", "Knowledge gaps"),
    "nav.map": ("Afdelingskaart", "Department map"),
    "nav.login": ("Inloggen", "Log in"),
    "nav.logout": ("Uitloggen", "Log out"),
    "lang.switch": ("English", "Nederlands"),
    "signed_in_as": ("Ingelogd als {subject} ({roles})", "Signed in as {subject} ({roles})"),
    "local_mode": ("Lokale modus: geen inlog", "Local mode: no sign-in"),
    "role.employee": ("medewerker", "employee"),
    "role.hr": ("HR", "HR"),
    "role.admin": ("beheerder", "administrator"),
    "footer": ("wieweet vindt collega's aan de hand van wat zij schrijven en zelf opgeven.",
               "wieweet finds colleagues by what they write and what they state themselves."),
    "error.title": ("Er ging iets mis", "Something went wrong"),
    "error.forbidden": ("Deze pagina is niet voor uw rol.", "This page is not for your role."),
    "error.not_found": ("Niet gevonden.", "Not found."),
    "error.unavailable": ("De gegevens zijn nu niet bereikbaar. Probeer het later opnieuw.",
                          "The data cannot be reached now. Please try again later."),
    "error.cross_site": ("Dit formulier kwam niet van deze site.",
                         "This form did not come from this site."),
    "error.back": ("Terug naar zoeken", "Back to search"),
    "more": ("Meer", "More"),
    "months": ("januari februari maart april mei juni juli augustus september oktober november "
               "december",
               "January February March April May June July August September October November "
               "December"),
    "none": ("geen", "none"),
    "unknown": ("onbekend", "unknown"),
    # login
    "login.title": ("Inloggen", "Log in"),
    "login.intro": ("Log in met de API-sleutel die u van de beheerder kreeg.",
                    "Log in with the API key your administrator gave you."),
    "login.key": ("API-sleutel", "API key"),
    "login.submit": ("Inloggen", "Log in"),
    "login.failed": ("Deze sleutel is onbekend of ingetrokken.",
                     "This key is unknown or revoked."),
    "login.empty": ("Vul een API-sleutel in.", "Enter an API key."),
    "login.needed": ("Log in om verder te gaan.", "Log in to continue."),
    "login.oidc": ("Uw organisatie logt in via haar eigen inlogdienst.",
                   "Your organisation signs you in through its own sign-in service."),
    # search
    "search.title": ("Wie weet iets over …?", "Who knows about …?"),
    "search.label": ("Wie weet iets over", "Who knows about"),
    "search.hint": ("Bijvoorbeeld: Omgevingswet, Wmo en privacy, digitale toegankelijkheid",
                    "For example: Omgevingswet, Wmo and privacy, digital accessibility"),
    "search.department": ("Afdeling", "Department"),
    "search.all_departments": ("Alle afdelingen", "All departments"),
    "search.submit": ("Zoeken", "Search"),
    "search.results": ("Collega's die iets weten over “{query}”",
                       "Colleagues who know about “{query}”"),
    "search.count": ("{count} gevonden", "{count} found"),
    "search.count_best": ("De beste {count}", "The best {count}"),
    "search.count_next": ("Nog {count}", "{count} more"),
    "search.none": ("Niemand gevonden die iets weet over “{query}”. Probeer een ander of "
                    "algemener woord.",
                    "Nobody found who knows about “{query}”. Try another or broader word."),
    "search.topics": ("Onderwerpen", "Topics"),
    "search.evidence": ("Waarom", "Why"),
    "search.last": ("Laatste bewijs", "Latest evidence"),
    "search.score": ("Score", "Score"),
    "search.claims": ("Geeft zelf op", "States"),
    "search.ask_me": ("vraag mij", "ask me"),
    # person
    "person.department": ("Afdeling", "Department"),
    "person.job": ("Functie", "Job title"),
    "person.location": ("Werkplek", "Location"),
    "person.languages": ("Talen", "Languages"),
    "person.email": ("E-mail", "E-mail"),
    "person.start": ("In dienst sinds", "Started"),
    "person.manager": ("Leidinggevende", "Manager"),
    "person.ask_me": ("Vraag mij over", "Ask me about"),
    "person.topics": ("Onderwerpen", "Topics"),
    "person.topics.intro": ("Afgeleid uit documenten en het eigen profiel.",
                            "Derived from documents and the person's own profile."),
    "person.topic": ("Onderwerp", "Topic"),
    "person.evidence_count": ("Bewijsstukken", "Evidence"),
    "person.last": ("Laatste", "Latest"),
    "person.verdict": ("Oordeel", "Verdict"),
    "person.actions": ("Acties", "Actions"),
    "person.no_topics": ("Nog geen onderwerpen.", "No topics yet."),
    "person.documents": ("Documenten", "Documents"),
    "person.no_documents": ("Geen documenten.", "No documents."),
    "person.colleagues": ("Naaste collega's", "Close colleagues"),
    "person.no_colleagues": ("Geen naaste collega's bekend.", "No close colleagues known."),
    "person.not_found": ("Deze collega bestaat niet of is niet vindbaar.",
                         "This colleague does not exist or cannot be found."),
    "verdict.confirmed": ("bevestigd", "confirmed"),
    "verdict.rejected": ("afgewezen", "rejected"),
    "verdict.none": ("nog niet beoordeeld", "not reviewed"),
    "topic.confirm": ("Bevestig", "Confirm"),
    "topic.reject": ("Wijs af", "Reject"),
    "topic.done.confirmed": ("{topic} is bevestigd.", "{topic} is confirmed."),
    "topic.done.rejected": ("{topic} is afgewezen en telt niet meer mee.",
                            "{topic} is rejected and no longer counts."),
    "settings.title": ("Mijn instellingen", "My settings"),
    "settings.title.other": ("Instellingen van deze collega", "This colleague's settings"),
    "settings.visibility": ("Vindbaarheid", "Findability"),
    "settings.visible": ("Vindbaar voor collega's", "Findable by colleagues"),
    "settings.hidden": ("Verborgen: niet in zoekresultaten", "Hidden: not in search results"),
    "settings.infer": ("Onderwerpen uit mijn documenten afleiden",
                       "Derive topics from my documents"),
    "settings.infer.hint": ("Uit: alleen onderwerpen die u zelf opgeeft of bevestigt tellen mee.",
                            "Off: only topics you state or confirm count."),
    "settings.buddy": ("Geen buddy worden voor nieuwe collega's",
                       "Do not propose me as a buddy for newcomers"),
    "settings.save": ("Instellingen opslaan", "Save settings"),
    "settings.saved": ("Instellingen opgeslagen.", "Settings saved."),
    # department
    "department.organisation": ("Organisatie", "Organisation"),
    "department.parent": ("Onderdeel van", "Part of"),
    "department.children": ("Onderdelen", "Parts"),
    "department.experts": ("Deskundigen", "Experts"),
    "department.topics": ("Onderwerpen", "Topics"),
    "department.people": ("Medewerkers", "People"),
    "department.not_found": ("Deze afdeling bestaat niet.", "This department does not exist."),
    # HR: bridges
    "bridges.title": ("Bruggenbouwers", "Bridges"),
    "bridges.intro": ("Collega's met banden in andere afdelingen: zij verbinden de organisatie.",
                      "Colleagues whose ties reach other departments: they hold the "
                      "organisation together."),
    "bridges.topic": ("Met kennis van (optioneel)", "Who know about (optional)"),
    "bridges.submit": ("Toon", "Show"),
    "bridges.person": ("Collega", "Colleague"),
    "bridges.score": ("Brugscore", "Bridge score"),
    "bridges.reaches": ("Bereikt afdelingen", "Reaches departments"),
    "bridges.ties": ("Banden buiten / binnen", "Ties outside / inside"),
    "bridges.none": ("Geen bruggenbouwers gevonden.", "No bridges found."),
    # HR: ambassadors
    "amb.title": ("Ambassadeursteam samenstellen", "Build an ambassador team"),
    "amb.intro": ("Kies een onderwerp en de afdelingen die het team moet bereiken, als een "
                  "olievlek.",
                  "Choose a topic and the departments the team must reach, like an oil stain."),
    "amb.topic": ("Onderwerp", "Topic"),
    "amb.departments": ("Afdelingen die het team moet bereiken",
                        "Departments the team must reach"),
    "amb.all.hint": ("Geen afdeling gekozen: het team moet ze allemaal bereiken.",
                     "No department chosen: the team must reach them all."),
    "select.all": ("Alles kiezen", "Select all"),
    "select.none": ("Niets kiezen", "Select none"),
    "amb.per_department": ("Ambassadeurs per afdeling", "Ambassadors per department"),
    "amb.size": ("Grootte van het team (optioneel)", "Team size (optional)"),
    "amb.submit": ("Stel team samen", "Build team"),
    "amb.team": ("Het team", "The team"),
    "amb.reach": ("Naar verwachting bereikt het team {reach} collega's ({fraction}).",
                  "The team is expected to reach {reach} colleagues ({fraction})."),
    "amb.member": ("Ambassadeur", "Ambassador"),
    "amb.reasons": ("Waarom", "Why"),
    "amb.coverage": ("Dekking per afdeling", "Coverage per department"),
    "amb.covered_by": ("Bereikt via", "Reached through"),
    "amb.uncovered": ("Niet bereikt", "Not reached"),
    "amb.none": ("Geen team mogelijk met deze keuze.", "No team possible with this choice."),
    # HR: buddies
    "buddies.title": ("Buddy's voor nieuwe collega's", "Buddies for newcomers"),
    "buddies.intro": ("Voorstellen voor nieuwe collega's van de laatste maanden.",
                      "Proposals for colleagues who started in the last months."),
    "buddies.capacity": ("Nieuwe collega's per buddy", "Newcomers per buddy"),
    "buddies.cross": ("Buddy uit een andere afdeling", "Buddy from another department"),
    "buddies.submit": ("Stel voor", "Propose"),
    "buddies.newcomer": ("Nieuwe collega", "Newcomer"),
    "buddies.buddy": ("Buddy", "Buddy"),
    "buddies.reasons": ("Waarom", "Why"),
    "buddies.accept": ("Koppel", "Pair"),
    "buddies.accepted": ("{newcomer} is gekoppeld aan {buddy}.",
                         "{newcomer} is paired with {buddy}."),
    "buddies.unmatched": ("Nog zonder buddy", "Still without a buddy"),
    "buddies.none": ("Geen nieuwe collega's zonder buddy.", "No newcomers without a buddy."),
    # HR: gaps
    "gaps.title": ("Kennislacunes", "Knowledge gaps"),
    "gaps.intro": ("Kennis die op één collega rust, vragen die niemand kon beantwoorden en "
                   "kennis die veroudert.",
                   "Knowledge that rests on one colleague, questions nobody could answer and "
                   "knowledge growing old."),
    "gaps.contents": ("Op deze pagina", "On this page"),
    "gaps.options": ("Het rapport instellen", "Report settings"),
    "gaps.department.hint": ("Voor onderwerpen met één kenner en vertrek.",
                             "For single-keeper topics and departures."),
    "gaps.days": ("Verouderd na (dagen)", "Stale after (days)"),
    "gaps.days.hint": ("730 dagen is twee jaar.", "730 days is two years."),
    "gaps.period": ("Verloop per", "Trend by"),
    "gaps.period.hint": ("Voor gemiste zoekvragen.", "For missed searches."),
    "gaps.period.month": ("maand", "month"),
    "gaps.period.week": ("week", "week"),
    "gaps.period.day": ("dag", "day"),
    "gaps.since": ("Zoekvragen vanaf", "Searches from"),
    "gaps.since.hint": ("Leeg: de laatste 12 perioden.", "Empty: the last 12 periods."),
    "gaps.submit": ("Toon", "Show"),
    "gaps.csv": ("CSV downloaden", "Download CSV"),
    "gaps.shown": ("De eerste {shown} van {total}; de CSV bevat ze allemaal.",
                   "The first {shown} of {total}; the CSV holds them all."),
    "gaps.nobody": ("niemand", "nobody"),
    "gaps.single.title": ("Onderwerpen met één kenner", "Topics with a single keeper"),
    "gaps.single.intro": ("Onderwerpen die op één collega rusten, of op niemand terwijl ernaar "
                          "gevraagd wordt. Het meest gevraagde eerst.",
                          "Topics that rest on one colleague, or on nobody while people ask "
                          "for them. Most asked for first."),
    "gaps.single.none": ("Geen onderwerp rust op één collega.",
                         "No topic rests on a single colleague."),
    "gaps.departures.title": ("Als zij vertrekken", "If they left"),
    "gaps.departures.intro": ("Collega's die als enige een onderwerp kennen: vertrekken zij, dan "
                              "weet niemand het meer.",
                              "Colleagues who alone know a topic: if they leave, nobody knows "
                              "it any more."),
    "gaps.departures.none": ("Niemand is de enige kenner van een onderwerp.",
                             "Nobody is the only keeper of a topic."),
    "gaps.missed.title": ("Gemiste zoekvragen", "Missed searches"),
    "gaps.missed.intro": ("Vragen die van {since} tot en met {until} minstens twee keer geen of "
                          "alleen een zwak antwoord kregen, met wie ze zou kunnen beantwoorden.",
                          "Questions that from {since} to {until} got no or only a weak answer "
                          "at least twice, with who could answer them."),
    "gaps.missed.none": ("Geen vraag bleef vaker dan eens onbeantwoord.",
                         "No question went unanswered more than once."),
    "gaps.no_route": ("Niemand gevonden", "Nobody found"),
    "gaps.trend.up": ("stijgend", "rising"),
    "gaps.trend.down": ("dalend", "falling"),
    "gaps.trend.flat": ("gelijk", "steady"),
    "gaps.trend.alt": ("Gesteld en gemist per {period}: {values}",
                       "Asked and missed by {period}: {values}"),
    "gaps.trend.value": ("{when}: {asked} gesteld, {missed} gemist",
                         "{when}: {asked} asked, {missed} missed"),
    "gaps.trend.details": ("Per {period}", "By {period}"),
    "gaps.week_of": ("week van {date}", "week of {date}"),
    "gaps.stale_topics.title": ("Verouderde onderwerpen", "Stale topics"),
    "gaps.stale_topics.intro": ("Onderwerpen waarover al meer dan {days} dagen niemand iets "
                                "schreef. Het meest gevraagde eerst.",
                                "Topics nobody has written about for more than {days} days. "
                                "Most asked for first."),
    "gaps.stale_topics.none": ("Over elk onderwerp is in de laatste {days} dagen geschreven.",
                               "Every topic was written about in the last {days} days."),
    "gaps.stale_profiles.title": ("Verouderde profielen", "Stale profiles"),
    "gaps.stale_profiles.intro": ("Collega's die onderwerpen op hun profiel noemen waarover zij "
                                  "in {days} dagen niets schreven: vraag hen hun profiel bij te "
                                  "werken.",
                                  "Colleagues whose profile names topics they have not written "
                                  "about in {days} days: ask them to update their profile."),
    "gaps.stale_profiles.none": ("Geen profiel noemt onderwerpen zonder recent bewijs.",
                                 "No profile names topics without recent evidence."),
    "gaps.last_written": ("laatst {date}", "last {date}"),
    "gaps.no_evidence": ("nooit over geschreven", "never written about"),
    "gaps.stale_of": ("{stale} van {listed}", "{stale} of {listed}"),
    "gaps.col.topic": ("Onderwerp", "Topic"),
    "gaps.col.topic_id": ("Onderwerp-id", "Topic id"),
    "gaps.col.keepers": ("Kenner", "Keeper"),
    "gaps.col.backups": ("Kan bijspringen", "Could step in"),
    "gaps.col.demand": ("Gevraagd", "Asked for"),
    "gaps.col.priority": ("Prioriteit", "Priority"),
    "gaps.col.person": ("Collega", "Colleague"),
    "gaps.col.uncovered": ("Enige kenner van", "Only keeper of"),
    "gaps.col.thinned": ("Een van twee kenners van", "One of two keepers of"),
    "gaps.col.weight": ("Gewicht", "Weight"),
    "gaps.col.question": ("Vraag", "Question"),
    "gaps.col.normalised": ("Vraag, genormaliseerd", "Question, normalised"),
    "gaps.col.asked": ("Gesteld", "Asked"),
    "gaps.col.missed": ("Gemist", "Missed"),
    "gaps.col.trend": ("Verloop", "Trend"),
    "gaps.col.slope": ("Verloop (gemist per periode)", "Trend (missed per period)"),
    "gaps.col.per_period": ("Per periode: begin gesteld/gemist",
                            "By period: start asked/missed"),
    "gaps.col.last_asked": ("Laatst gesteld", "Last asked"),
    "gaps.col.last_asked_utc": ("Laatst gesteld (UTC)", "Last asked (UTC)"),
    "gaps.col.topics": ("Onderwerpen", "Topics"),
    "gaps.col.routes": ("Kan antwoorden", "Could answer"),
    "gaps.col.why": ("Waarom", "Why"),
    "gaps.col.holders": ("Schreven erover", "Wrote about it"),
    "gaps.col.listed": ("Onderwerpen op profiel", "Topics on profile"),
    "gaps.col.stale_count": ("Zonder recent bewijs (aantal)", "Without recent evidence (count)"),
    "gaps.col.stale": ("Zonder recent bewijs", "Without recent evidence"),
    # HR: spreading topics over a department
    "spread.title": ("Kennis spreiden", "Spread knowledge"),
    "spread.intro": ("Wie in een afdeling welk onderwerp bijhoudt en wie het leert, zodat elk "
                     "onderwerp genoeg kenners heeft en niemand te veel draagt.",
                     "Who in a department keeps which topic and who learns it, so that every "
                     "topic has keepers enough and nobody carries too much."),
    "spread.back": ("Terug naar kennislacunes", "Back to knowledge gaps"),
    "spread.department": ("Afdeling", "Department"),
    "spread.topics": ("Onderwerpen (optioneel)", "Topics (optional)"),
    "spread.topics.hint": ("Gescheiden door komma's. Leeg: de tien onderwerpen die de afdeling "
                           "het best kent.",
                           "Separated by commas. Empty: the ten topics the department knows "
                           "best."),
    "spread.keepers": ("Kenners per onderwerp", "Keepers per topic"),
    "spread.learners": ("Leerlingen per onderwerp (minstens)", "Learners per topic (at least)"),
    "spread.submit": ("Maak een plan", "Make a plan"),
    "spread.plan": ("Het plan", "The plan"),
    "spread.col.role": ("Rol", "Role"),
    "spread.col.mentor": ("Leert van", "Learns from"),
    "spread.col.reasons": ("Waarom", "Why"),
    "spread.col.load": ("Onderwerpen", "Topics"),
    "spread.role.keeper": ("houdt bij", "keeps"),
    "spread.role.learner": ("leert", "learns"),
    "spread.load": ("Belasting per collega", "Load per colleague"),
    "spread.none": ("Geen plan mogelijk voor deze afdeling.",
                    "No plan possible for this department."),
    "spread.short": ("Te weinig mensen", "Too few people"),
    "spread.missing": ("{topic}: nog {count} nodig", "{topic}: {count} more needed"),
    # HR: map
    "map.title": ("Afdelingen en hun bruggenbouwers", "Departments and their bridges"),
    "map.intro": ("Links en rechts de afdelingen, als cirkels gekleurd per organisatie; in het "
                  "midden de bruggenbouwers, met een lijn naar elke afdeling waar zij banden "
                  "mee hebben.",
                  "Left and right the departments, as circles coloured by organisation; in the "
                  "middle the bridges, with a line to each department they have ties with."),
    "map.svg_title": ("Kaart van {departments} afdelingen en {bridges} bruggenbouwers",
                      "Map of {departments} departments and {bridges} bridges"),
    "map.svg_desc": ("De afdelingen staan in twee kolommen, gegroepeerd per organisatie. "
                     "Bruggenbouwers staan ertussen, met een lijn naar elke afdeling die zij "
                     "bereiken. Dezelfde gegevens staan in de tabel onder de kaart.",
                     "The departments stand in two columns, grouped by organisation. Bridges "
                     "stand between them, with a line to each department they reach. The table "
                     "below the map holds the same data."),
    "map.empty": ("Geen afdelingen.", "No departments."),
    "map.table": ("De kaart als tabel", "The map as a table"),
}

_INDEX = {lang: i for i, lang in enumerate(LANGUAGES)}


def text(key: str, lang: Lang, **blanks: object) -> str:
    """The text for ``key`` in ``lang``, its ``{blanks}`` filled in.

    Raises:
        KeyError: no such key, so a typo in a template fails its test instead of showing a key.
    """
    phrase = TEXTS[key][_INDEX[lang]]
    return phrase.format(**blanks) if blanks else phrase


def translator(lang: Lang) -> Callable[..., str]:
    """``t(key, **blanks)`` bound to one language, for the templates."""

    def t(key: str, **blanks: object) -> str:
        return text(key, lang, **blanks)

    return t


def format_number(value: float | None, lang: Lang, digits: int = 2) -> str:
    """``value`` with ``digits`` decimals, a decimal comma in Dutch; "–" for None.

    >>> format_number(0.857, "nl"), format_number(0.857, "en"), format_number(2.56, "nl", 0)
    ('0,86', '0.86', '3')
    """
    if value is None:
        return "–"
    shown = f"{value:.{digits}f}"
    return shown.replace(".", ",") if lang == "nl" else shown


def pick(value: str | None) -> Lang | None:
    """The supported language ``value`` names (``?lang=`` or the cookie), else None."""
    for lang in LANGUAGES:
        if value == lang:
            return lang
    return None
