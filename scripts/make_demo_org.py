#!/usr/bin/env python3
"""Generate the wieweet demo organisation "Werkorganisatie Rijnvliet" into ``seed_data/demo/``.

Usage::

    python scripts/make_demo_org.py [--out DIR]

Werkorganisatie Rijnvliet is a fictional Dutch shared-service organisation serving the
(fictional) municipalities Aldenburg and Veenoord, plus Bibliotheek Rijnvliet, which runs an
Informatiepunt Digitale Overheid (IDO). The script writes:

* ``departments.csv``   the department tree (organisation per department)
* ``people.csv``        about 250 colleagues with (often stale or empty) profiles
* ``scim_users.json``   the newest colleagues, as the HR system exports them (SCIM 2.0)
* ``documents.jsonl``   intranet posts, memo's, reports, work instructions ... (nl, some en)
* ``notes/*.md``        more documents: Markdown with YAML front matter
* ``interactions.csv``  collaboration counts from other systems (meetings, tickets, chat)
* ``planted.json``      the known answers (experts, bridges, newcomers ...) computed from the
                        same data, for the tests

Design rules:

* Standard library only; deterministic: one ``random.Random(SEED)``, no clock reads, nothing
  depends on set or hash order (any PYTHONHASHSEED gives the same bytes), output is sorted.
* Text is built from per-topic sentence banks (context / issue / action / result sentences with
  slots such as ``{wijk}`` or ``{n}``) inside per-kind document frames (memo, werkinstructie,
  vergaderverslag ...). Each person has 2-4 focus topics; their documents are mostly about those.
* "Controlled" term families (the planted expert topics, the discovered terms, the single-expert
  topics, the accessibility compounds and the words that must never occur) are tracked for every
  sentence: planted experts write their topic documents (and mention the topic at most once
  elsewhere), anyone else mentions a planted topic in at most two documents, in passing.
  The script checks all of this itself (see ``compute_planted``) before it writes anything.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

SEED = 20261124
REFERENCE_DATE = date(2026, 11, 24)
DOC_START = date(2021, 1, 4)
DOC_END = date(2026, 11, 20)
MAIL_DOMAIN = "rijnvliet.nl"
INTRANET = "https://intranet.rijnvliet.nl"
TARGET_DOCUMENTS = 1045  # JSONL + notes
TARGET_NOTES = 72
MIN_WORDS, MAX_WORDS = 120, 450
EN_BOOST = 1.45  # scales everyone's share of English documents (about 15% overall)

# ============================================================================ organisation

ORG_RV = "Werkorganisatie Rijnvliet"
ORG_AL = "Gemeente Aldenburg"
ORG_VO = "Gemeente Veenoord"
ORG_BIB = "Bibliotheek Rijnvliet"

# (id, name, parent_id, organisation) -- every parent before its children
DEPARTMENTS = [
    ("rv-directie", "Directie", "", ORG_RV),
    ("rv-bestuursondersteuning", "Bestuursondersteuning", "rv-directie", ORG_RV),
    ("rv-programmabureau", "Programmabureau", "rv-directie", ORG_RV),
    ("rv-dienstverlening", "Domein Dienstverlening", "rv-directie", ORG_RV),
    ("rv-burgerzaken", "Burgerzaken", "rv-dienstverlening", ORG_RV),
    ("rv-kcc", "Klantcontactcentrum", "rv-dienstverlening", ORG_RV),
    ("rv-communicatie", "Communicatie", "rv-dienstverlening", ORG_RV),
    ("rv-bedrijfsvoering", "Domein Bedrijfsvoering", "rv-directie", ORG_RV),
    ("rv-ict", "ICT", "rv-bedrijfsvoering", ORG_RV),
    ("rv-informatiebeheer", "Informatiebeheer", "rv-bedrijfsvoering", ORG_RV),
    ("rv-financien", "Financiën", "rv-bedrijfsvoering", ORG_RV),
    ("rv-hr", "HR", "rv-bedrijfsvoering", ORG_RV),
    ("rv-juridische-zaken", "Juridische Zaken", "rv-bedrijfsvoering", ORG_RV),
    ("rv-data-analyse", "Data & Analyse", "rv-bedrijfsvoering", ORG_RV),
    ("rv-samenleving", "Domein Samenleving", "rv-directie", ORG_RV),
    ("rv-sociaal-domein", "Sociaal Domein", "rv-samenleving", ORG_RV),
    ("rv-fysiek", "Domein Fysiek", "rv-directie", ORG_RV),
    ("rv-ruimte", "Ruimte", "rv-fysiek", ORG_RV),
    ("rv-vergunningen", "Vergunningen", "rv-ruimte", ORG_RV),
    ("rv-omgevingsbeleid", "Omgevingsbeleid", "rv-ruimte", ORG_RV),
    ("rv-toezicht-handhaving", "Toezicht en Handhaving", "rv-ruimte", ORG_RV),
    ("rv-openbare-ruimte", "Openbare Ruimte", "rv-fysiek", ORG_RV),
    ("al-raad", "Gemeenteraad Aldenburg", "", ORG_AL),
    ("al-griffie", "Griffie Aldenburg", "al-raad", ORG_AL),
    ("vo-raad", "Gemeenteraad Veenoord", "", ORG_VO),
    ("vo-griffie", "Griffie Veenoord", "vo-raad", ORG_VO),
    ("bib-rijnvliet", "Bibliotheek Rijnvliet", "", ORG_BIB),
    ("bib-ido", "Informatiepunt Digitale Overheid", "bib-rijnvliet", ORG_BIB),
]
DEPT_NAME = {d[0]: d[1] for d in DEPARTMENTS}
DEPT_PARENT = {d[0]: d[2] for d in DEPARTMENTS}
DEPT_ORG = {d[0]: d[3] for d in DEPARTMENTS}
TEAM_SHORT = {"rv-kcc": "KCC", "bib-ido": "IDO", "rv-toezicht-handhaving": "Handhaving",
              "al-griffie": "Griffie Aldenburg", "vo-griffie": "Griffie Veenoord"}
# where a department's people usually work (the rest: Thuiswerk, see THUISWERK_SHARE)
DEPT_TOWN = {"rv-openbare-ruimte": "Veenoord", "vo-griffie": "Veenoord", "vo-raad": "Veenoord",
             "rv-toezicht-handhaving": "Veenoord", "rv-sociaal-domein": "Veenoord"}
THUISWERK_SHARE = {"rv-ict": 0.35, "rv-data-analyse": 0.35, "rv-programmabureau": 0.3,
                   "rv-burgerzaken": 0.05, "rv-kcc": 0.1, "bib-ido": 0.0,
                   "rv-openbare-ruimte": 0.05, "rv-toezicht-handhaving": 0.05}

# Pairs of departments that naturally work together; people outside the planted bridges only
# collaborate with (at most two of) these neighbours.
NEIGHBOURS = {
    "rv-kcc": ["rv-burgerzaken", "rv-ict", "rv-sociaal-domein", "bib-ido", "rv-communicatie"],
    "rv-burgerzaken": ["rv-kcc", "rv-informatiebeheer", "bib-ido"],
    "rv-ict": ["rv-kcc", "rv-informatiebeheer", "rv-data-analyse"],
    "rv-communicatie": ["rv-kcc", "rv-hr", "al-griffie", "vo-griffie"],
    "rv-informatiebeheer": ["rv-ict", "rv-juridische-zaken", "rv-burgerzaken"],
    "rv-financien": ["rv-hr", "rv-sociaal-domein", "rv-juridische-zaken"],
    "rv-hr": ["rv-financien", "rv-communicatie"],
    "rv-juridische-zaken": ["rv-informatiebeheer", "rv-vergunningen", "rv-sociaal-domein",
                            "rv-toezicht-handhaving"],
    "rv-data-analyse": ["rv-ict", "rv-sociaal-domein", "rv-financien"],
    "rv-programmabureau": ["rv-ict", "rv-kcc"],
    "rv-sociaal-domein": ["rv-kcc", "rv-financien", "bib-ido", "rv-juridische-zaken"],
    "rv-vergunningen": ["rv-omgevingsbeleid", "rv-toezicht-handhaving", "rv-juridische-zaken"],
    "rv-omgevingsbeleid": ["rv-vergunningen", "rv-openbare-ruimte"],
    "rv-toezicht-handhaving": ["rv-vergunningen", "rv-openbare-ruimte", "rv-juridische-zaken"],
    "rv-openbare-ruimte": ["rv-omgevingsbeleid", "rv-toezicht-handhaving", "rv-kcc"],
    "rv-bestuursondersteuning": ["al-griffie", "vo-griffie", "rv-communicatie"],
    "al-griffie": ["vo-griffie", "rv-communicatie"],
    "vo-griffie": ["al-griffie", "rv-communicatie"],
    "bib-ido": ["rv-kcc", "rv-sociaal-domein", "rv-burgerzaken"],
}

# ============================================================================ names

# Names common in the Netherlands, by background. Polish surnames are "male/female" forms.
NAME_BANKS = {
    "nl": dict(
        weight=54,
        f="""Anne Sanne Lisa Femke Marieke Ingrid Monique Petra Karin Esther Linda Saskia Ilse
        Joyce Marloes Inge Wendy Anouk Eva Lotte Iris Fleur Noor Julia Emma Marjolein Annemiek
        Hanneke Yvonne Miranda Chantal Nicole Renske Mirjam Els Carla Jolanda Astrid Evelien
        Roos Merel Britt Nienke Maaike Judith Heleen Charlotte Zoë Manon Suzanne Daphne""".split(),
        m="""Jan Pieter Kees Henk Willem Bas Thijs Ruben Daan Sander Martijn Jeroen Erik Rob
        Marco Dennis Mark Joost Maarten Bart Niels Tim Stijn Lars Koen Jasper Wouter Frank Hans
        Gert-Jan Arjen Rik Tom Vincent Michiel Gijs Ronald Peter Gerard Ton Hugo Luuk Sem Olaf
        Jurriaan Teun Freek""".split(),
        last=["de Vries", "Jansen", "van den Berg", "Bakker", "van Dijk", "Visser", "Smit",
              "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
              "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Smits", "de Graaf", "van der Meer",
              "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
              "van der Veen", "van den Broek", "de Bruijn", "van der Heijden", "Schouten",
              "van Beek", "Willems", "van Vliet", "van de Ven", "Maas", "Verhoeven", "Koster",
              "van der Wal", "Prins", "Blom", "Huisman", "de Jonge", "Kuipers", "van Veen",
              "Post", "Kramer", "van den Brink", "Scholten", "van Wijk", "Groen", "Timmermans",
              "Gerritsen", "Hermans", "Wolters", "Verbeek", "Evers", "Mol", "van der Laan",
              "Lammers", "Bosman", "Claassen", "Sanders", "Nieuwenhuis", "Driessen", "Aarts",
              "Wouters", "Martens", "Jonker", "Molenaar", "Hofman", "van 't Hof", "Hoogland",
              "Rutten", "Ouwehand", "Dijkman", "Brinkman", "Koopman", "Vink", "Beekman",
              "Schipper", "van Rijn", "Kroon", "Verweij-Smit", "Pronk"],
        langs=[("nl;en", 70), ("nl;en;de", 14), ("nl", 10), ("nl;en;fr", 6)]),
    "fy": dict(
        weight=6,
        f="Tjitske Sytske Froukje Jildou Baukje Geertje Rinske Marrit Hiske Wietske".split(),
        m="Sjoerd Tjeerd Hylke Wybren Jelle Auke Douwe Sietse Wiebe Gerben".split(),
        last=["Hoekstra", "Dijkstra", "Postma", "Bosma", "Terpstra", "Wiersma", "Zijlstra",
              "Hiemstra", "Sikkema", "Haitsma", "Wijnja", "Jellema", "Boersma", "Kingma",
              "van der Ploeg", "de Jong", "Veenstra", "Kuiper"],
        langs=[("nl;fy;en", 75), ("nl;fy", 25)]),
    "ma": dict(
        weight=9,
        f="""Fatima Samira Nadia Khadija Imane Hanan Naima Latifa Siham Soumaya Yasmina Loubna
        Meryem Ikram Salma""".split(),
        m="""Mohamed Youssef Bilal Soufiane Yassine Zakaria Anouar Hamza Karim Mourad Nordin
        Rachid Said Ilias Adil""".split(),
        last=["El Amrani", "Bouzid", "Benali", "Azzouzi", "Chaoui", "El Khatib", "Boukhari",
              "Haddouchi", "Tahiri", "El Idrissi", "Ait Taleb", "Ouali", "Zarrouk", "Akkouh",
              "Bensaid", "Ouahabi", "Mansouri", "El Bouzidi"],
        langs=[("nl;en;ar", 60), ("nl;ar", 20), ("nl;en;ar;fr", 20)]),
    "tr": dict(
        weight=8,
        f="Ayşe Elif Zeynep Hatice Özlem Derya Büşra Merve Esra Emine Selin Gül Sevgi".split(),
        m="""Emre Mehmet Burak Ahmet Kemal Serkan Murat Hakan Mustafa Ali Can Oğuz Yusuf
        Tolga""".split(),
        last=["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan",
              "Koç", "Kılıç", "Yıldız", "Aksoy", "Polat", "Güler", "Korkmaz", "Özdemir", "Tekin",
              "Kurt"],
        langs=[("nl;tr;en", 65), ("nl;tr", 35)]),
    "sr": dict(
        weight=6,
        f="""Shanti Priya Anjali Shirley Xaviera Sharmila Reshma Gracia Rowena Sunita Kavita
        Denise""".split(),
        m="""Ravi Rajesh Dinesh Kenneth Marvin Gerold Romano Anand Sunil Roy Errol Ricardo
        Dwight""".split(),
        last=["Ramdin", "Soekhai", "Jagesar", "Ramsaran", "Mahabier", "Sewdien", "Kartosen",
              "Pinas", "Kromodihardjo", "Biharie", "Doelwijt", "Zeefuik", "Wijngaarde",
              "Ramcharan", "Bhagwandin", "Sardjoe", "Tjin-A-Tsoi", "Kasanmoentalib", "Resida",
              "Nelom"],
        langs=[("nl;en", 65), ("nl;en;hi", 20), ("nl", 15)]),
    "an": dict(
        weight=2,
        f="Shurendy Jeanine Natasha Ruthmila".split(),
        m="Shurandy Jurgen Rignald Edsel".split(),
        last=["Martina", "Winklaar", "Rosaria", "Croes", "Maduro", "Isenia", "Cijntje"],
        langs=[("nl;en;es", 100)]),
    "id": dict(
        weight=3,
        f="Dewi Indah Sandra Melanie Natasja".split(),
        m="Rudy Ferry Johnny Rocky Boy".split(),
        last=["Wattimena", "Latumahina", "Sahetapy", "Tuhumena", "Pattiradjawane", "Siahaya",
              "Sopacua", "Latuheru", "Leiwakabessy", "Tan", "Hehanussa"],
        langs=[("nl;en", 70), ("nl;en;id", 30)]),
    "pl": dict(
        weight=3,
        f="Katarzyna Agnieszka Magdalena Joanna Anna Monika".split(),
        m="Piotr Tomasz Paweł Krzysztof Marcin Michał".split(),
        last=["Kowalski/Kowalska", "Nowak/Nowak", "Wiśniewski/Wiśniewska",
              "Zieliński/Zielińska", "Lewandowski/Lewandowska", "Kamiński/Kamińska",
              "Wójcik/Wójcik", "Mazur/Mazur"],
        langs=[("pl;nl;en", 70), ("pl;en;nl", 30)]),
    "other": dict(
        weight=5,
        f="Lina Rasha Hodan Ayaan Olena Oksana Mei Katrin Akosua Abena Lucía".split(),
        m="Rami Omar Abdi Mahad Andriy Dmytro Wei Jun Stefan Jonas Kwame Kofi Javier".split(),
        last=["Haddad", "Al-Masri", "Khoury", "Darwish", "Warsame", "Farah", "Hassan",
              "Kovalenko", "Bondarenko", "Melnyk", "Chen", "Wong", "Lin", "Schneider", "Müller",
              "Fischer", "Mensah", "Boateng", "Owusu", "García"],
        langs=[("nl;en", 40), ("en;nl", 30), ("nl;en;de", 10), ("ar;nl;en", 10),
               ("uk;en;nl", 10)]),
}
# first names that go with the "other" surnames (so a Chen is not called Kwame)
OTHER_GROUPS = [
    (["Haddad", "Al-Masri", "Khoury", "Darwish"], ["Lina", "Rasha"], ["Rami", "Omar"],
     "ar;nl;en"),
    (["Warsame", "Farah", "Hassan"], ["Hodan", "Ayaan"], ["Abdi", "Mahad"], "nl;so;en"),
    (["Kovalenko", "Bondarenko", "Melnyk"], ["Olena", "Oksana"], ["Andriy", "Dmytro"],
     "uk;en;nl"),
    (["Chen", "Wong", "Lin"], ["Mei"], ["Wei", "Jun"], "nl;zh;en"),
    (["Schneider", "Müller", "Fischer"], ["Katrin"], ["Stefan", "Jonas"], "de;nl;en"),
    (["Mensah", "Boateng", "Owusu"], ["Akosua", "Abena"], ["Kwame", "Kofi"], "en;nl;tw"),
    (["García"], ["Lucía"], ["Javier"], "es;nl;en"),
]

# ============================================================================ roles

# A role: (title, count, focus-topic pool, document style, share of English documents)
# Styles: beleid (policy), uitvoering (operations), ict, project, support, griffie, manager.
HEADS = {  # department heads; the first one is "the" head that sub-units report to
    "rv-directie": [("algemeen directeur", ["projectmanagement", "integriteit",
                                            "datagedreven werken"])],
    "rv-dienstverlening": [("domeinmanager Dienstverlening",
                            ["digitale dienstverlening", "klantcontactcentrum", "lean"])],
    "rv-bedrijfsvoering": [("domeinmanager Bedrijfsvoering",
                            ["informatiebeheer", "inkoop", "procesmanagement"])],
    "rv-samenleving": [("domeinmanager Samenleving", ["wijkteams", "jeugdhulp",
                                                      "Participatiewet"])],
    "rv-fysiek": [("domeinmanager Fysiek", ["woningbouw", "energietransitie", "mobiliteit"])],
    "rv-ruimte": [("afdelingsmanager Ruimte", ["woningbouw", "VTH", "vergunningverlening"])],
    "bib-rijnvliet": [("manager dienstverlening bibliotheek",
                       ["Informatiepunt Digitale Overheid", "digitale dienstverlening",
                        "B1-taalniveau"])],
    "rv-burgerzaken": [("teamleider Burgerzaken", ["burgerzaken", "lean", "procesmanagement"])],
    "rv-kcc": [("teamleider KCC", ["klantcontactcentrum", "telefonie", "lean"]),
               ("teamleider KCC", ["klantcontactcentrum", "kennisbank", "klantreis"])],
    "rv-communicatie": [("teamleider Communicatie", ["crisiscommunicatie", "persvoorlichting",
                                                     "sociale media"])],
    "rv-ict": [("teamleider ICT", ["cloudcomputing", "Microsoft 365", "projectmanagement"]),
               ("teamleider ICT", ["netwerkbeheer", "identiteits- en toegangsbeheer",
                                   "agile werken"])],
    "rv-informatiebeheer": [("teamleider Informatiebeheer", ["informatiebeheer", "DMS",
                                                             "procesmanagement"])],
    "rv-financien": [("teamleider Financiën", ["jaarrekening", "rechtmatigheid", "inkoop"])],
    "rv-hr": [("teamleider HR", ["arbeidsvoorwaarden", "verzuim", "opleiding en ontwikkeling"])],
    "rv-juridische-zaken": [("teamleider Juridische Zaken", ["bezwaar en beroep", "Awb",
                                                             "aansprakelijkheid"])],
    "rv-data-analyse": [("teamleider Data & Analyse", ["data-analyse", "dashboards",
                                                       "agile werken"])],
    "rv-sociaal-domein": [("teamleider Sociaal Domein", ["wijkteams", "jeugdhulp", "lean"]),
                          ("teamleider Sociaal Domein", ["Participatiewet", "bijstand",
                                                         "inburgering"])],
    "rv-vergunningen": [("teamleider Vergunningen", ["vergunningverlening", "VTH", "DSO"])],
    "rv-omgevingsbeleid": [("teamleider Omgevingsbeleid", ["omgevingsplan", "woningbouw",
                                                           "energietransitie"])],
    "rv-toezicht-handhaving": [("teamleider Toezicht en Handhaving", ["handhaving", "VTH",
                                                                      "procesmanagement"])],
    "rv-openbare-ruimte": [("teamleider Openbare Ruimte", ["groenbeheer", "riolering",
                                                           "afvalinzameling"])],
    "al-griffie": [("griffier", ["griffie", "raadsvoorstellen", "integriteit"])],
    "vo-griffie": [("griffier", ["griffie", "raadsvoorstellen", "integriteit"])],
    # Programmabureau and the IDO are led by planted people (see SPECIALS)
}
HEAD_STYLE = {"rv-directie": "manager", "rv-dienstverlening": "manager",
              "rv-bedrijfsvoering": "manager", "rv-samenleving": "manager",
              "rv-fysiek": "manager", "rv-ruimte": "manager", "bib-rijnvliet": "manager"}

ROLES = {
    "rv-bestuursondersteuning": [
        ("bestuursadviseur", 1, ["raadsvoorstellen", "integriteit", "procesmanagement"],
         "beleid", 0.0),
        ("directiesecretaris", 1, ["raadsvoorstellen", "projectmanagement"], "support", 0.0)],
    "rv-programmabureau": [
        ("projectleider", 3, ["projectmanagement", "agile werken", "digitale dienstverlening",
                              "zaakgericht werken", "klantreis", "Common Ground"], "project", 0.55),
        ("programmasecretaris", 1, ["projectmanagement", "procesmanagement"], "support", 0.4),
        ("adviseur innovatie", 1, ["Common Ground", "API's", "datagedreven werken"], "project",
         0.7)],
    "rv-burgerzaken": [
        ("medewerker burgerzaken", 8, ["reisdocumenten", "rijbewijzen", "burgerzaken",
                                       "Basisregistratie Personen",
                                       "huwelijk en geregistreerd partnerschap", "naturalisatie"],
         "uitvoering", 0.0),
        ("specialist BRP", 2, ["Basisregistratie Personen", "burgerzaken", "procesmanagement"],
         "uitvoering", 0.0),
        ("ambtenaar burgerlijke stand", 3, ["huwelijk en geregistreerd partnerschap",
                                            "naturalisatie", "burgerzaken"], "uitvoering", 0.0),
        ("applicatiebeheerder burgerzaken", 1, ["Basisregistratie Personen", "e-formulieren",
                                                "DigiD"], "ict", 0.05)],
    "rv-kcc": [
        ("klantcontactmedewerker", 12, ["klantcontactcentrum", "telefonie", "kennisbank",
                                        "digitale dienstverlening", "e-formulieren"],
         "uitvoering", 0.0),
        ("kwaliteitsmedewerker KCC", 1, ["klantreis", "lean", "klantcontactcentrum"], "beleid",
         0.05),
        ("medewerker e-formulieren", 1, ["e-formulieren", "digitale dienstverlening"], "ict",
         0.05),
        ("teamondersteuner KCC", 1, ["telefonie", "klantcontactcentrum"], "support", 0.0),
        ("senior klantcontactmedewerker", 2, ["klantcontactcentrum", "kennisbank", "telefonie"],
         "uitvoering", 0.0)],
    "rv-communicatie": [
        ("communicatieadviseur", 3, ["burgerparticipatie", "crisiscommunicatie",
                                     "persvoorlichting", "sociale media", "B1-taalniveau"],
         "beleid", 0.05),
        ("webredacteur", 1, ["webredactie", "B1-taalniveau", "sociale media"], "uitvoering",
         0.0),
        ("online communicatieadviseur", 1, ["sociale media", "webredactie"], "uitvoering", 0.05),
        ("persvoorlichter", 1, ["persvoorlichting", "crisiscommunicatie"], "beleid", 0.0),
        ("grafisch vormgever", 1, ["sociale media", "webredactie"], "uitvoering", 0.0)],
    "rv-ict": [
        ("systeembeheerder", 4, ["Microsoft 365", "cloudcomputing",
                                 "identiteits- en toegangsbeheer", "netwerkbeheer"], "ict", 0.55),
        ("netwerkbeheerder", 2, ["netwerkbeheer", "cloudcomputing"], "ict", 0.55),
        ("servicedeskmedewerker", 3, ["Microsoft 365", "identiteits- en toegangsbeheer",
                                      "telefonie"], "uitvoering", 0.1),
        ("applicatiebeheerder", 2, ["zaakgericht werken", "e-formulieren", "DigiD",
                                    "eHerkenning"], "ict", 0.3),
        ("informatiearchitect", 1, ["API's", "Common Ground", "cloudcomputing"], "ict", 0.85),
        ("software developer", 2, ["API's", "Common Ground", "e-formulieren"], "ict", 0.8),
        ("functioneel beheerder", 2, ["zaakgericht werken", "DMS", "eHerkenning"], "ict", 0.3),
        ("ENSIA-coördinator", 1, ["ENSIA", "DigiD", "BIO"], "ict", 0.0)],
    "rv-informatiebeheer": [
        ("medewerker DIV", 2, ["DMS", "metadata", "informatiebeheer"], "uitvoering", 0.0),
        ("adviseur informatiebeheer", 2, ["informatiebeheer", "selectielijst", "metadata",
                                          "Archiefwet"], "beleid", 0.0),
        ("functioneel beheerder DMS", 1, ["DMS", "metadata", "zaakgericht werken"], "ict", 0.1),
        ("medewerker post en scanning", 1, ["DMS", "informatiebeheer"], "support", 0.0)],
    "rv-financien": [
        ("financieel adviseur", 2, ["jaarrekening", "rechtmatigheid", "subsidies"], "beleid",
         0.0),
        ("inkoopadviseur", 2, ["inkoop", "aanbesteding", "contractbeheer"], "beleid", 0.0),
        ("medewerker financiële administratie", 3, ["jaarrekening", "rechtmatigheid"],
         "uitvoering", 0.0),
        ("taxateur WOZ", 2, ["WOZ"], "uitvoering", 0.0),
        ("subsidieadviseur", 1, ["subsidies", "rechtmatigheid"], "beleid", 0.0),
        ("controller", 1, ["rechtmatigheid", "jaarrekening", "procesmanagement"], "beleid", 0.0)],
    "rv-hr": [
        ("HR-adviseur", 2, ["verzuim", "arbeidsvoorwaarden", "HR21"], "beleid", 0.0),
        ("adviseur opleiding en ontwikkeling", 1, ["opleiding en ontwikkeling", "onboarding"],
         "beleid", 0.0),
        ("HR-medewerker", 2, ["onboarding", "arbeidsvoorwaarden", "HR21"], "uitvoering", 0.0),
        ("casemanager verzuim", 1, ["verzuim"], "uitvoering", 0.0),
        ("salarisadministrateur", 2, ["arbeidsvoorwaarden"], "uitvoering", 0.0),
        ("adviseur integriteit", 1, ["integriteit", "opleiding en ontwikkeling"], "beleid",
         0.0)],
    "rv-juridische-zaken": [
        ("jurist bezwaar en beroep", 2, ["bezwaar en beroep", "Awb"], "beleid", 0.0),
        ("juridisch adviseur", 1, ["aansprakelijkheid", "contractbeheer", "Awb"], "beleid",
         0.0),
        ("juridisch medewerker", 1, ["aansprakelijkheid", "bezwaar en beroep"], "uitvoering",
         0.0)],
    "rv-data-analyse": [
        ("data-analist", 3, ["data-analyse", "Power BI", "dashboards"], "beleid", 0.6),
        ("data engineer", 1, ["API's", "open data", "cloudcomputing"], "ict", 0.85),
        ("onderzoeker", 1, ["data-analyse", "burgerparticipatie"], "beleid", 0.5),
        ("GIS-specialist", 1, ["geo-informatie", "BAG", "open data"], "ict", 0.5)],
    "rv-sociaal-domein": [
        ("consulent wijkteam", 8, ["wijkteams", "mantelzorg", "jeugdhulp"], "uitvoering", 0.0),
        ("jeugdconsulent", 5, ["jeugdhulp", "Jeugdwet", "wijkteams"], "uitvoering", 0.0),
        ("consulent werk en inkomen", 4, ["Participatiewet", "bijstand"], "uitvoering", 0.0),
        ("klantmanager inburgering", 3, ["inburgering", "Participatiewet"], "uitvoering", 0.25),
        ("beleidsmedewerker sociaal domein", 3, ["Jeugdwet", "mantelzorg", "inburgering",
                                                 "subsidies", "jeugdhulp"], "beleid", 0.05),
        ("administratief medewerker", 2, ["bijstand", "Participatiewet"], "support", 0.0),
        ("regisseur jeugd", 1, ["jeugdhulp", "Jeugdwet"], "uitvoering", 0.0)],
    "rv-vergunningen": [
        ("vergunningverlener", 6, ["vergunningverlening", "VTH", "omgevingsplan",
                                   "bestemmingsplan"], "uitvoering", 0.0),
        ("casemanager vergunningen", 2, ["vergunningverlening", "DSO"], "uitvoering", 0.0),
        ("juridisch medewerker vergunningen", 1, ["bezwaar en beroep", "vergunningverlening"],
         "uitvoering", 0.0),
        ("functioneel beheerder DSO", 1, ["DSO", "zaakgericht werken"], "ict", 0.0),
        ("adviseur bouwen", 1, ["woningbouw", "BAG", "vergunningverlening"], "beleid", 0.0),
        ("medewerker evenementen", 1, ["vergunningverlening", "handhaving"], "uitvoering", 0.0)],
    "rv-omgevingsbeleid": [
        ("beleidsadviseur ruimtelijke ordening", 3, ["omgevingsplan", "bestemmingsplan",
                                                     "woningbouw"], "beleid", 0.05),
        ("adviseur energietransitie", 2, ["energietransitie", "burgerparticipatie"], "beleid",
         0.6),
        ("GIS-specialist", 1, ["geo-informatie", "BAG"], "ict", 0.2),
        ("beleidsmedewerker mobiliteit", 2, ["mobiliteit", "burgerparticipatie"], "beleid",
         0.1),
        ("adviseur participatie", 1, ["burgerparticipatie", "omgevingsplan"], "beleid", 0.45),
        ("planeconoom", 1, ["woningbouw", "omgevingsplan"], "beleid", 0.0)],
    "rv-toezicht-handhaving": [
        ("toezichthouder bouwen", 3, ["handhaving", "VTH"], "uitvoering", 0.0),
        ("boa", 4, ["handhaving", "afvalinzameling"], "uitvoering", 0.0),
        ("juridisch handhaver", 1, ["handhaving", "bezwaar en beroep", "Awb"], "beleid", 0.0),
        ("coördinator toezicht", 1, ["VTH", "handhaving", "procesmanagement"], "uitvoering",
         0.0)],
    "rv-openbare-ruimte": [
        ("beheerder groen", 3, ["groenbeheer"], "uitvoering", 0.0),
        ("adviseur riolering", 2, ["riolering"], "beleid", 0.0),
        ("coördinator afvalinzameling", 2, ["afvalinzameling"], "uitvoering", 0.0),
        ("verkeerskundige", 2, ["mobiliteit"], "beleid", 0.0),
        ("projectleider civiel", 2, ["projectmanagement", "riolering", "aanbesteding"],
         "project", 0.0),
        ("werkvoorbereider", 2, ["groenbeheer", "riolering", "aanbesteding"], "uitvoering", 0.0),
        ("medewerker meldingen openbare ruimte", 1, ["groenbeheer", "afvalinzameling"],
         "uitvoering", 0.0)],
    "al-griffie": [
        ("plaatsvervangend griffier", 1, ["griffie", "raadsvoorstellen"], "griffie", 0.0),
        ("raadsadviseur", 1, ["raadsvoorstellen", "burgerparticipatie"], "griffie", 0.0),
        ("commissiegriffier", 1, ["griffie", "raadsvoorstellen"], "griffie", 0.0)],
    "vo-griffie": [
        ("plaatsvervangend griffier", 1, ["griffie", "raadsvoorstellen"], "griffie", 0.0),
        ("raadsadviseur", 1, ["raadsvoorstellen", "burgerparticipatie"], "griffie", 0.0),
        ("commissiegriffier", 1, ["griffie", "raadsvoorstellen"], "griffie", 0.0)],
    "bib-ido": [
        ("medewerker IDO", 2, ["Informatiepunt Digitale Overheid", "DigiD",
                               "digitale dienstverlening"], "uitvoering", 0.0),
        ("vrijwilligerscoördinator", 1, ["Informatiepunt Digitale Overheid", "B1-taalniveau"],
         "uitvoering", 0.0)],
}

# Newcomers in people.csv (start 2026-08-01 .. 2026-11-15): (department, title, focus, start)
CSV_NEWCOMERS = [
    ("rv-burgerzaken", "medewerker burgerzaken", ["reisdocumenten", "burgerzaken"],
     "2026-08-03"),
    ("rv-ict", "systeembeheerder", ["Microsoft 365", "cloudcomputing"], "2026-09-01"),
    ("rv-sociaal-domein", "consulent wijkteam", ["wijkteams", "mantelzorg"], "2026-10-01"),
]
# Newcomers only in scim_users.json (the HR export): (department, title, start)
SCIM_NEWCOMERS = [
    ("rv-ict", "servicedeskmedewerker", "2026-08-01"),
    ("rv-kcc", "klantcontactmedewerker", "2026-08-17"),
    ("rv-kcc", "klantcontactmedewerker", "2026-09-01"),
    ("rv-sociaal-domein", "consulent wijkteam", "2026-09-01"),
    ("rv-sociaal-domein", "jeugdconsulent", "2026-09-15"),
    ("rv-vergunningen", "vergunningverlener", "2026-10-01"),
    ("rv-hr", "HR-adviseur", "2026-10-01"),
    ("rv-financien", "financieel adviseur", "2026-10-15"),
    ("rv-communicatie", "online communicatieadviseur", "2026-11-02"),
    ("rv-data-analyse", "data-analist", "2026-11-02"),
    ("rv-burgerzaken", "medewerker burgerzaken", "2026-11-02"),
    ("rv-informatiebeheer", "medewerker DIV", "2026-11-15"),
]
# What newcomers would like to learn (buddy matching), per department
NEWCOMER_LEARN = {
    "rv-burgerzaken": ["Basisregistratie Personen", "reisdocumenten", "digitale toegankelijkheid"],
    "rv-ict": ["informatiebeveiliging", "Microsoft 365", "identiteits- en toegangsbeheer"],
    "rv-sociaal-domein": ["Wmo", "schuldhulpverlening", "mantelzorg"],
}

# ============================================================================ planted people

# The people the tests know about. "topics": focus topics, the first ones carry their documents.
# "docs": documents on the planted topic (experts), or on the special subject (others).
# "skills": explicit skills ([] = empty profile); None = generated from the focus topics.
SPECIALS = [
    # --- bridges: co-author and meet across many departments
    dict(key="BR1", dept="rv-programmabureau", title="programmamanager digitalisering",
         head=True, style="project", en=0.6,
         topics=["digitale dienstverlening", "zaakgericht werken", "Common Ground",
                 "projectmanagement"],
         skills=[("projectmanagement", 5), ("digitale dienstverlening", 4), ("agile werken", 3)]),
    dict(key="BR2", dept="rv-juridische-zaken", title="privacy officer", style="beleid", en=0.3,
         topics=["privacy", "DPIA"], skills=[("privacy", 5), ("DPIA", 4)]),
    dict(key="BR3", dept="rv-informatiebeheer", title="informatiemanager", style="beleid",
         en=0.3, topics=["informatiebeheer", "zaakgericht werken", "DMS", "metadata"],
         skills=None),
    dict(key="BR4", dept="rv-communicatie", title="communicatieadviseur programma's",
         style="beleid", en=0.35, topics=["burgerparticipatie", "B1-taalniveau", "sociale media"],
         skills=None),
    dict(key="BR5", dept="rv-data-analyse", title="adviseur datagedreven werken", style="beleid",
         en=0.65, topics=["datagedreven werken", "dashboards", "open data", "data-analyse"],
         skills=[("datagedreven werken", 4), ("Power BI", 4), ("data-analyse", 3)]),
    # --- digitale toegankelijkheid
    dict(key="ACC1", dept="rv-communicatie", title="webredacteur", style="uitvoering", en=0.25,
         topics=["digitale toegankelijkheid", "webredactie", "B1-taalniveau"],
         skills=[("digitale toegankelijkheid", 5), ("webredactie", 4), ("B1-taalniveau", 3)]),
    dict(key="ACC2", dept="rv-ict", title="front-end developer", style="ict", en=0.5,
         topics=["digitale toegankelijkheid", "e-formulieren", "API's"], skills=[]),
    dict(key="ACC3", dept="rv-kcc", title="adviseur digitale dienstverlening", style="beleid",
         en=0.05, topics=["digitale toegankelijkheid", "klantreis", "digitale dienstverlening"],
         skills=[("klantreis", 4), ("e-formulieren", 3)]),
    # --- accessibility only through compounds (toegankelijkheidsambassadeur ...)
    dict(key="CMP1", dept="rv-burgerzaken", title="medewerker burgerzaken", style="uitvoering",
         en=0.0, topics=["reisdocumenten", "burgerzaken"], skills=None),
    dict(key="CMP2", dept="bib-ido", title="medewerker IDO", style="uitvoering", en=0.0,
         topics=["Informatiepunt Digitale Overheid", "DigiD"], skills=None),
    # --- Wmo
    dict(key="WMO1", dept="rv-sociaal-domein", title="beleidsadviseur sociaal domein",
         style="beleid", en=0.12, topics=["Wmo", "mantelzorg", "wijkteams"], skills=[]),
    dict(key="WMO2", dept="rv-sociaal-domein", title="senior consulent wijkteam",
         style="uitvoering", en=0.0, topics=["Wmo", "wijkteams", "mantelzorg"],
         skills=[("wijkteams", 4), ("mantelzorg", 3)]),
    dict(key="WMO3", dept="rv-sociaal-domein", title="contractmanager zorg", style="beleid",
         en=0.0, topics=["Wmo", "contractbeheer", "inkoop"], skills=[("contractbeheer", 4)]),
    # --- schuldhulpverlening
    dict(key="SHV1", dept="rv-sociaal-domein", title="consulent geldzaken", style="uitvoering",
         en=0.0, topics=["schuldhulpverlening", "bijstand"], skills=[]),
    dict(key="SHV2", dept="rv-sociaal-domein", title="consulent werk en inkomen",
         style="uitvoering", en=0.0, topics=["schuldhulpverlening", "Participatiewet", "bijstand"],
         skills=[("Participatiewet", 4), ("bijstand", 4)]),
    dict(key="SHV3", dept="rv-sociaal-domein", title="beleidsmedewerker armoedebeleid",
         style="beleid", en=0.0, topics=["schuldhulpverlening", "subsidies", "bijstand"],
         skills=[("subsidies", 3)]),
    # --- Omgevingswet
    dict(key="OW1", dept="rv-omgevingsbeleid", title="senior beleidsadviseur ruimtelijke ordening",
         style="beleid", en=0.2, topics=["Omgevingswet", "omgevingsplan", "bestemmingsplan"],
         skills=[("omgevingsplan", 4), ("bestemmingsplan", 4)]),
    dict(key="OW2", dept="rv-vergunningen", title="vergunningverlener", style="uitvoering",
         en=0.0, topics=["Omgevingswet", "vergunningverlening", "DSO"],
         skills=[("Omgevingswet", 3), ("vergunningverlening", 4)]),
    dict(key="OW3", dept="rv-juridische-zaken", title="jurist omgevingsrecht", style="beleid",
         en=0.0, topics=["Omgevingswet", "bezwaar en beroep", "Awb"], skills=[("Awb", 4)]),
    # --- AVG (the privacy officer BR2 is the first AVG expert as well)
    dict(key="AVG2", dept="rv-juridische-zaken", title="jurist", style="beleid", en=0.05,
         topics=["AVG", "Awb", "bezwaar en beroep"], skills=[("bezwaar en beroep", 3)]),
    dict(key="AVG3", dept="rv-sociaal-domein", title="kwaliteitsmedewerker sociaal domein",
         style="beleid", en=0.0, topics=["AVG", "privacy", "procesmanagement"], skills=[]),
    # --- informatiebeveiliging
    dict(key="IB1", dept="rv-ict", title="Chief Information Security Officer", style="ict",
         en=0.4, topics=["informatiebeveiliging", "BIO", "NIS2"], skills=[("BIO", 4)]),
    dict(key="IB2", dept="rv-ict", title="security officer", style="ict", en=0.3,
         topics=["informatiebeveiliging", "ENSIA", "identiteits- en toegangsbeheer"], skills=[]),
    dict(key="IB3", dept="rv-ict", title="netwerkbeheerder", style="ict", en=0.25,
         topics=["informatiebeveiliging", "netwerkbeheer"], skills=[("netwerkbeheer", 4)]),
    # --- Woo
    dict(key="WOO1", dept="rv-informatiebeheer", title="coördinator informatieverzoeken",
         style="uitvoering", en=0.0, topics=["Woo", "informatiebeheer", "DMS"], skills=[]),
    dict(key="WOO2", dept="rv-juridische-zaken", title="jurist bestuursrecht", style="beleid",
         en=0.0, topics=["Woo", "bezwaar en beroep", "Awb"], skills=[("Awb", 4)]),
    dict(key="WOO3", dept="rv-communicatie", title="persvoorlichter", style="beleid", en=0.0,
         topics=["Woo", "persvoorlichting", "crisiscommunicatie"],
         skills=[("persvoorlichting", 4), ("crisiscommunicatie", 3)]),
    # --- archivering
    dict(key="AR1", dept="rv-informatiebeheer", title="gemeentearchivaris", style="beleid",
         en=0.0, topics=["archivering", "Archiefwet", "selectielijst"], skills=[]),
    dict(key="AR2", dept="rv-informatiebeheer", title="medewerker DIV", style="uitvoering",
         en=0.0, topics=["archivering", "DMS", "metadata"], skills=[("DMS", 3)]),
    # --- begroting
    dict(key="BEG1", dept="rv-financien", title="senior adviseur planning en control",
         style="beleid", en=0.0, topics=["begroting", "jaarrekening", "rechtmatigheid"],
         skills=[("begroting", 4), ("jaarrekening", 4)]),
    dict(key="BEG2", dept="rv-financien", title="financieel adviseur", style="beleid", en=0.0,
         topics=["begroting", "subsidies", "jaarrekening"], skills=[]),
    # --- werving en selectie
    dict(key="WS1", dept="rv-hr", title="recruiter", style="uitvoering", en=0.0,
         topics=["werving en selectie", "onboarding", "arbeidsvoorwaarden"], skills=[]),
    dict(key="WS2", dept="rv-hr", title="HR-adviseur", style="beleid", en=0.0,
         topics=["werving en selectie", "HR21", "verzuim"], skills=[("HR21", 4), ("verzuim", 3)]),
    dict(key="WS3", dept="rv-communicatie", title="communicatieadviseur", style="beleid", en=0.0,
         topics=["werving en selectie", "sociale media", "webredactie"],
         skills=[("sociale media", 4)]),
    # --- discovered terms (not in the taxonomy): TOPdesk, Kennisconnector
    dict(key="TD1", dept="rv-ict", title="servicedeskmedewerker", style="uitvoering", en=0.0,
         topics=["Microsoft 365", "identiteits- en toegangsbeheer"], skills=None),
    dict(key="TD2", dept="rv-kcc", title="functioneel beheerder KCC", style="ict", en=0.0,
         topics=["telefonie", "kennisbank"], skills=None),
    dict(key="TD3", dept="rv-ict", title="applicatiebeheerder", style="ict", en=0.0,
         topics=["zaakgericht werken", "e-formulieren"], skills=None),
    dict(key="KC1", dept="bib-ido", title="coördinator IDO", head=True, style="uitvoering",
         en=0.0, topics=["Informatiepunt Digitale Overheid", "DigiD"], skills=None),
    dict(key="KC2", dept="rv-kcc", title="kennismanager KCC", style="beleid", en=0.0,
         topics=["kennisbank", "klantcontactcentrum"], skills=None),
    dict(key="KC3", dept="bib-ido", title="medewerker IDO", style="uitvoering", en=0.0,
         topics=["Informatiepunt Digitale Overheid", "digitale dienstverlening"], skills=None),
    # --- topics only one person writes about
    dict(key="TRE", dept="rv-financien", title="treasurer", style="beleid", en=0.0,
         topics=["jaarrekening", "rechtmatigheid"], skills=[("treasury", 5), ("jaarrekening", 3)]),
    dict(key="EDE", dept="rv-informatiebeheer", title="adviseur digitale informatievoorziening",
         style="beleid", en=0.0, topics=["metadata", "Archiefwet"], skills=[]),
    dict(key="OND", dept="rv-juridische-zaken", title="adviseur openbare orde en veiligheid",
         style="beleid", en=0.0, topics=["integriteit", "handhaving"], skills=[("integriteit", 3)]),
    # --- well connected, but only inside their own department
    dict(key="BO1", dept="rv-kcc", title="coördinator klantcontact", style="uitvoering", en=0.0,
         topics=["klantcontactcentrum", "telefonie", "kennisbank"], skills=None),
    dict(key="BO2", dept="rv-burgerzaken", title="senior medewerker burgerzaken",
         style="uitvoering", en=0.0,
         topics=["burgerzaken", "Basisregistratie Personen", "reisdocumenten"], skills=None),
    dict(key="BO3", dept="rv-openbare-ruimte", title="werkvoorbereider", style="uitvoering",
         en=0.0, topics=["riolering", "groenbeheer", "aanbesteding"], skills=None),
]

# query text -> (topic, [(planted key, documents on the topic), ...]) best first
PLANTED_EXPERTS = {
    "digitale toegankelijkheid": ("digitale toegankelijkheid",
                                  [("ACC1", 17), ("ACC2", 12), ("ACC3", 8)]),
    "Wmo": ("Wmo", [("WMO1", 17), ("WMO2", 12), ("WMO3", 8)]),
    "Omgevingswet": ("Omgevingswet", [("OW1", 17), ("OW2", 12), ("OW3", 8)]),
    "AVG": ("AVG", [("BR2", 17), ("AVG2", 12), ("AVG3", 8)]),
    "informatiebeveiliging": ("informatiebeveiliging", [("IB1", 17), ("IB2", 11), ("IB3", 8)]),
    "Woo": ("Woo", [("WOO1", 17), ("WOO2", 11), ("WOO3", 8)]),
    "schuldhulpverlening": ("schuldhulpverlening", [("SHV1", 17), ("SHV2", 11), ("SHV3", 8)]),
    "archivering": ("archivering", [("AR1", 17), ("AR2", 11)]),
    "begroting": ("begroting", [("BEG1", 17), ("BEG2", 11)]),
    "werving en selectie": ("werving en selectie", [("WS1", 17), ("WS2", 11), ("WS3", 8)]),
}
COMPOUND_ONLY = [("CMP1", 4), ("CMP2", 4)]
DISCOVERED = {"TOPdesk": [("TD1", 11), ("TD2", 9), ("TD3", 7)],
              "Kennisconnector": [("KC1", 10), ("KC2", 8), ("KC3", 6)]}
SINGLE_EXPERT = {"treasury": ("TRE", 5), "e-depot": ("EDE", 5), "ondermijning": ("OND", 4)}
BRIDGES = [("BR1", 15), ("BR2", 9), ("BR3", 13), ("BR4", 13), ("BR5", 13)]
BONDING_ONLY = [("BO1", 7), ("BO2", 6), ("BO3", 6)]
# Nobody writes about these (checked). "kunstmatige intelligentie" would be a poor choice: it
# is a taxonomy topic with broader and narrower neighbours, so a search can back off to those.
UNANSWERED = ["drones", "blockchain", "quantumcomputing"]

# ============================================================================ term families

# Every sentence is checked against these families (case-insensitive regexes). They cover the
# surface forms wieweet's taxonomy knows for the planted topics (labels, aliases, abbreviations,
# English forms), and a little more, to be safe.
FAMILIES = {
    # planted expert topics
    "digitale toegankelijkheid": r"toegankelijk|wcag|accessib",
    "Wmo": r"\bwmo\b|maatschappelijke ondersteuning|social support",
    "Omgevingswet": r"omgevingswet|environment and planning act",
    "AVG": r"\bu?avg\b|verordening gegevensbescherming|\bgdpr\b|general data protection"
           r"|data protection regulation",
    "informatiebeveiliging": r"informatiebeveilig|informatieveilig|cyber ?security|cyberveilig"
                             r"|digitale veiligheid|information security|infosec|\bsecurity\b",
    "Woo": r"\bwoo\b|\bwob\b|wet open overheid|openbaarheid van bestuur|actieve openbaarmaking"
           r"|open government act|freedom of information|\bfoi\b",
    "schuldhulpverlening": r"schuldhulp|schuldsanering|schuldregeling|budgetbeheer|\bwgs\b"
                           r"|\bdebts?\b|\bschulden\b",
    "archivering": r"archiv|archiefbeheer|archive management",
    "begroting": r"begroting|meerjarenraming|\bbudget",
    "werving en selectie": r"werving|vacature|sollicitatieprocedure|arbeidsmarktcommunicatie"
                           r"|recruit|\bhiring\b|talent acquisition",
    # discovered terms (not in the taxonomy)
    "TOPdesk": r"topdesk",
    "Kennisconnector": r"kennisconnector",
    # topics only one person writes about
    "treasury": r"treasur|wet fido|financiering decentrale overheden|liquiditeitsbeheer"
                r"|schatkistbankieren|cash management|debt management",
    "e-depot": r"e-depot|\bedepot|digitaal depot|digital repository|digital archive",
    "ondermijning": r"ondermijn|bestuurlijke aanpak|expertisecentrum|subversive|organi[sz]ed crime"
                    r"|undermining|\briec\b|bibob",
    # accessibility compounds, and the bare words the compound-only people must never use
    "compound": r"toegankelijkheids",
    "acc-bare": r"\btoegankelijk(?:e|heid)?\b|\baccessib|\bwcag",
    # never anywhere: the unanswered queries (and what a search for them would expand to),
    # and words that merely contain "woo" (woord, woonwijk ...) which would blur the Woo counts
    "forbidden": r"drone|blockchain|quantum|kunstmatig|intelligen|\bai\b|taalmodel|\bllm\b|algoritm"
                 r"|algorithm|\blanguages?\b|\blarge\b|\bapplications?\b|\bmodels\b|generati"
                 r"|[a-z]woo|woo[a-z]",
}
FAMILY_RE = {name: re.compile(rx, re.IGNORECASE) for name, rx in FAMILIES.items()}
PLANTED_FAMILIES = list(PLANTED_EXPERTS)  # query text == family name == topic
PASSING_CAP = 2        # documents in which a non-expert may mention a planted topic
CO_WRITE = [0.1, 0.2, 0.4]  # chance that an expert's topic document has co-authors, by rank
DISCOVERED_CAP = 1     # ... or a discovered term


def families_in(text: str) -> set[str]:
    return {name for name, rx in FAMILY_RE.items() if rx.search(text)}

# ============================================================================ Dutch sentence banks

# One bank per topic. subj: title subjects; head: news headlines; ctx/iss/act/res: context,
# issue, action and result sentences; pas: a passing mention in a document about something else;
# steps: imperative steps for werkinstructies. "[>=2024-01-01] " / "[<2024-01-01] " limit a
# sentence to documents dated on/after or before that day. Slots: see Slots.make().
TOPICS_NL: dict[str, dict[str, list[str]]] = {}

# --------------------------------------------------------------- dienstverlening
TOPICS_NL["burgerzaken"] = dict(
    subj=["de openingstijden van de balies burgerzaken", "werken op afspraak bij burgerzaken",
          "de bezetting van de balies in {gemeente}", "de kwaliteitsmonitor burgerzaken",
          "de avondopenstelling van burgerzaken"],
    head=["meer afspraken op de avondopenstelling", "nieuwe baliemedewerkers ingewerkt",
          "wachttijd aan de balie flink omlaag"],
    ctx=["Burgerzaken voert de wettelijke taken rond identiteit, verblijf en burgerlijke stand uit"
         " voor zowel Aldenburg als Veenoord.",
         "In {gemeente} helpen de baliemedewerkers van burgerzaken gemiddeld {n_big} inwoners per"
         " maand.",
         "Sinds we alleen nog op afspraak werken, is het in de publiekshal van {locatie} merkbaar"
         " rustiger.",
         "Op donderdagavond is de balie burgerzaken tot 20.00 uur open; die avond zit vrijwel"
         " altijd vol."],
    iss=["Vlak voor de zomervakantie lopen de wachttijden voor een afspraak op tot {n_small}"
         " weken.",
         "In ongeveer {pct_small} procent van de afspraken ontbreekt een pasfoto of het oude"
         " document.",
         "Het roosteren is lastig, omdat een deel van het team op zaterdag ook huwelijken"
         " voltrekt."],
    act=["Vanaf {datum_later} openen we extra afspraakblokken op dinsdagochtend in {locatie}.",
         "Samen met het KCC passen we de bevestigingsmail aan, zodat inwoners precies weten wat"
         " ze moeten meenemen.",
         "Twee collega's volgen in {maand} de opleiding tot buitengewoon ambtenaar van de"
         " burgerlijke stand.",
         "We zetten een vaste vraagbaakdienst op voor collega's die bij een ingewikkelde aanvraag"
         " willen overleggen."],
    res=["Het aantal inwoners dat niet op de afspraak verschijnt, is in een kwartaal bijna"
         " gehalveerd.",
         "Inwoners geven de dienstverlening aan de balie gemiddeld een {cijfer}.",
         "De gemiddelde wachttijd in de hal ligt nu onder de vijf minuten."],
    pas=["Ook burgerzaken merkt dit aan de balie.",
         "Collega's van burgerzaken denken hierover mee."],
    steps=["Controleer bij binnenkomst of de afspraak in het afsprakensysteem staat.",
           "Stel de identiteit van de aanvrager vast aan de hand van een geldig document.",
           "Registreer de aanvraag direct en controleer de gegevens samen met de inwoner.",
           "Rond de betaling af met de pinautomaat en geef een afhaalbewijs mee."])

TOPICS_NL["Basisregistratie Personen"] = dict(
    subj=["adresonderzoeken in de BRP", "de kwaliteit van de BRP-gegevens",
          "verhuizingen doorgeven in de BRP", "de zelfevaluatie BRP {jaar}",
          "inschrijvingen van arbeidsmigranten in de BRP"],
    head=["adresonderzoeken flink weggewerkt", "zelfevaluatie BRP zonder bevindingen"],
    ctx=["De Basisregistratie Personen (BRP) is de bron voor vrijwel alle andere processen van de"
         " gemeente, van de gemeentelijke belastingen tot de verkiezingen.",
         "Elke maand verwerken we in de BRP ongeveer {n_big} verhuizingen binnen en naar"
         " {gemeente}.",
         "Inschrijvingen op adressen met veel bewoners controleren we sinds dit jaar extra"
         " zorgvuldig."],
    iss=["In {wijk} staan op een aantal adressen meer mensen ingeschreven dan er redelijkerwijs"
         " kunnen verblijven.",
         "Terugmeldingen van andere afnemers van de BRP komen nog per e-mail binnen en raken soms"
         " zoek.",
         "De doorlooptijd van een adresonderzoek is opgelopen tot gemiddeld {n} dagen."],
    act=["We plannen huisbezoeken in {wijk} samen met de toezichthouders van team Handhaving.",
         "Terugmeldingen registreren we voortaan als zaak in het zaaksysteem.",
         "Twee BRP-specialisten lopen alle openstaande adresonderzoeken na en sluiten oude"
         " dossiers af."],
    res=["Het aantal openstaande adresonderzoeken is gedaald van {n} naar {n_small}.",
         "De jaarlijkse zelfevaluatie BRP leverde een score op die ruim boven de norm ligt."],
    pas=["De gegevens komen rechtstreeks uit de BRP.", "We controleren het adres eerst in de BRP."],
    steps=["Open het adresonderzoek als zaak en noteer de aanleiding.",
           "Raadpleeg de BRP en controleer wie er op het adres staat ingeschreven.",
           "Stuur de betrokkene een brief met het verzoek om binnen vier weken te reageren.",
           "Leg de uitkomst vast en verwerk een eventuele ambtshalve uitschrijving in de BRP."])

TOPICS_NL["reisdocumenten"] = dict(
    subj=["de piek in aanvragen voor reisdocumenten", "paspoort en identiteitskaart aanvragen",
          "het thuisbezorgen van reisdocumenten", "spoedaanvragen voor een paspoort",
          "de vermissing van een identiteitskaart"],
    head=["piek in paspoortaanvragen komt eraan", "thuisbezorging van reisdocumenten van start"],
    ctx=["In {jaar} en {volgend_jaar} verloopt een groot deel van de paspoorten en"
         " identiteitskaarten die tien jaar geleden zijn uitgegeven.",
         "Wekelijks verstrekken we aan de balies in Aldenburg en Veenoord zo'n {n_mid}"
         " reisdocumenten.",
         "Een paspoort of identiteitskaart aanvragen kan alleen persoonlijk aan de balie, omdat we"
         " vingerafdrukken en een handtekening vastleggen."],
    iss=["De verwachte piek valt samen met de zomervakantie, juist als de bezetting het laagst"
         " is.",
         "Steeds vaker vragen inwoners een spoedprocedure aan, omdat ze te laat zijn met hun"
         " paspoort."],
    act=["Inwoners van wie het document binnenkort verloopt, krijgen een herinnering via"
         " MijnRijnvliet.",
         "Voor bewoners van zorginstellingen organiseren we aanvragen op locatie met de mobiele"
         " set.",
         "Vanaf {datum_later} kunnen inwoners hun paspoort tegen een kleine vergoeding laten"
         " thuisbezorgen."],
    res=["In {vorige_maand} verstrekten we {n_mid} paspoorten en identiteitskaarten, ruim"
         " {pct_small} procent meer dan vorig jaar.",
         "Door de herinneringsactie kwamen er minder spoedaanvragen binnen."],
    pas=["Denk bijvoorbeeld aan het aanvragen van een paspoort of identiteitskaart."],
    steps=["Controleer of de pasfoto voldoet aan de eisen van de fotomatrix.",
           "Neem de vingerafdrukken af en laat de aanvrager digitaal tekenen.",
           "Neem het oude document in en maak het ongeldig.",
           "Wijs de inwoner op de afhaaltermijn van drie maanden."])

TOPICS_NL["rijbewijzen"] = dict(
    subj=["rijbewijzen voor 75-plussers", "een rijbewijs aanvragen na een medische keuring",
          "spoedlevering van rijbewijzen"],
    head=["rijbewijsbalie in Veenoord weer open"],
    ctx=["Een rijbewijs vraag je bij ons aan nadat het CBR de gezondheidsverklaring heeft"
         " goedgekeurd.",
         "Vooral senioren boven de 75 jaar vernieuwen hun rijbewijs vaak op het laatste moment.",
         "In {gemeente} vragen jaarlijks ongeveer {n_big} inwoners een nieuw rijbewijs aan."],
    iss=["Omdat de keuring bij het CBR soms lang duurt, verloopt het oude rijbewijs al voordat het"
         " nieuwe klaar is.",
         "Inwoners bellen het KCC vaak met de vraag of hun rijbewijs al klaarligt."],
    act=["Op de website komt een stappenplan voor het vernieuwen van een rijbewijs na een"
         " keuring.",
         "De baliemedewerkers krijgen in {maand} een opfrismoment over buitenlandse"
         " rijbewijzen."],
    res=["Het aantal telefonische vragen over rijbewijzen nam af met {pct_small} procent."],
    pas=["Net als bij rijbewijzen voorkomt een duidelijke uitleg vooraf veel vragen."],
    steps=["Controleer in het rijbewijzenregister of de gezondheidsverklaring is goedgekeurd.",
           "Leg de pasfoto en handtekening vast en rond de betaling af.",
           "Vertel de inwoner wanneer het rijbewijs klaarligt."])

TOPICS_NL["huwelijk en geregistreerd partnerschap"] = dict(
    subj=["gratis trouwen op maandagochtend", "de trouwlocaties in Aldenburg en Veenoord",
          "de melding voorgenomen huwelijk", "trouwen met een partner uit het buitenland"],
    head=["recordaantal huwelijken in de oude raadszaal", "nieuwe trouwlocatie bij de molen"],
    ctx=["In {jaar} sloten we in beide gemeenten samen ongeveer {n_mid} huwelijken en"
         " geregistreerde partnerschappen.",
         "Een melding voorgenomen huwelijk of partnerschap doen inwoners digitaal met DigiD.",
         "Naast de trouwzaal in het raadhuis kunnen stellen kiezen uit {n_small} vaste"
         " trouwlocaties, waaronder de molen in {wijk}."],
    iss=["Bij een partner uit het buitenland moeten documenten vaak worden gelegaliseerd, wat"
         " weken kan duren.",
         "Op populaire data, zoals vrijdagen in juni, zijn onze trouwambtenaren ruim vooraf"
         " volgeboekt."],
    act=["We zoeken vijf nieuwe buitengewoon ambtenaren van de burgerlijke stand.",
         "Voor stellen met een buitenlandse partner maken we een checklist.",
         "Vanaf {datum_later} kunnen stellen hun trouwlocatie zelf online reserveren."],
    res=["Stellen waarderen de ceremonie gemiddeld met een {cijfer}.",
         "De doorlooptijd van een melding met buitenlandse documenten is korter geworden."],
    pas=["Ook bij een huwelijk of geregistreerd partnerschap speelt dit."],
    steps=["Controleer de melding voorgenomen huwelijk op volledigheid.",
           "Vraag bij buitenlandse documenten een gelegaliseerde en vertaalde versie op.",
           "Plan de ceremonie in de agenda van de trouwambtenaar en bevestig de datum."])

TOPICS_NL["naturalisatie"] = dict(
    subj=["de naturalisatieceremonie in {gemeente}", "naturalisatieverzoeken in de praktijk",
          "de optieprocedure voor het Nederlanderschap"],
    head=["{n} nieuwe Nederlanders in de raadszaal"],
    ctx=["Op de Dag van de Naturalisatie ontvingen we {n} nieuwe Nederlanders in het raadhuis.",
         "Een naturalisatieverzoek loopt via de gemeente, maar de IND beslist.",
         "De burgemeester reikt het besluit uit tijdens een feestelijke ceremonie."],
    iss=["Aanvragers begrijpen niet altijd welk bewijs van inburgering ze moeten overleggen.",
         "De beslistermijn van de IND loopt soms op tot een jaar, waardoor inwoners bij ons aan"
         " de balie vragen stellen."],
    act=["We maken de uitnodiging voor de ceremonie eenvoudiger en voegen een routekaart toe.",
         "Samen met de klantmanagers inburgering stellen we een overzicht op van de benodigde"
         " documenten."],
    res=["Het aantal onvolledige naturalisatieverzoeken is gedaald.",
         "Deelnemers gaven de ceremonie een {cijfer}."],
    pas=["Denk bijvoorbeeld aan een naturalisatieverzoek."])

TOPICS_NL["klantcontactcentrum"] = dict(
    subj=["de bereikbaarheid van het KCC", "het KCC als eerste aanspreekpunt",
          "de kwaliteitsmetingen van het klantcontactcentrum", "terugbelverzoeken in het KCC",
          "het KCC in de avonduren"],
    head=["KCC haalt servicenorm ruim", "nieuwe collega's aan de telefoon",
          "KCC-collega's lopen mee in de wijk"],
    ctx=["Het klantcontactcentrum beantwoordt vragen van inwoners en ondernemers uit Aldenburg en"
         " Veenoord via telefoon, chat, e-mail en de balie.",
         "Per maand voert het KCC ongeveer {n_big} telefoongesprekken en {n_mid} chatgesprekken.",
         "Het KCC handelt ongeveer {pct_high} procent van de vragen direct zelf af, zonder door te"
         " verbinden.",
         "De servicenorm van het KCC is dat we 80 procent van de telefoontjes binnen 30 seconden"
         " opnemen."],
    iss=["Op maandagochtend en na een brief van de gemeente is de drukte aan de telefoon groter"
         " dan de bezetting aankan.",
         "Terugbelverzoeken worden niet altijd binnen twee werkdagen opgepakt door de"
         " vakafdelingen.",
         "Medewerkers geven aan dat ze informatie van vakafdelingen soms te laat krijgen."],
    act=["Vakafdelingen melden voortaan vóór verzending van een brief aan meer dan {n_mid}"
         " inwoners dat de brief eraan komt.",
         "In {maand} voeren we een proef uit met terugbellen op een vast tijdstip.",
         "Elke ochtend start het KCC met een korte stand-up om de drukte van de dag te"
         " bespreken.",
         "KCC-medewerkers lopen een dag mee met een vakafdeling om de achtergrond van vragen"
         " beter te begrijpen."],
    res=["In {vorig_kwartaal} haalde het KCC de servicenorm op {pct_high} procent van de"
         " werkdagen.",
         "Het percentage vragen dat het KCC direct beantwoordt, steeg naar {pct_high} procent.",
         "De klanttevredenheid over het telefonisch contact kwam uit op een {cijfer}."],
    pas=["Het KCC wordt vooraf geïnformeerd, zodat vragen van inwoners direct beantwoord kunnen"
         " worden.",
         "We stemmen de teksten af met het KCC."],
    steps=["Neem de telefoon op met de standaardbegroeting en vraag naar de naam van de beller.",
           "Zoek het antwoord op in de kennisbank en registreer het contactmoment.",
           "Kun je de vraag niet zelf beantwoorden, maak dan een terugbelverzoek aan voor de"
           " vakafdeling.",
           "Vraag aan het einde van het gesprek of de beller nog andere vragen heeft."])

TOPICS_NL["digitale dienstverlening"] = dict(
    subj=["de roadmap digitale dienstverlening", "digitale dienstverlening voor ondernemers",
          "meer producten online aanvragen", "de vernieuwing van MijnRijnvliet",
          "digitaal aanvragen als standaard"],
    head=["nieuwe versie van MijnRijnvliet live", "weer drie producten online aan te vragen"],
    ctx=["Inmiddels kunnen inwoners {n} producten volledig online aanvragen via de website of"
         " MijnRijnvliet.",
         "Digitale dienstverlening is bij ons de standaard, maar nooit de enige weg: wie niet"
         " digitaal kan, blijft welkom aan de balie en aan de telefoon.",
         "Het portaal MijnRijnvliet werd in {vorige_maand} ruim {n_big} keer bezocht.",
         "De Wet digitale overheid heeft gevolgen voor hoe we onze diensten aanbieden."],
    iss=["Nog te veel online aanvragen worden halverwege afgebroken, vooral op een mobiele"
         " telefoon.",
         "Sommige digitale producten sluiten niet aan op het zaaksysteem, waardoor collega's"
         " gegevens overtypen.",
         "Voor ouderen en laaggeletterden blijft de drempel voor digitale dienstverlening hoog."],
    act=["We herschrijven de top tien van meest gebruikte online aanvragen samen met inwoners.",
         "Voor elke nieuwe digitale dienst doen we een korte gebruikerstest met vijf inwoners.",
         "In {kwartaal} koppelen we de online aanvraag voor een parkeervergunning rechtstreeks aan"
         " het zaaksysteem.",
         "We meten voortaan per dienst hoeveel aanvragen online worden gestart en afgerond."],
    res=["Het aandeel online aanvragen steeg in een jaar van {pct_low} naar {pct_high} procent.",
         "Inwoners beoordelen het nieuwe portaal met een {cijfer}.",
         "Het aantal afgebroken aanvragen halveerde na de aanpassingen."],
    pas=["Dit past in de bredere ambitie voor digitale dienstverlening.",
         "Ook voor onze digitale dienstverlening heeft dit gevolgen."])

TOPICS_NL["klantreis"] = dict(
    subj=["de klantreis verhuizen", "de klantreis van een ondernemer die een evenement"
          " organiseert", "klantreizen in kaart brengen", "de klantreis bij het overlijden van"
          " een naaste"],
    head=["klantreis verhuizen opnieuw ontworpen"],
    ctx=["In een klantreis volgen we stap voor stap wat een inwoner meemaakt, van de eerste vraag"
         " tot het moment dat alles geregeld is.",
         "Voor de klantreis rond het overlijden van een naaste spraken we met {n_small}"
         " nabestaanden.",
         "We hebben inmiddels {n_small} klantreizen uitgewerkt, van verhuizen tot het aanvragen"
         " van een evenementenvergunning."],
    iss=["De klantreis laat zien dat inwoners soms vier brieven van verschillende afdelingen"
         " krijgen over hetzelfde onderwerp.",
         "Na de aanvraag horen inwoners vaak weken niets, terwijl de zaak intern gewoon loopt."],
    act=["Op {datum_later} bespreken we de knelpunten uit de klantreis met de betrokken teams.",
         "Per klantreis wijzen we een eigenaar aan die de verbeteringen bewaakt.",
         "Inwoners krijgen voortaan automatisch een statusbericht als hun aanvraag een volgende"
         " stap bereikt."],
    res=["Na de aanpassingen daalde het aantal vragen over de status van aanvragen met"
         " {pct_small} procent.",
         "De klantreis is een vast onderdeel geworden van nieuwe projecten."],
    pas=["Vanuit de klantreis gezien is dat een logische stap."])

TOPICS_NL["zaakgericht werken"] = dict(
    subj=["zaakgericht werken bij team {team}", "het opschonen van zaaktypen",
          "zaakgericht werken en de koppeling met het DMS", "de zaaktypecatalogus"],
    head=["alle vergunningzaken nu in het zaaksysteem", "nieuwe zaaktypecatalogus vastgesteld"],
    ctx=["Bij zaakgericht werken leggen we alle informatie over één aanvraag of melding vast in"
         " één zaak, zodat iedereen de stand van zaken kan zien.",
         "Het zaaksysteem bevat inmiddels {n_mid} zaaktypen, maar een deel daarvan wordt"
         " nauwelijks gebruikt.",
         "Sinds {jaar} werken alle teams in het zaaksysteem ZaakRijn."],
    iss=["Een deel van de collega's slaat documenten nog op in persoonlijke mappen in plaats van"
         " in de zaak.",
         "Doordat zaaktypen niet goed aansluiten op het werkproces, worden zaken vaak te laat"
         " afgesloten."],
    act=["We ruimen {n} ongebruikte zaaktypen op en voegen vergelijkbare zaaktypen samen.",
         "Per team is er een kartrekker zaakgericht werken die collega's helpt bij vragen.",
         "We koppelen de zaaktypen aan de juiste bewaartermijnen uit de selectielijst."],
    res=["Het aantal zaken dat na de afhandeltermijn nog openstaat, daalde van {n_mid} naar"
         " {n}.",
         "Collega's van het KCC zien nu in één oogopslag de status van een zaak."],
    pas=["De afspraken leggen we vast in de zaak.",
         "Alles wordt vastgelegd volgens de principes van zaakgericht werken."],
    steps=["Maak een nieuwe zaak aan met het juiste zaaktype.",
           "Voeg alle ontvangen documenten toe aan de zaak en geef ze een duidelijke naam.",
           "Wijzig de status van de zaak bij elke processtap.",
           "Sluit de zaak af met een resultaat zodra het besluit is verzonden."])

TOPICS_NL["Informatiepunt Digitale Overheid"] = dict(
    subj=["het Informatiepunt Digitale Overheid in de bibliotheek", "spreekuren van het IDO in"
          " {wijk}", "de samenwerking tussen KCC en IDO", "vrijwilligers bij het IDO"],
    head=["IDO helpt recordaantal inwoners", "nieuw IDO-spreekuur in Veenoord"],
    ctx=["In het Informatiepunt Digitale Overheid (IDO) in de bibliotheek kunnen inwoners terecht"
         " met vragen over DigiD, toeslagen en andere digitale overheidszaken.",
         "Het IDO in de Bibliotheek Rijnvliet hielp in {jaar} ruim {n_mid} inwoners.",
         "Het IDO werkt samen met de Belastingdienst, het UWV, de SVB en het CAK."],
    iss=["Inwoners komen vaak pas naar het IDO als er al een aanmaning of boete ligt.",
         "Veel vragen bij het IDO gaan eigenlijk over gemeentelijke zaken, zoals kwijtschelding,"
         " en moeten alsnog naar de gemeente."],
    act=["Vanaf {datum_later} houdt het IDO een extra spreekuur in het wijkcentrum van {wijk}.",
         "Vrijwilligers van het IDO krijgen in {maand} een training over het herkennen van"
         " geldzorgen.",
         "Medewerkers van het KCC verwijzen inwoners met digitale vragen actief door naar het"
         " IDO."],
    res=["Van de bezoekers van het IDO gaf {pct_high} procent aan dat hun vraag volledig was"
         " opgelost.",
         "Door de warme overdracht tussen IDO en KCC hoeven inwoners hun verhaal minder vaak"
         " opnieuw te vertellen."],
    pas=["Wie hierbij hulp nodig heeft, kan ook terecht bij het IDO in de bibliotheek."])

TOPICS_NL["kennisbank"] = dict(
    subj=["het onderhoud van de kennisbank", "de nieuwe indeling van de kennisbank",
          "kennisbankartikelen in begrijpelijke taal"],
    head=["kennisbank opgeschoond: {n_mid} artikelen minder"],
    ctx=["De kennisbank is het belangrijkste hulpmiddel van het KCC: per product staat daarin wat"
         " inwoners moeten weten.",
         "De kennisbank bevat op dit moment ongeveer {n_big} artikelen.",
         "Elke vakafdeling heeft een vaste contactpersoon die de eigen kennisbankartikelen actueel"
         " houdt."],
    iss=["Een deel van de artikelen in de kennisbank is al meer dan twee jaar niet"
         " gecontroleerd.",
         "Medewerkers vinden niet altijd het juiste artikel, omdat de zoekfunctie alleen op exacte"
         " termen zoekt."],
    act=["Elk kennisbankartikel krijgt een eigenaar en een controledatum.",
         "De twintig meest bekeken artikelen schrijven we opnieuw op B1-niveau.",
         "We voegen synoniemen toe aan de kennisbank, zodat zoeken beter werkt."],
    res=["Na de opschoning is {pct_high} procent van de artikelen recent gecontroleerd.",
         "KCC-medewerkers vinden sneller het juiste antwoord, zo blijkt uit de gesprekstijden."],
    pas=["De informatie is ook opgenomen in de kennisbank.",
         "We zetten de antwoorden in de kennisbank."])

TOPICS_NL["telefonie"] = dict(
    subj=["de overstap naar een nieuw telefonieplatform", "het keuzemenu van het algemene"
          " nummer", "telefonie in Teams"],
    head=["nieuw keuzemenu voor het algemene nummer"],
    ctx=["Sinds {jaar} verloopt de telefonie via Teams, ook voor collega's van het KCC.",
         "Het algemene nummer wordt per werkdag gemiddeld {n_mid} keer gebeld.",
         "Het keuzemenu bestaat nu uit vier opties."],
    iss=["Bellers kiezen vaak de verkeerde optie in het keuzemenu en komen bij de verkeerde"
         " afdeling terecht.",
         "Door een storing in de telefonie was het KCC een halve dag slecht bereikbaar."],
    act=["We vereenvoudigen het keuzemenu naar drie opties.",
         "In {maand} testen we een terugbelfunctie bij drukte.",
         "Samen met ICT maken we een noodprocedure voor storingen in de telefonie."],
    res=["Het aantal doorverbonden gesprekken daalde met {pct_small} procent.",
         "Bellers staan minder lang in de wacht."],
    pas=["Ook aan de telefonie merken we dat het drukker is."])

TOPICS_NL["e-formulieren"] = dict(
    subj=["de vernieuwing van de e-formulieren", "e-formulieren koppelen aan het zaaksysteem",
          "het e-formulier voor een melding openbare ruimte"],
    head=["twintig e-formulieren vernieuwd"],
    ctx=["Op de website staan ongeveer {n} e-formulieren, van een melding over een losliggende"
         " stoeptegel tot een aanvraag voor een evenement.",
         "Nieuwe e-formulieren bouwen we in de FormulierenBouwer, zodat vakafdelingen ze zelf"
         " kunnen aanpassen.",
         "Via de e-formulieren komen per maand ruim {n_big} aanvragen en meldingen binnen."],
    iss=["Veel e-formulieren vragen gegevens die we al kennen, zoals het adres van de inwoner.",
         "Sommige e-formulieren sturen de aanvraag alleen per e-mail door, zodat er geen zaak"
         " wordt aangemaakt."],
    act=["Bekende gegevens vullen we vooraf in wanneer de inwoner met DigiD inlogt.",
         "Elk nieuw e-formulier gaat eerst langs de webredactie voor een tekstcheck.",
         "In {kwartaal} koppelen we de e-formulieren van team {team} aan het zaaksysteem."],
    res=["Het aantal onvolledige aanvragen via de e-formulieren daalde met {pct_small} procent.",
         "De vakafdeling hoeft niets meer over te typen."],
    pas=["De aanvraag komt binnen via een e-formulier."])

# --------------------------------------------------------------- ICT
TOPICS_NL["informatiebeveiliging"] = dict(
    subj=["informatiebeveiliging bij thuiswerken", "het jaarplan informatiebeveiliging {jaar}",
          "informatiebeveiliging in de keten", "informatiebeveiliging en phishing",
          "de risicoanalyse informatiebeveiliging voor het sociaal domein",
          "informatiebeveiliging bij leveranciers", "het informatiebeveiligingsbeleid"],
    head=["phishingtest: zo deden we het", "informatiebeveiliging: nieuwe regels voor"
          " USB-sticks", "week van de informatiebeveiliging"],
    ctx=["Informatiebeveiliging gaat over het beschermen van de beschikbaarheid, integriteit en"
         " vertrouwelijkheid van onze informatie.",
         "Het jaarplan informatiebeveiliging is gebaseerd op de BIO en op de risicoanalyses van"
         " {jaar}.",
         "In {vorig_kwartaal} zijn er {n} beveiligingsincidenten gemeld; de meeste gingen om een"
         " verkeerd verstuurde e-mail.",
         "Informatiebeveiliging is geen zaak van ICT alleen: elke collega draagt eraan bij.",
         "Bij thuiswerken gelden voor informatiebeveiliging dezelfde regels als op kantoor."],
    iss=["Uit de laatste phishingtest bleek dat {pct_low} procent van de collega's op de link in"
         " de testmail klikte.",
         "Nog niet alle leveranciers kunnen aantonen dat hun informatiebeveiliging op orde is.",
         "Een aantal oude systemen voldoet niet meer aan de eisen voor informatiebeveiliging en"
         " moet worden vervangen.",
         "Incidenten worden niet altijd direct gemeld, waardoor we te laat kunnen ingrijpen."],
    act=["In {maand} organiseren we een week van de informatiebeveiliging met korte sessies voor"
         " alle teams.",
         "Alle contracten met leveranciers krijgen een paragraaf informatiebeveiliging.",
         "We voeren tweestapsverificatie in voor alle accounts, ook voor de raadsleden.",
         "Het informatiebeveiligingsbeleid wordt geactualiseerd en besproken in {overleg}.",
         "Per team houden we een korte risicoanalyse informatiebeveiliging aan de hand van een"
         " vaste vragenlijst."],
    res=["Bij de herhaalde phishingtest klikte nog maar {pct_small} procent op de link.",
         "De externe audit beoordeelde de informatiebeveiliging als voldoende, met drie"
         " verbeterpunten.",
         "Het aantal gemelde incidenten steeg, wat vooral laat zien dat collega's beter weten hoe"
         " ze moeten melden."],
    pas=["Ook de eisen voor informatiebeveiliging zijn meegenomen.",
         "Uiteraard kijken we ook naar informatiebeveiliging."],
    steps=["Meld een (vermoedelijk) beveiligingsincident direct bij de servicedesk.",
           "Noteer wat er is gebeurd, wanneer, en welke gegevens betrokken zijn.",
           "Zet een apparaat dat mogelijk besmet is niet uit, maar koppel het los van het"
           " netwerk.",
           "De adviseur informatiebeveiliging beoordeelt of het incident ook een datalek is."])

TOPICS_NL["BIO"] = dict(
    subj=["de BIO-zelfevaluatie", "BIO-maatregelen voor thuiswerkplekken",
          "de BIO-nulmeting voor de griffie"],
    ctx=["De BIO is het normenkader dat alle overheden gebruiken voor de bescherming van hun"
         " informatie.",
         "Van de maatregelen uit de BIO hebben we er inmiddels {pct_high} procent volledig"
         " ingevoerd.",
         "Voor elk informatiesysteem bepalen we het BIO-niveau op basis van een korte"
         " classificatie."],
    iss=["Een aantal BIO-maatregelen is niet goed gedocumenteerd, waardoor we bij een audit niet"
         " kunnen aantonen dat ze werken.",
         "Voor kleine systemen is de BIO soms zwaar om volledig toe te passen."],
    act=["Per BIO-maatregel maken we één eigenaar verantwoordelijk.",
         "De BIO-zelfevaluatie plannen we in {maand}, zodat de uitkomsten meegaan in de"
         " ENSIA-verantwoording."],
    res=["De BIO-nulmeting laat zien dat de basis op orde is, maar dat logging en monitoring"
         " aandacht vragen."],
    pas=["Dit past binnen de kaders van de BIO."])

TOPICS_NL["cloudcomputing"] = dict(
    subj=["de cloudstrategie van Rijnvliet", "de overstap van het datacenter naar de cloud",
          "cloudcomputing en exitstrategieën", "de cloudscan voor nieuwe systemen"],
    ctx=["Steeds meer van onze systemen draaien in de cloud in plaats van in ons eigen datacenter"
         " in Aldenburg.",
         "De cloudstrategie gaat uit van 'cloud, tenzij', met extra voorwaarden voor gevoelige"
         " gegevens.",
         "Voor nieuwe systemen doen we eerst een cloudscan, waarin we kijken naar de locatie van"
         " de data, de exitmogelijkheden en de kosten."],
    iss=["De kosten van cloudcomputing zijn lastig te voorspellen, omdat we betalen naar"
         " gebruik.",
         "Bij een aantal leveranciers is onduidelijk in welk land de gegevens worden opgeslagen.",
         "Het eigen datacenter is verouderd en het contract voor de ruimte loopt in"
         " {volgend_jaar} af."],
    act=["In {kwartaal} verhuizen we de eerste {n_small} systemen naar de cloud.",
         "Voor elke clouddienst leggen we een exitstrategie vast.",
         "Met Financiën spreken we een maandelijkse kostenrapportage voor de clouddiensten af."],
    res=["De migratie van de eerste systemen naar de cloud verliep zonder noemenswaardige"
         " storingen.",
         "Door de overstap kunnen we het datacenter in Veenoord sluiten."],
    pas=["Het systeem draait inmiddels in de cloud."])

TOPICS_NL["Microsoft 365"] = dict(
    subj=["de uitrol van Microsoft 365", "samenwerken in Teams en SharePoint",
          "Microsoft 365 voor raadsleden", "het opruimen van oude Teams-omgevingen"],
    head=["Microsoft 365-tips van de week", "alle teams over op SharePoint"],
    ctx=["Sinds {jaar} werken alle collega's met Microsoft 365, waaronder Teams, Outlook en"
         " SharePoint.",
         "Er zijn inmiddels meer dan {n_mid} Teams-omgevingen aangemaakt.",
         "Microsoft 365 maakt het makkelijk om samen aan één document te werken, ook met"
         " collega's van de andere gemeente."],
    iss=["Veel Teams-omgevingen worden niet meer gebruikt, maar bevatten nog wel documenten.",
         "Collega's delen bestanden soms met een link die voor iedereen te openen is.",
         "Niet iedereen weet wanneer een document in Teams hoort en wanneer in het DMS."],
    act=["Teams-omgevingen die langer dan een jaar niet zijn gebruikt, verwijderen we na overleg"
         " met de eigenaar.",
         "Elke donderdag om {tijd} is er een inloopspreekuur Microsoft 365.",
         "We richten Microsoft 365 zo in dat extern delen alleen kan met specifieke personen."],
    res=["Na de opruimactie bleven er {n_mid} actieve Teams-omgevingen over.",
         "Het inloopspreekuur trekt gemiddeld {n} collega's."],
    pas=["De documenten staan in SharePoint."])

TOPICS_NL["identiteits- en toegangsbeheer"] = dict(
    subj=["identiteits- en toegangsbeheer bij in- en uitdiensttreding", "het autorisatiebeheer"
          " voor het sociaal domein", "de koppeling tussen het HR-systeem en het IAM-systeem"],
    ctx=["Met identiteits- en toegangsbeheer (IAM) regelen we wie toegang heeft tot welke"
         " systemen.",
         "Elke nieuwe collega krijgt op de eerste werkdag automatisch een account met de rechten"
         " die bij de functie horen.",
         "Er zijn op dit moment ongeveer {n_big} accounts actief, inclusief externe"
         " medewerkers."],
    iss=["Bij uitdiensttreding blijven accounts soms weken actief.",
         "Collega's die van functie wisselen, houden vaak hun oude rechten."],
    act=["We koppelen het IAM-systeem rechtstreeks aan het HR-systeem, zodat accounts automatisch"
         " worden aangemaakt en afgesloten.",
         "Leidinggevenden controleren elk halfjaar de rechten van hun teamleden.",
         "We werken met rollen per functie in plaats van losse rechten per persoon."],
    res=["Accounts van vertrokken collega's worden nu binnen één werkdag afgesloten.",
         "Het aantal losse autorisatieverzoeken bij de servicedesk daalde met {pct_small}"
         " procent."],
    pas=["De rechten worden geregeld via het identiteits- en toegangsbeheer."])

TOPICS_NL["API's"] = dict(
    subj=["API's voor het ontsluiten van zaakgegevens", "het API-register van Rijnvliet",
          "API's in plaats van bestandsuitwisseling"],
    ctx=["Met API's kunnen systemen direct gegevens bij elkaar opvragen, zonder dat we bestanden"
         " heen en weer sturen.",
         "We gebruiken zoveel mogelijk de landelijke standaarden voor API's, zoals de ZGW API's.",
         "In het API-register staan inmiddels {n} API's beschreven."],
    iss=["Veel koppelingen werken nog met nachtelijke bestandsuitwisseling, waardoor gegevens"
         " een dag achterlopen.",
         "Niet alle leveranciers ondersteunen de landelijke API-standaarden."],
    act=["Bij nieuwe aanbestedingen vragen we standaard om open API's.",
         "Elke API beschrijven we in het API-register, inclusief eigenaar.",
         "De koppeling met het BRP-systeem bouwen we om naar een API."],
    res=["De eerste API's zijn in productie genomen en werken stabiel.",
         "Gegevens zijn nu direct beschikbaar in plaats van een dag later."],
    pas=["De gegevens worden via een API opgehaald."])

TOPICS_NL["Common Ground"] = dict(
    subj=["Common Ground in de praktijk", "de eerste Common Ground-componenten",
          "Common Ground en onze informatiearchitectuur"],
    ctx=["Common Ground is de gezamenlijke visie van gemeenten om gegevens bij de bron te laten"
         " en niet te kopiëren.",
         "We doen mee aan het landelijke Common Ground-programma en volgen de ontwikkelingen in de"
         " regio.",
         "Volgens de Common Ground-principes scheiden we gegevens, processen en interactie in"
         " aparte lagen."],
    iss=["De overgang naar Common Ground kost tijd, omdat we tegelijk de bestaande systemen"
         " moeten blijven gebruiken.",
         "Nog niet alle Common Ground-componenten zijn volwassen genoeg voor productie."],
    act=["We starten met een Common Ground-pilot voor de aanvraag van een parkeervergunning.",
         "Nieuwe systemen toetsen we aan de Common Ground-principes voordat we ze aanschaffen."],
    res=["De pilot laat zien dat de Common Ground-aanpak werkt, maar dat beheer extra aandacht"
         " vraagt."],
    pas=["Dit sluit aan bij de principes van Common Ground."])

TOPICS_NL["DigiD"] = dict(
    subj=["de DigiD-aansluitingen van Rijnvliet", "inloggen met DigiD op MijnRijnvliet",
          "DigiD Machtigen voor mantelzorgers"],
    ctx=["Inwoners loggen met DigiD in op MijnRijnvliet en op de meeste e-formulieren.",
         "Per maand wordt er ruim {n_big} keer met DigiD ingelogd op onze diensten.",
         "Voor elke DigiD-aansluiting laten we jaarlijks een assessment uitvoeren."],
    iss=["Inwoners die geen DigiD hebben of hun code kwijt zijn, lopen vast bij online"
         " aanvragen.",
         "Machtigen via DigiD is voor veel inwoners nog onbekend."],
    act=["Op de website leggen we uit hoe iemand een ander kan machtigen met DigiD.",
         "We bundelen de DigiD-aansluitingen om de kosten van het assessment te beperken."],
    res=["Het DigiD-assessment leverde geen bevindingen op."],
    pas=["Inloggen gaat met DigiD."])

TOPICS_NL["eHerkenning"] = dict(
    subj=["eHerkenning voor ondernemers", "inloggen met eHerkenning bij vergunningen"],
    ctx=["Ondernemers loggen in met eHerkenning om namens hun bedrijf zaken met ons te regelen.",
         "Voor de meeste aanvragen volstaat eHerkenning op niveau 3."],
    iss=["Kleine ondernemers vinden de aanschaf van eHerkenning vaak duur en ingewikkeld."],
    act=["We voegen een uitleg over eHerkenning toe aan het ondernemersloket op de website."],
    res=["Het aantal aanvragen van ondernemers via eHerkenning groeide met {pct_small} procent."],
    pas=["Ondernemers loggen in met eHerkenning."])

TOPICS_NL["netwerkbeheer"] = dict(
    subj=["de vernieuwing van het netwerk in het Stadskantoor", "wifi op de locaties in"
          " Veenoord", "het onderhoudsvenster voor netwerkbeheer"],
    ctx=["Netwerkbeheer zorgt ervoor dat alle locaties, van het Stadskantoor tot de gemeentewerf,"
         " betrouwbaar met elkaar verbonden zijn.",
         "Het netwerk bestaat uit {n_mid} switches en {n} access points op {n_small} locaties.",
         "Onderhoud aan het netwerk doen we zoveel mogelijk op dinsdagavond na 19.00 uur."],
    iss=["Een deel van de switches is aan het einde van de levensduur en krijgt geen updates"
         " meer.",
         "Op de gemeentewerf is de wifi-dekking in de loodsen onvoldoende."],
    act=["In {kwartaal} vervangen we de switches in het Stadskantoor.",
         "Op de gemeentewerf plaatsen we extra access points.",
         "We delen het netwerk op in segmenten, zodat apparaten van bezoekers niet bij interne"
         " systemen kunnen komen."],
    res=["Na de vervanging is het aantal netwerkstoringen sterk gedaald.",
         "De wifi op de werf is nu in alle loodsen stabiel."],
    pas=["Netwerkbeheer heeft hiervoor een aparte verbinding ingericht."])

TOPICS_NL["ENSIA"] = dict(
    subj=["de ENSIA-verantwoording {jaar}", "ENSIA en de collegeverklaring",
          "de planning van ENSIA"],
    ctx=["Met ENSIA leggen gemeenten jaarlijks verantwoording af over onder meer de BIO, DigiD en"
         " Suwinet.",
         "De ENSIA-vragenlijst bevat dit jaar {n_mid} vragen.",
         "Het college ondertekent op basis van ENSIA een collegeverklaring, die ook naar de raad"
         " gaat."],
    iss=["Het verzamelen van bewijsstukken voor ENSIA kost veel tijd, omdat de informatie"
         " verspreid staat.",
         "Voor Suwinet kwamen er vorig jaar bevindingen uit de audit."],
    act=["We starten met ENSIA al in {maand} in plaats van vlak voor de deadline.",
         "Alle bewijsstukken leggen we centraal vast in één ENSIA-map."],
    res=["De ENSIA-verantwoording is op tijd ingediend.",
         "De auditor had geen bevindingen voor DigiD."],
    pas=["Dit nemen we ook mee in ENSIA."])

TOPICS_NL["NIS2"] = dict(
    min_date=["2023-01-01"],
    subj=["NIS2 en de gevolgen voor Rijnvliet", "de voorbereiding op NIS2",
          "zorgplicht en meldplicht onder NIS2"],
    ctx=["De Europese NIS2-richtlijn stelt strengere eisen aan de digitale weerbaarheid van"
         " overheden en vitale sectoren.",
         "In Nederland wordt NIS2 omgezet in de Cyberbeveiligingswet.",
         "Onder NIS2 gelden strengere meldtermijnen voor incidenten."],
    iss=["Het is nog niet helemaal duidelijk welke onderdelen van NIS2 precies voor gemeenten"
         " gaan gelden.",
         "Bestuurders krijgen onder NIS2 een persoonlijke verantwoordelijkheid, wat om extra"
         " kennis vraagt."],
    act=["We maken een gap-analyse tussen de huidige maatregelen en de eisen van NIS2.",
         "Voor het college organiseren we in {maand} een sessie over NIS2."],
    res=["Uit de gap-analyse blijkt dat we op de meeste punten al voldoen."],
    pas=["Ook NIS2 speelt hierbij een rol."])

# --------------------------------------------------------------- communicatie
TOPICS_NL["digitale toegankelijkheid"] = dict(
    subj=["digitale toegankelijkheid van de website", "de jaarlijkse meting digitale"
          " toegankelijkheid", "digitale toegankelijkheid van pdf-documenten",
          "digitale toegankelijkheid bij de inkoop van software", "digitale toegankelijkheid van"
          " MijnRijnvliet", "toegankelijkheid van de e-formulieren", "digitale toegankelijkheid"
          " van video's", "de toegankelijkheidsverklaring {jaar}"],
    head=["website scoort beter op digitale toegankelijkheid", "checklist digitale"
          " toegankelijkheid voor pdf's", "digitale toegankelijkheid: ondertiteling bij alle"
          " video's"],
    ctx=["Digitale toegankelijkheid betekent dat iedereen onze websites en apps kan gebruiken, ook"
         " mensen met een visuele, auditieve of motorische beperking.",
         "Als overheid zijn we wettelijk verplicht om te voldoen aan de eisen voor digitale"
         " toegankelijkheid, gebaseerd op WCAG 2.1 niveau AA.",
         "Bij de laatste meting voldeed de website aan {wcag} van de 50 succescriteria van WCAG.",
         "Ongeveer een op de vijf inwoners heeft baat bij goede digitale toegankelijkheid,"
         " bijvoorbeeld door slechtziendheid, dyslexie of ouderdom.",
         "Voor elke website en app publiceren we een toegankelijkheidsverklaring in het"
         " landelijke register."],
    iss=["Veel pdf-documenten op de website zijn niet toegankelijk voor schermlezers.",
         "Bij de meting digitale toegankelijkheid vonden we {n} problemen met contrast en"
         " ontbrekende alt-teksten.",
         "Leveranciers beloven vaak dat hun product voldoet aan WCAG, maar in de praktijk valt dat"
         " tegen.",
         "Video's op de website en op sociale media hebben nog niet altijd ondertiteling, wat de"
         " toegankelijkheid beperkt."],
    act=["In {maand} laten we een extern toegankelijkheidsonderzoek uitvoeren op MijnRijnvliet.",
         "Webredacteuren krijgen een training digitale toegankelijkheid, inclusief het testen met"
         " een schermlezer.",
         "Bij elke aanbesteding van software nemen we eisen voor digitale toegankelijkheid op in"
         " het programma van eisen.",
         "We vervangen pdf's zoveel mogelijk door gewone webpagina's, die beter toegankelijk"
         " zijn.",
         "Samen met ervaringsdeskundigen testen we de nieuwe e-formulieren op"
         " toegankelijkheid."],
    res=["De website voldoet nu aan {wcag} van de 50 WCAG-criteria, een duidelijke verbetering ten"
         " opzichte van vorig jaar.",
         "De status van onze toegankelijkheidsverklaring is verbeterd naar 'voldoet"
         " gedeeltelijk'.",
         "Ervaringsdeskundigen gaven aan dat de nieuwe formulieren met een schermlezer goed te"
         " gebruiken zijn."],
    pas=["We letten daarbij ook op digitale toegankelijkheid.",
         "Natuurlijk moet het geheel digitaal toegankelijk zijn."],
    steps=["Geef elke afbeelding een korte, beschrijvende alt-tekst.",
           "Controleer het kleurcontrast met de contrastchecker voordat je een pagina publiceert.",
           "Gebruik koppen in de juiste volgorde en geen tabellen voor opmaak.",
           "Test de pagina met het toetsenbord: kun je overal komen zonder muis?",
           "Plaats geen pdf zonder toegankelijke versie op de website."])

# accessibility through compounds only (the planted "compound_only" people)
TOPICS_NL["toegankelijkheidsambassadeurs"] = dict(
    subj=["de toegankelijkheidsambassadeurs van team {team}", "een jaar"
          " toegankelijkheidsambassadeurs", "het toegankelijkheidsonderzoek van de"
          " afsprakenmodule", "het toegankelijkheidsonderzoek met ervaringsdeskundigen"],
    head=["even voorstellen: de toegankelijkheidsambassadeurs", "toegankelijkheidsonderzoek"
          " afsprakenmodule afgerond"],
    ctx=["Sinds {vorige_maand} heeft team {team} twee toegankelijkheidsambassadeurs.",
         "Een toegankelijkheidsambassadeur let erop dat onze dienstverlening voor iedereen"
         " bruikbaar is, ook voor inwoners met een beperking.",
         "De toegankelijkheidsambassadeurs van de verschillende teams komen elk kwartaal bij"
         " elkaar.",
         "Elk jaar laten we een toegankelijkheidsonderzoek doen naar de belangrijkste online"
         " diensten."],
    iss=["Uit het toegankelijkheidsonderzoek bleek dat de afsprakenmodule lastig te bedienen is"
         " zonder muis.",
         "De toegankelijkheidsverklaring was al meer dan een jaar niet bijgewerkt.",
         "Inwoners met een visuele beperking kunnen brieven met alleen een QR-code niet goed"
         " lezen, zo merken de toegankelijkheidsambassadeurs."],
    act=["De toegankelijkheidsambassadeurs testen nieuwe brieven en formulieren voordat ze in"
         " gebruik gaan.",
         "De uitkomsten van het toegankelijkheidsonderzoek bespreken we met de leverancier.",
         "De toegankelijkheidsverklaring wordt vanaf nu elk halfjaar geactualiseerd.",
         "Op {datum_later} geven de toegankelijkheidsambassadeurs een korte presentatie in het"
         " teamoverleg."],
    res=["Dankzij het toegankelijkheidsonderzoek zijn {n_small} knelpunten in de afsprakenmodule"
         " opgelost.",
         "Collega's weten de toegankelijkheidsambassadeurs steeds beter te vinden."])

TOPICS_NL["B1-taalniveau"] = dict(
    subj=["brieven op B1-taalniveau", "de schrijftraining begrijpelijke taal",
          "begrijpelijke taal in beschikkingen"],
    head=["Direct Duidelijk-week: {n} brieven herschreven"],
    ctx=["Ongeveer een op de vier inwoners heeft moeite met lezen of schrijven; daarom schrijven"
         " we zoveel mogelijk op B1-taalniveau.",
         "Onze standaardbrieven worden op begrijpelijke taal gecontroleerd voordat ze in gebruik"
         " gaan.",
         "We doen mee aan de landelijke Direct Duidelijk-aanpak voor begrijpelijke"
         " overheidscommunicatie."],
    iss=["Juridische teksten in beschikkingen zijn vaak lastig te vertalen naar B1-taalniveau.",
         "Veel brieven bevatten lange zinnen en lastige termen zoals 'ingevolge' en"
         " 'onderhavig'."],
    act=["In {kwartaal} herschrijven we de twintig meest verstuurde brieven in begrijpelijke"
         " taal.",
         "Elk team kan een schrijfcoach inschakelen voor hulp bij lastige teksten.",
         "In {maand} organiseren we een schrijftraining B1-taalniveau voor juristen en"
         " consulenten."],
    res=["Na het herschrijven kwamen er {pct_small} procent minder telefoontjes over de brief"
         " binnen bij het KCC.",
         "Inwoners gaven de nieuwe brieven een {cijfer} voor duidelijkheid."],
    pas=["We schrijven de teksten op B1-taalniveau.",
         "De tekst is herschreven in begrijpelijke taal."])

TOPICS_NL["webredactie"] = dict(
    subj=["de nieuwe website van Rijnvliet", "het redactiestatuut voor intranet",
          "webredactie en het zoekgedrag van inwoners"],
    ctx=["De webredactie beheert de websites van Aldenburg en Veenoord en het intranet.",
         "Per maand bezoeken ruim {n_big} mensen de website van {gemeente}.",
         "Vakafdelingen leveren teksten aan, de webredactie zorgt voor eindredactie en"
         " publicatie."],
    iss=["Een deel van de pagina's op de website is verouderd en bevat tegenstrijdige"
         " informatie.",
         "Inwoners zoeken met andere termen dan wij gebruiken, waardoor ze pagina's niet"
         " vinden."],
    act=["We analyseren de zoektermen op de website en passen paginatitels daarop aan.",
         "Elke pagina krijgt een eigenaar en een datum waarop de tekst opnieuw wordt"
         " gecontroleerd.",
         "De webredactie schuift elke twee weken aan bij het overleg van het KCC."],
    res=["Na de opschoonactie telt de website {n_mid} pagina's minder.",
         "De zoekfunctie vindt nu bij {pct_high} procent van de zoekopdrachten een passend"
         " resultaat."],
    pas=["De informatie staat op de website.",
         "De webredactie plaatst het bericht op de website."])

TOPICS_NL["sociale media"] = dict(
    subj=["de inzet van sociale media bij wegwerkzaamheden", "webcare op sociale media",
          "de strategie voor sociale media"],
    ctx=["Onze accounts op sociale media hebben samen ruim {n_big} volgers.",
         "Op sociale media reageren we op werkdagen binnen vier uur op vragen.",
         "Berichten over afval, evenementen en wegwerkzaamheden worden het vaakst gedeeld."],
    iss=["Vragen via sociale media gaan soms over persoonlijke situaties die we daar niet kunnen"
         " bespreken.",
         "Buiten kantoortijd houdt niemand de sociale media in de gaten."],
    act=["Persoonlijke vragen op sociale media verwijzen we door naar het KCC.",
         "Per kwartaal maken we een contentkalender voor sociale media."],
    res=["Het bereik van onze berichten op sociale media verdubbelde in {vorige_maand}."],
    pas=["We delen het nieuws ook via sociale media."])

TOPICS_NL["crisiscommunicatie"] = dict(
    subj=["crisiscommunicatie bij de stroomstoring in {wijk}", "de evaluatie"
          " crisiscommunicatie na de brand in {wijk}", "het draaiboek crisiscommunicatie"],
    ctx=["Bij een crisis werken we samen met de Veiligheidsregio en volgen we het regionale"
         " draaiboek crisiscommunicatie.",
         "Op {datum} brak in {wijk} een grote brand uit in een bedrijfspand.",
         "Tijdens een crisis is er altijd een communicatieadviseur met piketdienst"
         " beschikbaar."],
    iss=["De eerste berichten gingen pas na anderhalf uur de deur uit, omdat afstemming met de"
         " hulpdiensten tijd kostte.",
         "Op sociale media gingen al snel onjuiste berichten rond."],
    act=["In {maand} oefenen we met de Veiligheidsregio een scenario van een langdurige"
         " stroomstoring.",
         "We stellen standaardberichten op die we bij een crisis direct kunnen aanpassen en"
         " plaatsen."],
    res=["Omwonenden gaven aan dat ze zich goed geïnformeerd voelden.",
         "De evaluatie leverde {n_small} concrete verbeterpunten op voor de"
         " crisiscommunicatie."],
    pas=["Voor een eventueel incident ligt er een plan voor crisiscommunicatie klaar."])

TOPICS_NL["burgerparticipatie"] = dict(
    subj=["burgerparticipatie bij de herinrichting van {wijk}", "de participatieverordening",
          "burgerparticipatie bij het omgevingsplan", "het inwonerspanel Rijnvliet"],
    ctx=["Bij burgerparticipatie betrekken we inwoners al vroeg bij plannen die hen raken.",
         "Het inwonerspanel telt inmiddels {n_mid} leden uit beide gemeenten.",
         "De raad van {gemeente} heeft een participatieverordening vastgesteld met spelregels voor"
         " participatie."],
    iss=["Bij bijeenkomsten zien we vooral oudere, hoogopgeleide inwoners; jongeren en"
         " nieuwkomers ontbreken.",
         "Het is voor inwoners niet altijd duidelijk wat er met hun inbreng gebeurt."],
    act=["In {wijk} organiseren we een inloopavond op {datum_later} en een digitale enquête.",
         "Na elke participatieronde sturen we deelnemers een terugkoppeling.",
         "We gaan met een bakfiets de wijk in om ook inwoners te spreken die niet naar"
         " bijeenkomsten komen."],
    res=["Ruim {n_mid} inwoners deden mee aan de enquête over {wijk}.",
         "De opbrengst van de participatie is verwerkt in het definitieve ontwerp."],
    pas=["Inwoners worden betrokken via burgerparticipatie."])

TOPICS_NL["persvoorlichting"] = dict(
    subj=["de persvoorlichting rond de raadsvergadering", "persvoorlichting en perscontacten",
          "de mediatraining voor wethouders"],
    ctx=["De persvoorlichters zijn het eerste aanspreekpunt voor journalisten van onder meer het"
         " Rijnvliets Dagblad en RTV Rijnvliet.",
         "Per week krijgen we gemiddeld {n_small} persvragen.",
         "Persberichten stemmen we altijd af met de portefeuillehouder."],
    iss=["Journalisten bellen soms rechtstreeks met vakafdelingen in plaats van met de"
         " persvoorlichter.",
         "Door de snelheid van online nieuws is er weinig tijd voor afstemming."],
    act=["In {maand} organiseren we een mediatraining voor {wethouder}.",
         "Vakafdelingen melden gevoelige onderwerpen vooraf bij de persvoorlichting."],
    res=["Het aantal persberichten dat door regionale media werd overgenomen, steeg naar"
         " {pct_high} procent."],
    pas=["De persvoorlichter is op de hoogte."])

# --------------------------------------------------------------- sociaal domein
TOPICS_NL["Wmo"] = dict(
    subj=["de herindicaties huishoudelijke ondersteuning in de Wmo", "de"
          " Wmo-cliëntervaringsmeting {jaar}", "wachttijden bij de Wmo-toegang", "het"
          " Wmo-beleidsplan {volgend_jaar}", "de eigen bijdrage in de Wmo", "Wmo-hulpmiddelen en"
          " woningaanpassingen", "de inkoop van Wmo-begeleiding", "het keukentafelgesprek in de"
          " Wmo", "de Wmo-verordening"],
    head=["Wmo-toegang werkt wachtlijst weg", "uitkomsten Wmo-cliëntervaringsonderzoek",
          "nieuwe werkwijze voor Wmo-meldingen"],
    ctx=["Via de Wet maatschappelijke ondersteuning (Wmo) helpen we inwoners die niet op eigen"
         " kracht zelfstandig thuis kunnen blijven.",
         "In {gemeente} ontvangen ongeveer {n_big} inwoners een of meer Wmo-voorzieningen, zoals"
         " huishoudelijke ondersteuning of begeleiding.",
         "Het aantal Wmo-meldingen is het afgelopen jaar met {pct_small} procent gestegen, vooral"
         " door de vergrijzing.",
         "Na een Wmo-melding volgt binnen zes weken een onderzoek, meestal in de vorm van een"
         " keukentafelgesprek.",
         "De Wmo-consulenten werken vanuit de wijkteams en kennen de sociale kaart van hun wijk"
         " goed.",
         "Sinds de invoering van het abonnementstarief betalen de meeste cliënten een vaste eigen"
         " bijdrage voor de Wmo."],
    iss=["De wachttijd voor een Wmo-onderzoek liep in {vorige_maand} op tot {weken_lang} weken,"
         " ruim boven de wettelijke termijn.",
         "Door het abonnementstarief vragen ook inwoners met een hoger inkomen vaker"
         " Wmo-ondersteuning aan.",
         "Aanbieders van Wmo-begeleiding hebben moeite om voldoende personeel te vinden.",
         "Wmo-beschikkingen zijn voor veel cliënten moeilijk te begrijpen.",
         "De kosten van de Wmo stijgen harder dan de bijdrage die we van het Rijk ontvangen."],
    act=["We zetten tijdelijk twee extra consulenten in om de wachtlijst voor Wmo-onderzoeken weg"
         " te werken.",
         "Eenvoudige Wmo-aanvragen, zoals een scootmobiel, handelen we voortaan af zonder"
         " huisbezoek.",
         "Samen met de aanbieders maken we afspraken over de inzet van huishoudelijke"
         " ondersteuning in de Wmo.",
         "We herschrijven de Wmo-beschikkingen in begrijpelijke taal.",
         "In {kwartaal} evalueren we het Wmo-beleid met de adviesraad sociaal domein."],
    res=["De wachtlijst voor Wmo-onderzoeken is teruggebracht tot {n} inwoners.",
         "In het cliëntervaringsonderzoek gaven Wmo-cliënten de ondersteuning gemiddeld een"
         " {cijfer}.",
         "De gemiddelde doorlooptijd van een Wmo-aanvraag is gedaald naar {n} dagen."],
    pas=["Voor inwoners met een Wmo-voorziening verandert er niets.",
         "Ook de Wmo-consulenten zijn hierover geïnformeerd."],
    steps=["Registreer de Wmo-melding binnen één werkdag in het regiesysteem.",
           "Plan binnen twee weken een keukentafelgesprek met de inwoner en eventueel de"
           " mantelzorger.",
           "Leg de uitkomst van het onderzoek vast in het gespreksverslag en stuur dit naar de"
           " inwoner.",
           "Stel de Wmo-beschikking op en controleer of de eigen bijdrage juist is doorgegeven aan"
           " het CAK."])

TOPICS_NL["Jeugdwet"] = dict(
    subj=["de uitvoering van de Jeugdwet", "de toegang tot jeugdhulp volgens de Jeugdwet",
          "de regionale inkoop onder de Jeugdwet"],
    ctx=["Sinds de Jeugdwet zijn gemeenten verantwoordelijk voor vrijwel alle hulp aan kinderen en"
         " jongeren tot 18 jaar.",
         "De Jeugdwet geeft ook huisartsen en jeugdartsen de mogelijkheid om door te verwijzen.",
         "Een groot deel van de verwijzingen onder de Jeugdwet komt via de huisarts."],
    iss=["De uitgaven onder de Jeugdwet stijgen al jaren sneller dan de middelen die we van het"
         " Rijk ontvangen.",
         "Huisartsen verwijzen soms door naar specialistische hulp, terwijl lichtere hulp via het"
         " wijkteam ook kan."],
    act=["We maken afspraken met huisartsen over een praktijkondersteuner jeugd in elke"
         " huisartsenpraktijk.",
         "We passen de verordening jeugdhulp aan op de landelijke Hervormingsagenda Jeugd."],
    res=["In praktijken met een praktijkondersteuner jeugd daalde het aantal verwijzingen naar"
         " specialistische hulp."],
    pas=["Voor jongeren geldt de Jeugdwet."])

TOPICS_NL["jeugdhulp"] = dict(
    subj=["wachttijden in de jeugdhulp", "jeugdhulp dichtbij in de wijk", "de overgang van"
          " jeugdhulp naar volwassenenzorg bij 18 jaar", "jeugdhulp op school"],
    head=["jeugdhulp op school in {wijk} gestart"],
    ctx=["In {gemeente} ontvangen ongeveer {n_mid} kinderen en jongeren jeugdhulp.",
         "Jeugdhulp varieert van een paar gesprekken met een jeugdconsulent tot een verblijf in"
         " een instelling.",
         "Op {n_small} basisscholen is een jeugdconsulent vast aanwezig."],
    iss=["Voor specialistische jeugdhulp zijn de wachttijden opgelopen tot meer dan een half"
         " jaar.",
         "Jongeren die 18 worden, vallen soms tussen wal en schip omdat hun jeugdhulp stopt."],
    act=["In {wijk} starten we een pilot met jeugdhulp op school.",
         "Voor jongeren van 17 jaar plannen we standaard een gesprek over de overgang naar 18.",
         "Jeugdconsulenten overleggen maandelijks met de intern begeleiders van de scholen."],
    res=["Door jeugdhulp op school worden problemen eerder gesignaleerd.",
         "Het aantal jongeren dat na hun 18e zonder ondersteuning zit, is gedaald."],
    pas=["Ook gezinnen met jeugdhulp hebben hier baat bij."])

TOPICS_NL["Participatiewet"] = dict(
    subj=["de Participatiewet en beschut werk", "de uitvoering van de Participatiewet",
          "loonkostensubsidie onder de Participatiewet"],
    ctx=["De Participatiewet moet ervoor zorgen dat zoveel mogelijk mensen met een afstand tot de"
         " arbeidsmarkt aan het werk komen.",
         "Onder de Participatiewet begeleiden we ongeveer {n_mid} inwoners naar werk.",
         "Met werkgevers uit de regio werken we samen in het Werkgeversservicepunt."],
    iss=["De regels van de Participatiewet zijn streng en laten weinig ruimte voor maatwerk.",
         "Werkgevers vinden de administratie rond loonkostensubsidie ingewikkeld."],
    act=["We doen mee aan de landelijke proef om de Participatiewet menselijker uit te voeren.",
         "Consulenten krijgen meer ruimte om af te wijken als de situatie daarom vraagt."],
    res=["Het afgelopen jaar vonden {n} inwoners met loonkostensubsidie een baan."],
    pas=["Dit geldt ook voor inwoners met een uitkering op grond van de Participatiewet."])

TOPICS_NL["bijstand"] = dict(
    subj=["de aanvraag van bijstand", "bijstand voor jongeren onder de 27",
          "de herbeoordeling van bijstandsuitkeringen"],
    ctx=["In Aldenburg en Veenoord ontvangen samen ongeveer {n_big} huishoudens een"
         " bijstandsuitkering.",
         "Bij een aanvraag voor bijstand beoordelen we het inkomen, het vermogen en de"
         " leefsituatie.",
         "Jongeren onder de 27 hebben een zoekperiode van vier weken voordat ze bijstand kunnen"
         " aanvragen."],
    iss=["Het duurt gemiddeld {n} dagen voordat een aanvraag voor bijstand is afgehandeld.",
         "Inwoners vinden het aanvraagformulier voor bijstand ingewikkeld en leveren vaak niet"
         " alle stukken aan."],
    act=["We versimpelen het aanvraagformulier voor bijstand en vullen bekende gegevens vooraf"
         " in.",
         "Bij de eerste aanvraag plannen we direct een gesprek met een consulent werk en"
         " inkomen."],
    res=["De doorlooptijd van bijstandsaanvragen daalde naar {n} dagen."],
    pas=["Voor inwoners in de bijstand geldt een aparte regeling."])

TOPICS_NL["wijkteams"] = dict(
    subj=["de wijkteams in Veenoord", "de samenwerking tussen wijkteams en huisartsen",
          "de werkwijze van de wijkteams", "het wijkteam {wijk}"],
    head=["wijkteam {wijk} verhuist naar het buurthuis"],
    ctx=["Er zijn {n_small} wijkteams in Aldenburg en Veenoord, elk met consulenten, een"
         " jeugdconsulent en een maatschappelijk werker.",
         "Het wijkteam is het eerste aanspreekpunt voor inwoners met vragen over zorg, opvoeding,"
         " werk en geld.",
         "Het wijkteam {wijk} houdt spreekuur in het buurthuis en op de basisschool."],
    iss=["De caseload van sommige wijkteams is zo hoog dat nieuwe aanmeldingen moeten wachten.",
         "Inwoners weten het wijkteam niet altijd te vinden."],
    act=["We verdelen de caseload opnieuw over de wijkteams op basis van het aantal inwoners per"
         " wijk.",
         "Het wijkteam {wijk} start een wekelijks inloopspreekuur in het buurthuis.",
         "De wijkteams krijgen een vaste contactpersoon bij de huisartsen."],
    res=["Inwoners in {wijk} weten het wijkteam beter te vinden: het aantal aanmeldingen"
         " verdubbelde.",
         "Het wijkteam geeft aan dat de samenwerking met de huisartsen soepeler loopt."],
    pas=["Het wijkteam is hierbij betrokken.", "Inwoners kunnen ook terecht bij het wijkteam."])

TOPICS_NL["mantelzorg"] = dict(
    subj=["de mantelzorgwaardering {jaar}", "ondersteuning van jonge mantelzorgers",
          "respijtzorg voor mantelzorgers", "de Dag van de Mantelzorg"],
    head=["mantelzorgwaardering weer aan te vragen", "Dag van de Mantelzorg in {wijk}"],
    ctx=["In Aldenburg en Veenoord zorgen naar schatting {n_big} inwoners voor een naaste; zij"
         " zijn mantelzorgers.",
         "Elk jaar kunnen mantelzorgers de mantelzorgwaardering aanvragen, een cadeaubon van"
         " € 50.",
         "Het Steunpunt Mantelzorg biedt advies, lotgenotencontact en cursussen."],
    iss=["Veel mantelzorgers zien zichzelf niet als mantelzorger en vragen daardoor geen"
         " ondersteuning.",
         "Jonge mantelzorgers, vaak scholieren, zijn moeilijk te bereiken.",
         "Mantelzorgers geven aan dat respijtzorg lastig te regelen is."],
    act=["Op de Dag van de Mantelzorg, {datum_later}, organiseren we een ontbijt in {wijk}.",
         "We werken samen met scholen om jonge mantelzorgers eerder te herkennen.",
         "Respijtzorg aanvragen wordt eenvoudiger via één contactpersoon bij het Steunpunt"
         " Mantelzorg.",
         "Mantelzorgers die overbelast raken, kunnen via het wijkteam ondersteuning krijgen,"
         " bijvoorbeeld vanuit de Wmo."],
    res=["De mantelzorgwaardering werd dit jaar door {n_big} mantelzorgers aangevraagd.",
         "Jonge mantelzorgers gaven aan dat de lotgenotengroep hen echt helpt."],
    pas=["Ook mantelzorgers worden hierbij betrokken.",
         "We denken daarbij ook aan mantelzorgers."])

TOPICS_NL["inburgering"] = dict(
    subj=["de uitvoering van de Wet inburgering", "taaltrajecten voor statushouders",
          "de brede intake inburgering", "de begeleiding van statushouders"],
    ctx=["[>=2022-01-01] Sinds de nieuwe Wet inburgering in 2022 zijn gemeenten weer"
         " verantwoordelijk voor de begeleiding van inburgeraars.",
         "Dit jaar verwelkomden we {n} statushouders in Aldenburg en Veenoord.",
         "Elke inburgeraar krijgt een persoonlijk plan inburgering en participatie (PIP)."],
    iss=["De wachttijd voor een taalcursus op het juiste niveau is opgelopen.",
         "Statushouders met een baan kunnen overdag geen taalles volgen."],
    act=["We kopen avondlessen Nederlands in voor werkende inburgeraars.",
         "Klantmanagers inburgering voeren de brede intake samen met een tolk.",
         "Elke nieuwe statushouder krijgt een maatje van Vluchtelingenwerk."],
    res=["Van de inburgeraars die in {jaar} startten, volgt {pct_high} procent een taaltraject op"
         " niveau.",
         "Het aantal statushouders met betaald werk nam toe."],
    pas=["Ook voor statushouders in de inburgering is dit belangrijk."])

TOPICS_NL["schuldhulpverlening"] = dict(
    subj=["schuldhulpverlening en vroegsignalering", "de wachttijd bij schuldhulpverlening",
          "het beleidsplan schuldhulpverlening {volgend_jaar}", "schuldhulpverlening voor"
          " jongeren", "samenwerking met de Kredietbank bij schuldhulpverlening",
          "schuldhulpverlening voor ondernemers", "de evaluatie van de schuldhulpverlening"],
    head=["vroegsignalering: schuldhulpverlening bereikt meer inwoners", "schuldhulpverlening"
          " opent spreekuur in de bibliotheek", "week van de geldzorgen: schuldhulpverlening in"
          " gesprek"],
    ctx=["Via vroegsignalering ontvangen we signalen van woningcorporaties, energieleveranciers en"
         " zorgverzekeraars als een inwoner een betalingsachterstand heeft.",
         "Schuldhulpverlening is een wettelijke taak van de gemeente op grond van de Wet"
         " gemeentelijke schuldhulpverlening.",
         "In {jaar} meldden zich {n_mid} huishoudens bij schuldhulpverlening, {pct_small} procent"
         " meer dan het jaar ervoor.",
         "Binnen drie werkdagen na een aanmelding voor schuldhulpverlening volgt een eerste"
         " gesprek, bij dreigende huisuitzetting nog sneller.",
         "De gemiddelde schuld van inwoners die zich aanmelden bij schuldhulpverlening is ruim"
         " € {duizend}."],
    iss=["Veel inwoners melden zich pas bij schuldhulpverlening als de schulden al jaren"
         " oplopen.",
         "Door de gestegen energieprijzen kloppen ook werkende huishoudens vaker aan bij"
         " schuldhulpverlening.",
         "De wachttijd voor een schuldregeling bij de Kredietbank is opgelopen tot {n_small}"
         " maanden.",
         "Niet alle signalen uit de vroegsignalering kunnen we binnen de afgesproken termijn"
         " opvolgen."],
    act=["Vanaf {datum_later} houdt een consulent schuldhulpverlening wekelijks spreekuur in de"
         " bibliotheek.",
         "Bij elk signaal uit de vroegsignalering gaan we binnen vijf werkdagen op huisbezoek.",
         "Met de woningcorporaties sluiten we een convenant over het voorkomen van"
         " huisuitzettingen door schulden.",
         "Jongeren met schulden krijgen een vaste consulent schuldhulpverlening en een"
         " saneringskrediet via de Kredietbank.",
         "We trainen de consulenten van de wijkteams in het herkennen van geldzorgen en het"
         " doorverwijzen naar schuldhulpverlening."],
    res=["Dankzij de vroegsignalering bereikten we {n_mid} huishoudens voordat hun schulden"
         " problematisch werden.",
         "Het aantal huisuitzettingen vanwege huurschulden daalde naar {n_small}.",
         "Van de trajecten schuldhulpverlening werd {pct_high} procent afgesloten met een"
         " schuldregeling of een stabiele situatie."],
    pas=["Inwoners met geldzorgen verwijzen we door naar schuldhulpverlening.",
         "Bij betalingsachterstanden is er contact met schuldhulpverlening."],
    steps=["Registreer de aanmelding voor schuldhulpverlening en plan binnen drie werkdagen een"
           " eerste gesprek.",
           "Breng samen met de inwoner alle schulden en schuldeisers in kaart.",
           "Controleer of er een huisuitzetting of afsluiting van energie dreigt.",
           "Leg het plan van aanpak vast en stuur de beschikking schuldhulpverlening binnen acht"
           " weken."])

# --------------------------------------------------------------- fysiek domein
TOPICS_NL["Omgevingswet"] = dict(
    subj=["de Omgevingswet in de praktijk", "werken met de Omgevingswet bij vergunningen",
          "de implementatie van de Omgevingswet", "de Omgevingswet en het tijdelijke"
          " omgevingsplan", "participatie onder de Omgevingswet", "de Omgevingswet en de"
          " adviseurs", "het omgevingsteam onder de Omgevingswet"],
    head=["Omgevingswet: de eerste honderd dagen", "Omgevingswet-spreekuur voor"
          " initiatiefnemers", "Omgevingswet: training voor vergunningverleners"],
    ctx=["[>=2024-01-01] Sinds 1 januari 2024 is de Omgevingswet van kracht: één wet en één loket"
         " in plaats van tientallen oude regelingen.",
         "[<2024-01-01] Op 1 januari 2024 treedt de Omgevingswet in werking; tot die tijd bereiden"
         " we de organisatie stap voor stap voor.",
         "De Omgevingswet vraagt een andere houding: eerst meedenken met de initiatiefnemer, dan"
         " pas toetsen.",
         "Onder de Omgevingswet is de standaard beslistermijn voor de meeste vergunningen acht"
         " weken.",
         "Het omgevingsplan is onder de Omgevingswet het belangrijkste instrument voor de regels"
         " over de fysieke leefomgeving.",
         "Bij de Omgevingswet hoort een digitaal stelsel, waarin initiatiefnemers vergunningen"
         " aanvragen via het Omgevingsloket."],
    iss=["Onder de Omgevingswet is nog niet altijd duidelijk welke regels uit het tijdelijke deel"
         " van het omgevingsplan gelden.",
         "Initiatiefnemers zijn onder de Omgevingswet zelf verantwoordelijk voor participatie,"
         " maar weten vaak niet wat er van hen verwacht wordt.",
         "De korte beslistermijn onder de Omgevingswet zet de samenwerking met de adviseurs onder"
         " druk.",
         "Collega's missen nog kennis van de nieuwe begrippen uit de Omgevingswet."],
    act=["Elke twee weken is er een Omgevingswet-spreekuur waar initiatiefnemers vooraf met ons"
         " kunnen sparren.",
         "Alle vergunningverleners volgen in {maand} een verdiepingstraining Omgevingswet.",
         "We stellen een handreiking participatie onder de Omgevingswet op voor"
         " initiatiefnemers.",
         "Het omgevingsteam bespreekt complexe aanvragen onder de Omgevingswet wekelijks aan één"
         " tafel, met vergunningverleners, juristen en adviseurs.",
         "De doorlooptijden onder de Omgevingswet volgen we maandelijks in een dashboard."],
    res=["Van de aanvragen onder de Omgevingswet is {pct_high} procent binnen de wettelijke"
         " termijn afgehandeld.",
         "Initiatiefnemers waarderen het vooroverleg onder de Omgevingswet met een {cijfer}.",
         "De voorbereiding op de Omgevingswet ligt op schema."],
    pas=["Dit moet passen binnen de Omgevingswet.", "Ook de Omgevingswet speelt hierbij een"
         " rol."],
    steps=["Controleer in het Omgevingsloket welke activiteiten de initiatiefnemer heeft"
           " aangevraagd.",
           "Bepaal onder de Omgevingswet of de reguliere of de uitgebreide procedure geldt.",
           "Vraag binnen een week advies aan bij de betrokken adviseurs.",
           "Toets de aanvraag aan de regels van het omgevingsplan en leg de beoordeling vast."])

TOPICS_NL["omgevingsplan"] = dict(
    subj=["het omgevingsplan voor het buitengebied", "regels voor zonneparken in het"
          " omgevingsplan", "het omgevingsplan voor {wijk}", "de bruidsschat in het"
          " omgevingsplan"],
    ctx=["Het omgevingsplan bevat alle gemeentelijke regels voor de fysieke leefomgeving, van"
         " bouwhoogtes tot geluid.",
         "Het tijdelijke omgevingsplan bestaat nog grotendeels uit de oude bestemmingsplannen en"
         " de bruidsschat.",
         "Voor {wijk} stellen we een nieuw deel van het omgevingsplan op."],
    iss=["Het omzetten van {n} oude bestemmingsplannen naar één omgevingsplan is een omvangrijke"
         " klus.",
         "Regels uit verschillende plannen spreken elkaar soms tegen."],
    act=["We werken het omgevingsplan uit in thema's, te beginnen met wonen en bedrijvigheid.",
         "In {maand} kunnen inwoners reageren op het voorontwerp van het omgevingsplan voor"
         " {wijk}."],
    res=["Het eerste thematische deel van het omgevingsplan is door de raad vastgesteld."],
    pas=["De regels staan in het omgevingsplan."])

TOPICS_NL["vergunningverlening"] = dict(
    subj=["doorlooptijden bij vergunningverlening", "vergunningverlening voor evenementen",
          "de intake bij vergunningverlening", "vergunningverlening voor dakkapellen en"
          " aanbouwen"],
    head=["recordaantal evenementenvergunningen verleend"],
    ctx=["Team Vergunningen behandelde in {jaar} ruim {n_mid} aanvragen voor een"
         " omgevingsvergunning.",
         "Voor evenementen met meer dan 500 bezoekers is een evenementenvergunning nodig.",
         "Bij vergunningverlening werken we samen met de Omgevingsdienst voor de"
         " milieuaspecten."],
    iss=["Ongeveer een derde van de aanvragen is bij binnenkomst onvolledig.",
         "In het voorjaar komen veel aanvragen tegelijk binnen, vooral voor dakkapellen en"
         " aanbouwen."],
    act=["We bellen de aanvrager binnen drie werkdagen na ontvangst om de aanvraag door te"
         " nemen.",
         "Eenvoudige aanvragen, zoals een dakkapel aan de achterkant, handelen we af via een"
         " snelle route.",
         "Voor organisatoren van evenementen organiseren we in {maand} een informatieavond."],
    res=["De gemiddelde doorlooptijd bij vergunningverlening daalde naar {n} dagen.",
         "Het aantal onvolledige aanvragen halveerde na de invoering van het belrondje."],
    pas=["Dit kan gevolgen hebben voor de vergunningverlening."],
    steps=["Controleer de aanvraag binnen vijf werkdagen op volledigheid.",
           "Bel de aanvrager als er stukken ontbreken en leg het gesprek vast in de zaak.",
           "Stuur de aanvraag voor advies naar de welstandscommissie en de Omgevingsdienst.",
           "Stel het besluit op en laat het door een collega controleren (vier-ogenprincipe)."])

TOPICS_NL["VTH"] = dict(
    subj=["het VTH-uitvoeringsprogramma {jaar}", "de kwaliteitscriteria VTH",
          "samenwerking in de VTH-keten"],
    ctx=["Het VTH-uitvoeringsprogramma beschrijft welke vergunningverlening, toezicht en"
         " handhaving we dit jaar uitvoeren.",
         "Voor VTH gelden landelijke kwaliteitscriteria voor kennis, ervaring en capaciteit.",
         "In de VTH-keten werken we samen met de Omgevingsdienst, de Veiligheidsregio en de"
         " politie."],
    iss=["We voldoen nog niet voor alle taken aan de kwaliteitscriteria VTH, vooral bij"
         " bouwfysica en brandveiligheid.",
         "De capaciteit voor toezicht is kleiner dan het VTH-programma vraagt."],
    act=["Met buurgemeenten maken we afspraken over het delen van specialisten.",
         "Het VTH-jaarverslag bespreken we in {maand} met het college."],
    res=["Het VTH-uitvoeringsprogramma is voor {pct_high} procent gerealiseerd."],
    pas=["Dit is onderdeel van het VTH-programma."])

TOPICS_NL["bestemmingsplan"] = dict(
    subj=["het bestemmingsplan voor het bedrijventerrein in {wijk}", "afwijken van het"
          " bestemmingsplan", "oude bestemmingsplannen en het omgevingsplan"],
    ctx=["Het bestemmingsplan voor {wijk} dateert nog uit de jaren negentig.",
         "Een bestemmingsplan legt vast welke functies op een locatie zijn toegestaan.",
         "Voor de nieuwbouwlocatie aan de {straat} is een nieuw bestemmingsplan nodig."],
    iss=["Het geldende bestemmingsplan laat de geplande woningbouw niet toe.",
         "Bezwaren tegen het ontwerpbestemmingsplan kunnen de planning met maanden vertragen."],
    act=["We leggen het ontwerpbestemmingsplan zes weken ter inzage en organiseren een"
         " inloopavond.",
         "De zienswijzen verwerken we in een nota van beantwoording."],
    res=["De raad stelde het bestemmingsplan in {vorige_maand} vast.",
         "Er kwamen {n_small} zienswijzen binnen, waarvan er twee tot een aanpassing leidden."],
    pas=["Het bestemmingsplan staat dit toe."])

TOPICS_NL["DSO"] = dict(
    subj=["de aansluiting op het DSO", "toepasbare regels in het DSO",
          "de koppeling tussen het DSO en ons zaaksysteem"],
    ctx=["Via het DSO komen de aanvragen en meldingen binnen die initiatiefnemers in het"
         " Omgevingsloket indienen.",
         "In het DSO publiceren we ook de toepasbare regels, zodat initiatiefnemers zelf een"
         " vergunningcheck kunnen doen.",
         "De koppeling tussen het DSO en ZaakRijn zorgt dat aanvragen automatisch als zaak"
         " binnenkomen."],
    iss=["Bij een storing in het DSO komen aanvragen niet door en moeten we ze handmatig"
         " ophalen.",
         "De vergunningcheck in het DSO geeft nog niet altijd de juiste uitkomst."],
    act=["We testen de toepasbare regels voor dakkapellen en erfafscheidingen opnieuw.",
         "Functioneel beheer controleert elke ochtend of de koppeling met het DSO goed werkt."],
    res=["Sinds de aanpassing komen alle aanvragen uit het DSO foutloos binnen."],
    pas=["De aanvraag komt binnen via het DSO."])

TOPICS_NL["energietransitie"] = dict(
    subj=["de warmtevisie voor {wijk}", "de energietransitie in Veenoord", "zonnepanelen op"
          " gemeentelijk vastgoed", "het energieloket en de energiecoaches", "de regionale"
          " energiestrategie"],
    head=["energiecoaches bezoeken {n_mid} huishoudens", "zonnepanelen op het Stadskantoor"],
    ctx=["In de Transitievisie Warmte staat per wijk hoe we de komende jaren van het aardgas af"
         " gaan.",
         "De regionale energiestrategie verdeelt de opwek van duurzame energie over de gemeenten"
         " in de regio.",
         "Energiecoaches geven inwoners gratis advies over isoleren en energie besparen."],
    iss=["Voor veel huishoudens in {wijk} is isoleren te duur.",
         "Het stroomnet in het buitengebied zit vol, waardoor nieuwe zonneparken niet kunnen"
         " aansluiten."],
    act=["In {wijk} starten we een wijkaanpak met collectieve inkoop van isolatie.",
         "Op het dak van het Stadskantoor plaatsen we {n_mid} zonnepanelen.",
         "Samen met de netbeheerder maken we een kaart van de netcapaciteit per kern."],
    res=["Via de wijkaanpak isoleerden {n_mid} huishoudens hun huis.",
         "De zonnepanelen op het Stadskantoor leveren ongeveer een kwart van het"
         " stroomverbruik."],
    pas=["Dit draagt bij aan de energietransitie."])

TOPICS_NL["geo-informatie"] = dict(
    subj=["de nieuwe GIS-viewer", "geo-informatie voor de wijkteams", "de actualisatie van de"
          " BGT"],
    ctx=["Met geo-informatie maken we zichtbaar waar dingen gebeuren, van lantaarnpalen tot"
         " meldingen over zwerfafval.",
         "De interne GIS-viewer wordt dagelijks door ongeveer {n_mid} collega's gebruikt.",
         "Geo-informatie komt uit de basisregistraties, zoals de BGT en de BAG."],
    iss=["Sommige kaartlagen zijn verouderd, omdat niemand verantwoordelijk is voor het"
         " bijhouden.",
         "Collega's weten niet welke kaartlagen er allemaal beschikbaar zijn."],
    act=["Voor elke kaartlaag maken we een eigenaar verantwoordelijk.",
         "De GIS-specialisten geven in {maand} workshops over de nieuwe viewer."],
    res=["De nieuwe viewer laadt kaarten veel sneller.",
         "Het aantal gebruikers van geo-informatie is in een jaar verdubbeld."],
    pas=["De locaties zijn in kaart gebracht met geo-informatie."])

TOPICS_NL["BAG"] = dict(
    subj=["de kwaliteit van de BAG", "BAG-mutaties na oplevering van nieuwbouw", "de BAG-audit"],
    ctx=["In de BAG staan alle adressen en gebouwen van de gemeente, met onder meer bouwjaar en"
         " oppervlakte.",
         "Per maand verwerken we gemiddeld {n} mutaties in de BAG.",
         "Andere organisaties, zoals de Belastingdienst en de hulpdiensten, gebruiken de"
         " BAG-gegevens."],
    iss=["Na oplevering van nieuwbouw duurt het soms lang voordat de BAG is bijgewerkt.",
         "De oppervlakte van oudere panden in de BAG klopt niet altijd."],
    act=["Met team Vergunningen spreken we af dat gereedmeldingen direct worden doorgegeven.",
         "We controleren steekproefsgewijs de oppervlaktes in de BAG met de bouwtekeningen."],
    res=["De BAG-kwaliteitsmonitor laat een score van {pct_high} procent zien."],
    pas=["De adressen zijn gecontroleerd in de BAG."])

TOPICS_NL["woningbouw"] = dict(
    subj=["de woningbouwprogrammering tot {volgend_jaar}", "het versnellen van de woningbouw",
          "betaalbare woningbouw in {wijk}"],
    ctx=["De ambitie is om tot 2030 in Aldenburg en Veenoord samen {n_big} woningen te bouwen.",
         "Een derde van de nieuwe woningen moet betaalbaar zijn voor mensen met een"
         " middeninkomen.",
         "Op de nieuwbouwlocatie in {wijk} zijn de eerste {n_mid} woningen opgeleverd."],
    iss=["Door stijgende bouwkosten en de stikstofregels lopen projecten vertraging op.",
         "Er zijn te weinig locaties waar op korte termijn gebouwd kan worden."],
    act=["We zetten een versnellingsteam woningbouw op met vaste contactpersonen voor"
         " ontwikkelaars.",
         "Samen met de woningcorporatie bouwen we in {wijk} flexwoningen voor starters en"
         " spoedzoekers."],
    res=["In {jaar} zijn er {n_mid} woningen opgeleverd, meer dan in de vijf jaren daarvoor."],
    pas=["Dit is van belang voor de woningbouw."])

# --------------------------------------------------------------- financiën
TOPICS_NL["begroting"] = dict(
    subj=["de programmabegroting {volgend_jaar}", "de kadernota en de begroting {volgend_jaar}",
          "de tweede begrotingswijziging {jaar}", "het begrotingsproces", "de meerjarenraming"
          " bij de begroting {volgend_jaar}", "de begroting van de werkorganisatie",
          "de spelregels voor de begroting"],
    head=["begroting {volgend_jaar}: planning en spelregels", "zo komt de begroting tot stand"],
    ctx=["De begroting {volgend_jaar} van de werkorganisatie wordt in het najaar voorgelegd aan de"
         " raden van Aldenburg en Veenoord.",
         "In de begroting vertalen we de ambities van het college naar concrete bedragen per"
         " programma.",
         "De begroting van Rijnvliet wordt naar rato van het aantal inwoners verdeeld over beide"
         " gemeenten.",
         "Bij elke begroting hoort een meerjarenraming, waarin we de gevolgen voor de komende"
         " vier jaar laten zien.",
         "De begrotingscyclus start met de kadernota in het voorjaar en eindigt met de"
         " vaststelling van de begroting in november."],
    iss=["[<2026-01-01] Door de onzekerheid over de gemeentefondsuitkering vanaf 2026 is de"
         " meerjarige begroting nog niet structureel sluitend.",
         "De stijgende kosten in het sociaal domein leggen een groot beslag op de begroting.",
         "Budgethouders leveren hun input voor de begroting niet altijd op tijd aan.",
         "De loon- en prijsstijgingen zijn hoger dan waarmee in de begroting was gerekend."],
    act=["Op {datum_later} organiseren we voor raadsleden een informatieavond over de"
         " begroting.",
         "Alle budgethouders krijgen een begrotingsformat met vaste uitgangspunten voor loon- en"
         " prijsindexatie.",
         "In de begroting nemen we een stelpost op voor de risico's in het sociaal domein.",
         "We maken de begroting digitaal beschikbaar, zodat inwoners en raadsleden kunnen"
         " doorklikken naar de programma's.",
         "Samen met de griffies stellen we een planning op voor de behandeling van de begroting"
         " in beide raden."],
    res=["De begroting sluit met een klein positief saldo van € {euro}.",
         "De raden van Aldenburg en Veenoord hebben de begroting ongewijzigd vastgesteld.",
         "De provincie heeft de begroting beoordeeld: Rijnvliet blijft onder repressief"
         " toezicht."],
    pas=["De kosten worden meegenomen in de begroting.",
         "Dit komt terug in de volgende begroting."])

TOPICS_NL["jaarrekening"] = dict(
    subj=["de jaarrekening {vorig_jaar}", "de planning van de jaarrekening", "de"
          " accountantscontrole op de jaarrekening"],
    ctx=["In de jaarrekening leggen we verantwoording af over wat we in het afgelopen jaar hebben"
         " gedaan en uitgegeven.",
         "De accountant controleert de jaarrekening en geeft een oordeel over de getrouwheid.",
         "De jaarrekening {vorig_jaar} sluit met een positief resultaat van € {euro}."],
    iss=["Niet alle afdelingen leveren de verantwoordingsinformatie op tijd aan.",
         "De accountant vond bij de vorige jaarrekening fouten in de verantwoording van de"
         " subsidies."],
    act=["De tussentijdse controle van de accountant plannen we in {maand}.",
         "Elke afdeling levert uiterlijk {datum_later} de toelichting op de afwijkingen aan."],
    res=["De accountant gaf een goedkeurende verklaring bij de jaarrekening.",
         "De jaarrekening is binnen de termijn naar de provincie gestuurd."],
    pas=["Dit verwerken we in de jaarrekening."])

TOPICS_NL["subsidies"] = dict(
    subj=["het subsidieplafond voor culturele activiteiten", "de vernieuwde subsidieregeling",
          "subsidies voor buurtinitiatieven", "de verantwoording van subsidies"],
    ctx=["Jaarlijks verstrekken we ongeveer {n_mid} subsidies aan verenigingen, stichtingen en"
         " buurtinitiatieven.",
         "Voor kleine subsidies tot € 5.000 geldt een eenvoudige verantwoording.",
         "Subsidies verlenen we op basis van de Algemene subsidieverordening."],
    iss=["Kleine verenigingen vinden het aanvraagproces voor subsidies ingewikkeld.",
         "De verantwoording van subsidies komt vaak laat binnen, waardoor de vaststelling"
         " vertraagt."],
    act=["In {maand} houden we een spreekuur voor verenigingen over het aanvragen van"
         " subsidies.",
         "Subsidies onder € 5.000 stellen we voortaan direct vast bij de verlening."],
    res=["Het aantal aanvragen voor subsidies steeg met {pct_small} procent."],
    pas=["Hiervoor is een subsidie beschikbaar."])

TOPICS_NL["inkoop"] = dict(
    subj=["het inkoopbeleid", "de inkoop van ICT-diensten", "maatschappelijk verantwoord"
          " inkopen", "het inkoopplan {jaar}"],
    ctx=["Jaarlijks kopen we voor ongeveer € {miljoen} miljoen in bij externe leveranciers.",
         "Het inkoopbeleid schrijft voor dat we bij opdrachten boven € 50.000 meerdere offertes"
         " opvragen.",
         "Bij inkoop letten we ook op duurzaamheid en social return."],
    iss=["Veel kleine inkopen gebeuren buiten het inkoopproces om.",
         "Inkoopcontracten lopen soms af zonder dat iemand het merkt."],
    act=["We maken een jaarlijks inkoopplan op basis van de behoeften van de afdelingen.",
         "Afdelingen melden inkopen boven € 10.000 vooraf bij de inkoopadviseur."],
    res=["Het aandeel inkopen via het centrale proces steeg naar {pct_high} procent."],
    pas=["De inkoopadviseur denkt mee."])

TOPICS_NL["aanbesteding"] = dict(
    subj=["de Europese aanbesteding voor het zaaksysteem", "de aanbesteding groenonderhoud",
          "de aanbesteding van het leerlingenvervoer"],
    ctx=["Voor opdrachten boven de Europese drempel zijn we verplicht een openbare aanbesteding"
         " te doen.",
         "De aanbesteding wordt gepubliceerd op TenderNed en staat zes weken open.",
         "Bij de aanbesteding gunnen we op basis van de beste prijs-kwaliteitverhouding."],
    iss=["De vorige aanbesteding leverde maar twee inschrijvingen op.",
         "Een afgewezen inschrijver heeft een kort geding aangekondigd."],
    act=["Vooraf organiseren we een marktconsultatie om te horen wat leveranciers kunnen"
         " bieden.",
         "Het programma van eisen stellen we op samen met de gebruikers."],
    res=["De aanbesteding is gegund aan de inschrijver met de hoogste kwaliteitsscore.",
         "Er kwamen {n_small} inschrijvingen binnen."],
    pas=["Dit nemen we mee in de aanbesteding."])

TOPICS_NL["WOZ"] = dict(
    subj=["de WOZ-beschikkingen {jaar}", "bezwaren tegen de WOZ-waarde", "de waardering van"
          " niet-woningen in de WOZ"],
    ctx=["Elk jaar stellen we voor alle onroerende zaken de WOZ-waarde vast.",
         "De WOZ-beschikkingen gaan eind februari samen met de aanslag gemeentelijke belastingen"
         " de deur uit.",
         "De gemiddelde WOZ-waarde van een woning in {gemeente} steeg dit jaar met {pct_small}"
         " procent."],
    iss=["Het aantal bezwaren tegen de WOZ-waarde nam toe, vooral door no-cure-no-pay-bureaus.",
         "De proceskosten bij bezwaren via no-cure-no-pay-bureaus lopen flink op."],
    act=["Inwoners die bezwaar maken, bellen we eerst op om hun vragen over de WOZ-waarde te"
         " bespreken.",
         "Bij elke WOZ-beschikking zetten we het taxatieverslag online."],
    res=["Door het bellen werd {pct_low} procent van de WOZ-bezwaren ingetrokken.",
         "De Waarderingskamer beoordeelde onze WOZ-uitvoering met vijf sterren."],
    pas=["Ook de WOZ-waarde speelt mee."])

TOPICS_NL["rechtmatigheid"] = dict(
    subj=["de rechtmatigheidsverantwoording", "de interne controle op rechtmatigheid",
          "de rechtmatigheid van inkopen"],
    ctx=["[>=2023-01-01] Vanaf het boekjaar 2023 legt het college zelf verantwoording af over de"
         " rechtmatigheid.",
         "De interne controle op rechtmatigheid gebeurt op basis van het controleplan.",
         "Bij rechtmatigheid gaat het om de vraag of we geld hebben uitgegeven volgens de"
         " regels."],
    iss=["Bij een aantal inkopen zijn de inkoopregels niet gevolgd, wat tot onrechtmatigheden"
         " leidt.",
         "De interne controle kost veel tijd, omdat gegevens handmatig worden verzameld."],
    act=["Een deel van de controles op rechtmatigheid automatiseren we met data-analyse.",
         "Bij afwijkingen informeren we direct de verantwoordelijke teamleider."],
    res=["De onrechtmatigheden bleven ruim onder de rapportagegrens."],
    pas=["Uiteraard toetsen we ook op rechtmatigheid."])

TOPICS_NL["treasury"] = dict(  # only the treasurer (planted single expert) writes about this
    subj=["het treasurystatuut", "de treasuryparagraaf", "de financieringsbehoefte en treasury",
          "renterisico's en treasury"],
    ctx=["In het treasurystatuut staan de regels voor het aantrekken en uitzetten van geld.",
         "Overtollige middelen houden we op grond van het schatkistbankieren aan bij het"
         " ministerie van Financiën.",
         "De treasuryfunctie bewaakt dagelijks de liquiditeitspositie van de werkorganisatie."],
    iss=["Door de gestegen rente zijn nieuwe langlopende leningen duurder geworden.",
         "De liquiditeitsprognose wijkt regelmatig af, omdat grote betalingen laat worden"
         " doorgegeven."],
    act=["In {kwartaal} trekken we een langlopende lening aan van € {miljoen} miljoen bij de"
         " BNG.",
         "Afdelingen geven betalingen boven € 250.000 voortaan vooraf door aan treasury.",
         "We actualiseren het treasurystatuut en leggen het in {maand} voor aan de raden."],
    res=["De renterisiconorm blijft binnen de kaders van de Wet fido.",
         "De liquiditeitsprognose is nauwkeuriger geworden."])

# --------------------------------------------------------------- HR
TOPICS_NL["werving en selectie"] = dict(
    subj=["werving en selectie in een krappe arbeidsmarkt", "de procedure werving en"
          " selectie", "werving en selectie van trainees", "inclusieve werving en selectie",
          "werving en selectie voor ICT-functies", "het recruitmentplatform voor werving en"
          " selectie", "werving en selectie via de talentpool"],
    head=["vernieuwde vacaturesite voor werving en selectie", "werving en selectie:"
          " {n_small} trainees gestart", "tips voor selectiecommissies"],
    ctx=["In {jaar} plaatsten we {n_mid} vacatures, waarvan een derde voor moeilijk vervulbare"
         " functies in ICT en vergunningverlening.",
         "Werving en selectie verloopt via het recruitmentplatform, waarin kandidaten zelf hun"
         " sollicitatie kunnen volgen.",
         "Bij werving en selectie werken we met een selectiecommissie van minimaal drie personen,"
         " onder wie een collega van een ander team.",
         "De gemiddelde time-to-hire bij werving en selectie is {n} dagen.",
         "Sinds vorig jaar werken we bij werving en selectie met anoniem solliciteren in de"
         " eerste ronde."],
    iss=["Voor functies in ICT en vergunningverlening reageren soms maar twee of drie kandidaten"
         " op een vacature.",
         "Kandidaten haken af omdat werving en selectie te lang duurt.",
         "Selectiecommissies stellen nog te vaak vragen die niet aansluiten bij het"
         " functieprofiel.",
         "De vacatureteksten zijn lang en sluiten niet aan bij hoe jonge professionals zoeken."],
    act=["Elke kandidaat krijgt binnen vijf werkdagen na sluiting van de vacature een"
         " telefoontje.",
         "Leden van selectiecommissies volgen een korte training werving en selectie, met"
         " aandacht voor vooroordelen.",
         "In {maand} starten we met een traineeprogramma voor {n_small} starters.",
         "Medewerkers die een kandidaat aandragen die wordt aangenomen, krijgen een bonus van"
         " € 500.",
         "Samen met Communicatie herschrijven we de vacatureteksten: korter en in begrijpelijke"
         " taal."],
    res=["De doorlooptijd van werving en selectie is met ruim twee weken verkort.",
         "Van de vacatures werd {pct_high} procent binnen drie maanden vervuld.",
         "Kandidaten gaven de sollicitatieprocedure gemiddeld een {cijfer}."],
    pas=["We starten binnenkort met de werving van een nieuwe collega.",
         "De vacature staat inmiddels open."],
    steps=["Stel samen met HR het functieprofiel vast en bepaal de selectiecriteria.",
           "Plaats de vacature minimaal twee weken op de website en het recruitmentplatform.",
           "Beoordeel de brieven anoniem met de selectiecommissie.",
           "Nodig kandidaten uit voor een eerste gesprek en leg de beoordeling vast.",
           "Vraag referenties op en laat een VOG aanvragen voordat het aanbod wordt gedaan."])

TOPICS_NL["onboarding"] = dict(
    subj=["het inwerkprogramma voor nieuwe collega's", "onboarding op afstand", "de"
          " welkomstdag", "een buddy voor nieuwe collega's"],
    head=["welkomstdag: {n_small} nieuwe collega's", "nieuw: een buddy voor elke nieuwe"
          " collega"],
    ctx=["Elke maand starten er gemiddeld {n_small} nieuwe collega's bij Rijnvliet.",
         "Het inwerkprogramma duurt drie maanden en bestaat uit een welkomstdag, meeloopdagen en"
         " een buddy.",
         "Op de welkomstdag maken nieuwe collega's kennis met de directie en met elkaar."],
    iss=["Nieuwe collega's hebben op hun eerste werkdag niet altijd een laptop en een werkend"
         " account.",
         "Het is voor nieuwe collega's lastig om te weten bij wie ze terechtkunnen met vragen."],
    act=["Elke nieuwe collega krijgt voor de eerste drie maanden een buddy van een ander team.",
         "Een week voor hun start sturen we nieuwe collega's een welkomstpakket.",
         "Leidinggevenden vullen een checklist onboarding in, zodat account en werkplek op tijd"
         " klaar zijn."],
    res=["Nieuwe collega's geven het inwerkprogramma gemiddeld een {cijfer}.",
         "Alle nieuwe collega's hadden op hun eerste dag een werkend account."],
    pas=["Ook nieuwe collega's krijgen dit mee in het inwerkprogramma."])

TOPICS_NL["verzuim"] = dict(
    subj=["het verzuimprotocol", "de verzuimcijfers van {vorig_kwartaal}",
          "de preventie van psychisch verzuim"],
    ctx=["Het verzuim bij Rijnvliet lag het afgelopen kwartaal op {verzuim} procent.",
         "Bij ziekte meld je je vóór 9.00 uur bij je leidinggevende.",
         "De casemanager verzuim ondersteunt leidinggevenden bij langdurig verzuim."],
    iss=["Het langdurig verzuim door werkdruk en stress is gestegen.",
         "Leidinggevenden voeren het verzuimgesprek niet altijd binnen de termijn."],
    act=["We bieden alle collega's een training over werkdruk en veerkracht.",
         "Leidinggevenden krijgen een training over het voeren van verzuimgesprekken."],
    res=["Het kortdurend verzuim daalde licht."],
    pas=["Dit kan helpen om verzuim te voorkomen."])

TOPICS_NL["opleiding en ontwikkeling"] = dict(
    subj=["het opleidingsplan {jaar}", "de Rijnvliet Academie", "het persoonlijk"
          " ontwikkelplan"],
    ctx=["Via de Rijnvliet Academie bieden we trainingen aan, van timemanagement tot juridisch"
         " schrijven.",
         "Elke collega maakt jaarlijks een persoonlijk ontwikkelplan met de leidinggevende.",
         "In {jaar} volgden {n_mid} collega's een training via de academie."],
    iss=["Niet iedereen vindt naast het werk tijd om een training te volgen.",
         "Trainingen sluiten niet altijd aan op wat teams nodig hebben."],
    act=["We bieden meer korte online modules aan die je in een uur kunt volgen.",
         "Teams kunnen een teamtraining op maat aanvragen."],
    res=["Deelnemers beoordelen de trainingen gemiddeld met een {cijfer}."],
    pas=["Hiervoor is een training beschikbaar via de Rijnvliet Academie."])

TOPICS_NL["HR21"] = dict(
    subj=["de invoering van HR21", "functiebeschrijvingen volgens HR21", "HR21 en"
          " loopbaanpaden"],
    ctx=["HR21 is het functiewaarderingssysteem voor gemeenten, met normfuncties in plaats van"
         " individuele beschrijvingen.",
         "Alle functies zijn ingedeeld in een van de HR21-normfuncties.",
         "HR21 maakt loopbaanpaden binnen en tussen gemeenten beter zichtbaar."],
    iss=["Een aantal collega's heeft bezwaar gemaakt tegen de indeling in HR21.",
         "Sommige normfuncties passen niet goed bij specialistische functies."],
    act=["De bezwaarcommissie functiewaardering behandelt de bezwaren in {maand}.",
         "Per afdeling maken we een overzicht van de HR21-functies en loopbaanstappen."],
    res=["Bijna alle functies zijn inmiddels ingedeeld volgens HR21."],
    pas=["De functie is ingedeeld volgens HR21."])

TOPICS_NL["arbeidsvoorwaarden"] = dict(
    subj=["de nieuwe cao gemeenten", "het IKB in de praktijk", "de thuiswerkvergoeding en"
          " reiskosten"],
    ctx=["De arbeidsvoorwaarden voor gemeenteambtenaren zijn vastgelegd in de cao gemeenten.",
         "De nieuwe cao levert een loonsverhoging op van {pct_small} procent.",
         "Met het IKB kunnen collega's zelf kiezen hoe ze een deel van hun arbeidsvoorwaarden"
         " inzetten."],
    iss=["Collega's vinden de regels rond de thuiswerkvergoeding onduidelijk.",
         "Jonge collega's vinden onze arbeidsvoorwaarden minder aantrekkelijk dan die in het"
         " bedrijfsleven."],
    act=["We zetten de belangrijkste arbeidsvoorwaarden overzichtelijk op intranet.",
         "In {maand} houden we een inloopsessie over het IKB."],
    res=["De loonsverhoging uit de cao is met de salarisbetaling van {vorige_maand} verwerkt."],
    pas=["Dit is geregeld in de arbeidsvoorwaarden."])

# --------------------------------------------------------------- informatiebeheer
TOPICS_NL["archivering"] = dict(
    subj=["archivering van digitale dossiers", "de achterstand in archivering bij team {team}",
          "archivering en vernietiging volgens de selectielijst", "archivering bij de overbrenging"
          " naar het Regionaal Archief", "archivering van e-mail", "archivering bij het uitfaseren"
          " van systemen", "het verbeterplan archivering"],
    head=["opruimdag: archivering van papieren dossiers", "archivering van e-mail: zo werkt"
          " het", "verbeterplan archivering vastgesteld"],
    ctx=["Goede archivering zorgt ervoor dat we informatie kunnen terugvinden zolang dat nodig"
         " is, en op tijd vernietigen wat weg mag.",
         "Bij archivering volgen we de Archiefwet en de selectielijst voor gemeenten.",
         "Het historische archief van Aldenburg en Veenoord wordt beheerd door het Regionaal"
         " Archief; onze eigen archivering sluit daarop aan.",
         "Sinds de invoering van het DMS vindt de archivering van nieuwe documenten volledig"
         " digitaal plaats.",
         "In het jaarverslag aan de archiefinspectie rapporteren we over de stand van de"
         " archivering."],
    iss=["Bij het uitfaseren van oude systemen is niet altijd geregeld wat er met de gegevens"
         " gebeurt; dat is een risico voor de archivering.",
         "E-mails met een besluit of toezegging worden zelden in het DMS opgeslagen, waardoor de"
         " archivering ontbreekt.",
         "Er ligt nog ruim {n_mid} meter papieren dossiers die nog niet zijn bewerkt voor"
         " archivering.",
         "Vernietiging van documenten waarvan de bewaartermijn is verlopen, gebeurt niet"
         " consequent."],
    act=["We stellen een verbeterplan archivering op, met voorrang voor de processen met de"
         " meeste risico's.",
         "Bij elk nieuw systeem leggen we vooraf vast hoe de archivering van de gegevens wordt"
         " geregeld.",
         "Op {datum_later} organiseren we een opruimdag waarop teams hun papieren dossiers"
         " klaarmaken voor archivering.",
         "Collega's krijgen een korte instructie over het archiveren van e-mails in het DMS.",
         "De vernietigingslijst over {vorig_jaar} leggen we in {maand} ter goedkeuring voor."],
    res=["In {jaar} zijn {n_mid} meter dossiers bewerkt en overgebracht naar het Regionaal"
         " Archief.",
         "De archiefinspectie oordeelt dat de archivering op de meeste punten op orde is.",
         "Na de opruimdag was de achterstand in archivering met een derde afgenomen."],
    pas=["Uiteraard regelen we ook de archivering.",
         "Let op de juiste archivering van de stukken."],
    steps=["Sla het document op in het DMS bij de juiste zaak of het juiste dossier.",
           "Controleer of het documenttype en de bewaartermijn goed zijn ingevuld.",
           "Archiveer e-mails met een besluit of afspraak als pdf in het DMS.",
           "Meld een afgesloten dossier aan bij DIV voor archivering."])

TOPICS_NL["Archiefwet"] = dict(
    subj=["de nieuwe Archiefwet", "de Archiefwet en de kortere overbrengingstermijn", "de"
          " archiefverordening"],
    ctx=["De Archiefwet verplicht ons om overheidsinformatie goed en geordend te bewaren en"
         " vindbaar te houden.",
         "Onder de nieuwe Archiefwet wordt de overbrengingstermijn verkort van twintig naar tien"
         " jaar.",
         "Het toezicht op de naleving van de Archiefwet ligt bij de archiefinspectie."],
    iss=["Door de kortere overbrengingstermijn moeten we veel meer dossiers in korte tijd"
         " overbrengen.",
         "Niet alle afdelingen kennen hun verplichtingen onder de Archiefwet."],
    act=["We actualiseren de archiefverordening en het besluit informatiebeheer.",
         "Op intranet komt een korte uitleg over de Archiefwet voor alle collega's."],
    res=["De raad heeft de nieuwe archiefverordening vastgesteld."],
    pas=["Dit is verplicht op grond van de Archiefwet."])

TOPICS_NL["informatiebeheer"] = dict(
    subj=["het informatiebeheerplan", "informatiebeheer bij de griffie", "de"
          " informatiehuishouding op orde", "het besluit informatiebeheer"],
    ctx=["Goed informatiebeheer betekent dat we de juiste informatie op de juiste plek bewaren,"
         " zodat collega's en inwoners erop kunnen vertrouwen.",
         "Team Informatiebeheer adviseert afdelingen over de inrichting van hun"
         " informatiehuishouding.",
         "In het informatiebeheerplan staan de acties om de informatiehuishouding op orde te"
         " brengen."],
    iss=["Informatie staat nog op te veel plekken: netwerkschijven, Teams, het DMS en"
         " persoonlijke mappen.",
         "Teams hebben weinig tijd om hun informatiebeheer op orde te brengen."],
    act=["Elke afdeling wijst een informatiecoördinator aan.",
         "In {kwartaal} sluiten we de oude netwerkschijven voor nieuwe documenten."],
    res=["Na de opschoning van de netwerkschijven is {pct_low} procent van de bestanden"
         " verwijderd of verplaatst."],
    pas=["Team Informatiebeheer denkt hierover mee."])

TOPICS_NL["Woo"] = dict(
    min_date=["2022-05-01"],
    subj=["de afhandeling van Woo-verzoeken", "actieve openbaarmaking onder de Woo", "de"
          " Woo-coördinatie", "Woo-verzoeken en de beslistermijn", "de Woo en het lakken van"
          " documenten", "het Woo-jaarverslag {vorig_jaar}", "de Woo-informatiecategorieën op de"
          " website"],
    head=["Woo-verzoeken: zo pak je het aan", "nieuw lakprogramma voor Woo-verzoeken",
          "Woo: meer documenten actief openbaar"],
    ctx=["Sinds 1 mei 2022 geldt de Wet open overheid (Woo), die de oude Wob vervangt.",
         "In {jaar} ontvingen we {n} Woo-verzoeken, van journalisten, inwoners en bedrijven.",
         "Onder de Woo moeten we een verzoek binnen vier weken afhandelen, met een mogelijke"
         " verlenging van twee weken.",
         "De Woo verplicht ons ook om een aantal informatiecategorieën actief openbaar te maken,"
         " zoals raadsstukken en convenanten.",
         "Elk Woo-verzoek wordt geregistreerd als zaak en krijgt een vaste behandelaar bij de"
         " Woo-coördinatie."],
    iss=["Bij grote Woo-verzoeken moeten we soms duizenden documenten beoordelen, wat veel"
         " capaciteit kost.",
         "Van de Woo-verzoeken werd {pct_low} procent niet binnen de wettelijke termijn"
         " afgehandeld.",
         "Documenten staan verspreid over mailboxen, Teams en het DMS; dat vertraagt de"
         " afhandeling van Woo-verzoeken.",
         "Collega's weten niet altijd welke informatie onder de Woo openbaar moet worden"
         " gemaakt."],
    act=["We nemen een lakprogramma in gebruik waarmee persoonsgegevens in Woo-documenten"
         " sneller onleesbaar worden gemaakt.",
         "Bij elk groot Woo-verzoek nemen we binnen een week contact op met de verzoeker om de"
         " vraag af te bakenen.",
         "Vakafdelingen krijgen een korte training over de Woo en het zoeken naar documenten.",
         "Woo-besluiten en de openbaar gemaakte documenten publiceren we op de landelijke"
         " Woo-index.",
         "Per afdeling is er een aanspreekpunt voor de Woo-coördinatie."],
    res=["De gemiddelde doorlooptijd van Woo-verzoeken daalde van tien naar zes weken.",
         "Van de Woo-verzoeken die we in {vorig_kwartaal} ontvingen, is {pct_high} procent binnen"
         " de termijn afgehandeld.",
         "Dankzij het vroege contact met verzoekers werden {n_small} Woo-verzoeken ingetrokken of"
         " verkleind."],
    pas=["Ook met het oog op de Woo is goede vastlegging belangrijk.",
         "Het document wordt op grond van de Woo openbaar gemaakt."],
    steps=["Registreer het Woo-verzoek binnen één werkdag als zaak en stuur een"
           " ontvangstbevestiging.",
           "Neem contact op met de verzoeker om het Woo-verzoek af te bakenen.",
           "Verzamel alle documenten en beoordeel per passage of een uitzonderingsgrond van"
           " toepassing is.",
           "Lak de persoonsgegevens met het lakprogramma en laat de jurist het Woo-besluit"
           " controleren.",
           "Publiceer het besluit en de documenten op de website."])

TOPICS_NL["e-depot"] = dict(  # only one person (planted single expert) writes about this
    subj=["de aansluiting op het e-depot", "het e-depot en duurzaam digitaal bewaren", "de"
          " eerste overbrenging naar het e-depot", "het e-depot van het Regionaal Archief"],
    ctx=["Het e-depot is de digitale bewaarplaats van het Regionaal Archief voor"
         " overheidsinformatie die blijvend bewaard moet worden.",
         "Via het e-depot brengen we digitale dossiers over die hun overbrengingstermijn hebben"
         " bereikt.",
         "Voor het e-depot moeten bestanden in een duurzaam formaat worden aangeleverd, zoals"
         " PDF/A."],
    iss=["Een deel van de digitale dossiers heeft onvoldoende metadata om in het e-depot te"
         " kunnen worden opgenomen.",
         "De exportfunctie van het oude zaaksysteem levert bestanden op die het e-depot niet kan"
         " inlezen."],
    act=["In {kwartaal} voeren we een proefoverbrenging naar het e-depot uit met de bouwdossiers"
         " van {vorig_jaar}.",
         "Met de leverancier maken we afspraken over een export die aansluit op het e-depot.",
         "We maken een overzicht van alle systemen waarvan de gegevens uiteindelijk naar het"
         " e-depot moeten."],
    res=["De proefoverbrenging naar het e-depot is geslaagd: {n_big} bestanden zijn foutloos"
         " ingelezen.",
         "Het e-depot is nu aangesloten op ons DMS."])

TOPICS_NL["metadata"] = dict(
    subj=["metadata in het DMS", "het metadataschema", "metadata en vindbaarheid"],
    ctx=["Metadata zijn gegevens over documenten, zoals titel, datum, zaaknummer en"
         " bewaartermijn.",
         "Ons metadataschema is gebaseerd op de landelijke standaard MDTO.",
         "Een groot deel van de metadata wordt automatisch gevuld vanuit het zaaksysteem."],
    iss=["Handmatig ingevoerde metadata zijn vaak onvolledig.",
         "Documenten zonder goede metadata zijn na een paar jaar nauwelijks terug te vinden."],
    act=["We verminderen het aantal verplichte metadatavelden van twaalf naar zes.",
         "Maandelijks controleren we een steekproef op de kwaliteit van de metadata."],
    res=["De volledigheid van de metadata steeg naar {pct_high} procent."],
    pas=["Vergeet niet de metadata in te vullen."])

TOPICS_NL["selectielijst"] = dict(
    subj=["de toepassing van de selectielijst", "de selectielijst en bewaartermijnen in het"
          " zaaksysteem", "de nieuwe selectielijst gemeenten"],
    ctx=["De selectielijst bepaalt hoe lang we documenten moeten bewaren en wanneer we ze mogen"
         " vernietigen.",
         "Elk zaaktype is gekoppeld aan een categorie uit de selectielijst.",
         "De nieuwe selectielijst voor gemeenten en intergemeentelijke organen is in werking"
         " getreden."],
    iss=["Bij een aantal zaaktypen is de verkeerde categorie uit de selectielijst gekozen.",
         "Oude documenten zijn nooit gewaardeerd volgens de selectielijst."],
    act=["In {kwartaal} lopen we alle zaaktypen na op de juiste categorie uit de selectielijst.",
         "De koppeling met de selectielijst laten we beoordelen door de archiefinspectie."],
    res=["Alle actieve zaaktypen hebben nu een juiste bewaartermijn volgens de selectielijst."],
    pas=["De bewaartermijn volgt uit de selectielijst."])

TOPICS_NL["DMS"] = dict(
    subj=["de vervanging van het DMS", "het DMS en Microsoft 365", "zoeken in het DMS"],
    ctx=["In het DMS slaan we alle documenten op die bij een zaak of dossier horen.",
         "Het DMS is gekoppeld aan het zaaksysteem, zodat documenten automatisch bij de juiste"
         " zaak komen.",
         "Per dag worden er ongeveer {n_big} documenten aan het DMS toegevoegd."],
    iss=["De zoekfunctie van het DMS is traag en geeft veel irrelevante resultaten.",
         "Collega's werken liever in Teams dan in het DMS."],
    act=["We onderzoeken of het DMS kan worden geïntegreerd met Microsoft 365.",
         "We geven korte instructies over slim zoeken in het DMS."],
    res=["De nieuwe zoekmachine in het DMS vindt documenten veel sneller."],
    pas=["Het document staat in het DMS."])

# --------------------------------------------------------------- juridisch en privacy
TOPICS_NL["AVG"] = dict(
    subj=["de AVG en het register van verwerkingen", "datalekken melden onder de AVG",
          "verwerkersovereenkomsten en de AVG", "de AVG in het sociaal domein", "de rechten van"
          " betrokkenen onder de AVG", "het AVG-jaarverslag", "de AVG bij cameratoezicht"],
    head=["AVG-quiz: hoe goed ken jij de regels?", "nieuw meldformulier datalekken (AVG)"],
    ctx=["De Algemene verordening gegevensbescherming (AVG) stelt regels aan hoe we met"
         " persoonsgegevens van inwoners en collega's omgaan.",
         "Onder de AVG moeten we een datalek binnen 72 uur melden bij de Autoriteit"
         " Persoonsgegevens als er risico is voor de betrokkenen.",
         "Het register van verwerkingen, verplicht onder de AVG, telt inmiddels {n_mid}"
         " verwerkingen.",
         "In {jaar} ontvingen we {n} verzoeken van inwoners die hun rechten onder de AVG"
         " uitoefenden, vooral inzageverzoeken.",
         "Met elke leverancier die persoonsgegevens voor ons verwerkt, sluiten we onder de AVG een"
         " verwerkersovereenkomst."],
    iss=["Het aantal gemelde datalekken steeg naar {n}, meestal door een e-mail aan de verkeerde"
         " ontvanger.",
         "Niet alle verwerkersovereenkomsten zijn actueel, wat onder de AVG een risico is.",
         "Een deel van de verwerkingen in het register is al jaren niet bijgewerkt, terwijl de AVG"
         " dat wel vraagt.",
         "Bij inzageverzoeken onder de AVG lukt het niet altijd om binnen een maand te"
         " reageren."],
    act=["In {kwartaal} controleren we alle verwerkersovereenkomsten en passen we ze waar nodig"
         " aan.",
         "Elke afdeling loopt met de privacy officer het eigen deel van het AVG-verwerkingsregister"
         " na.",
         "We vereenvoudigen het formulier voor een inzageverzoek onder de AVG.",
         "Collega's volgen een e-learning over de AVG en het veilig delen van persoonsgegevens.",
         "E-mails met persoonsgegevens versturen we standaard beveiligd, zoals de AVG vraagt."],
    res=["Alle inzageverzoeken onder de AVG zijn in {jaar} binnen de termijn afgehandeld.",
         "De Functionaris Gegevensbescherming constateert dat de naleving van de AVG duidelijk is"
         " verbeterd.",
         "Het aantal datalekken door verkeerd geadresseerde e-mails is gehalveerd."],
    pas=["Uiteraard houden we ons daarbij aan de AVG.",
         "Omdat het om persoonsgegevens gaat, geldt de AVG."],
    steps=["Meld een datalek direct bij de privacy officer, ook als je twijfelt.",
           "Noteer welke persoonsgegevens betrokken zijn en om hoeveel personen het gaat.",
           "De privacy officer beoordeelt binnen 24 uur of het datalek onder de AVG gemeld moet"
           " worden.",
           "Informeer de betrokkenen als het lek een hoog risico voor hen oplevert."])

TOPICS_NL["privacy"] = dict(
    subj=["privacy bij het delen van gegevens in het wijkteam", "privacy by design",
          "het privacyreglement cameratoezicht", "privacy in de klantreis"],
    ctx=["Privacy is een grondrecht: inwoners moeten erop kunnen vertrouwen dat we zorgvuldig met"
         " hun gegevens omgaan.",
         "Bij nieuwe projecten kijken we vanaf het begin naar privacy, het zogeheten privacy by"
         " design.",
         "De privacy officer adviseert teams over het veilig delen van gegevens met"
         " ketenpartners."],
    iss=["In de praktijk is niet altijd duidelijk welke gegevens een consulent mag delen met een"
         " ketenpartner.",
         "Persoonsgegevens worden nog te vaak per gewone e-mail verstuurd."],
    act=["We maken een praktische handreiking privacy voor consulenten van de wijkteams.",
         "In het teamoverleg bespreken we elk kwartaal een privacycasus.",
         "We stellen een privacyreglement op voor het gebruik van camera's in de openbare"
         " ruimte."],
    res=["Collega's weten beter wanneer ze gegevens wel en niet mogen delen.",
         "Het privacyreglement is vastgesteld door het college."],
    pas=["We houden rekening met privacy.", "Daarbij letten we goed op privacy."])

TOPICS_NL["DPIA"] = dict(
    subj=["de DPIA voor het nieuwe regiesysteem", "DPIA's bij nieuwe systemen", "de DPIA voor"
          " cameratoezicht", "de DPIA-procedure"],
    ctx=["Een DPIA is een gegevensbeschermingseffectbeoordeling die we uitvoeren als een"
         " verwerking een hoog privacyrisico kan hebben.",
         "In een DPIA brengen we in kaart welke gegevens we verwerken, waarom, en welke risico's"
         " dat oplevert.",
         "Dit jaar zijn er {n_small} DPIA's uitgevoerd, onder meer voor het nieuwe regiesysteem."],
    iss=["Een DPIA wordt soms pas gestart als het contract met de leverancier al getekend is.",
         "Teams vinden een DPIA ingewikkeld en tijdrovend."],
    act=["Met een korte pre-scan kunnen teams zelf bepalen of een DPIA nodig is.",
         "De privacy officer begeleidt elke DPIA in twee werksessies."],
    res=["Uit de DPIA kwamen {n_small} maatregelen die de leverancier inmiddels heeft"
         " doorgevoerd."],
    pas=["Hiervoor is een DPIA uitgevoerd."])

TOPICS_NL["bezwaar en beroep"] = dict(
    subj=["de afhandeling van bezwaarschriften", "de bezwaarschriftencommissie", "informeel"
          " afhandelen van bezwaar en beroep", "bezwaar en beroep bij parkeerboetes"],
    ctx=["Jaarlijks ontvangen we ongeveer {n_mid} bezwaarschriften, vooral over vergunningen,"
         " uitkeringen en parkeerbelasting.",
         "De onafhankelijke bezwaarschriftencommissie adviseert het college over de meeste"
         " bezwaarschriften.",
         "Tegen een besluit op bezwaar staat beroep open bij de rechtbank."],
    iss=["De wettelijke termijn voor het beslissen op bezwaar wordt regelmatig overschreden.",
         "Veel bezwaarschriften hadden voorkomen kunnen worden met een betere uitleg in het"
         " besluit."],
    act=["Elke indiener van een bezwaarschrift bellen we binnen een week om te kijken of een"
         " informele oplossing mogelijk is.",
         "De juristen bezwaar en beroep geven vakafdelingen terugkoppeling over terugkerende"
         " fouten in besluiten."],
    res=["Door de informele aanpak werd {pct_low} procent van de bezwaarschriften ingetrokken.",
         "Het aantal beroepszaken bij de rechtbank daalde."],
    pas=["Tegen dit besluit staat bezwaar en beroep open."])

TOPICS_NL["Awb"] = dict(
    subj=["beslistermijnen volgens de Awb", "de Awb en digitaal verkeer met inwoners", "de"
          " hoorzitting volgens de Awb"],
    ctx=["De Algemene wet bestuursrecht (Awb) bevat de basisregels voor besluiten van de"
         " overheid.",
         "Volgens de Awb moet elk besluit zorgvuldig worden voorbereid en goed worden"
         " gemotiveerd.",
         "Sinds een wijziging van de Awb mogen inwoners ook digitaal bezwaar maken."],
    iss=["Besluiten worden niet altijd voldoende gemotiveerd, wat bij bezwaar tot herroeping kan"
         " leiden."],
    act=["We maken een checklist Awb voor het opstellen van besluiten."],
    res=["De checklist wordt inmiddels door alle vakafdelingen gebruikt."],
    pas=["Op grond van de Awb geldt hier een termijn van zes weken."])

TOPICS_NL["aansprakelijkheid"] = dict(
    subj=["aansprakelijkstellingen na schade in de openbare ruimte", "de afhandeling van"
          " schadeclaims", "aansprakelijkheid bij evenementen"],
    ctx=["Jaarlijks ontvangen we zo'n {n_mid} aansprakelijkstellingen, bijvoorbeeld na een val"
         " over een losliggende stoeptegel.",
         "Aansprakelijkstellingen handelen we af in samenwerking met onze verzekeraar.",
         "Of de gemeente aansprakelijk is, hangt af van de vraag of we ons onderhoud goed hebben"
         " uitgevoerd."],
    iss=["Meldingen over gebreken in de openbare ruimte worden niet altijd tijdig opgevolgd, wat"
         " onze positie verzwakt.",
         "De afhandeling van schadeclaims duurt soms maanden."],
    act=["Inspecties van wegen en stoepen registreren we zorgvuldig, zodat we kunnen aantonen dat"
         " we ons onderhoud uitvoeren.",
         "Eenvoudige claims onder € 1.000 handelen we zelf af."],
    res=["De gemiddelde afhandeltermijn van schadeclaims is gehalveerd."],
    pas=["Ook de aansprakelijkheid is goed geregeld."])

TOPICS_NL["contractbeheer"] = dict(
    subj=["het contractenregister", "contractbeheer voor ICT-contracten", "contractmanagement"
          " bij de zorgaanbieders"],
    ctx=["In het contractenregister staan ruim {n_mid} lopende contracten.",
         "Bij contractbeheer gaat het om het bewaken van looptijden, verlengingen en afspraken"
         " met leveranciers.",
         "Elk contract heeft een contracteigenaar bij de vakafdeling."],
    iss=["Contracten worden soms stilzwijgend verlengd, omdat niemand de opzegtermijn bewaakt.",
         "Niet alle contracten staan in het register."],
    act=["Het contractenregister stuurt voortaan automatisch een signaal zes maanden voordat een"
         " contract verloopt.",
         "Met de tien grootste leveranciers houden we jaarlijks een evaluatiegesprek."],
    res=["Alle lopende contracten staan nu in het register."],
    pas=["Dit leggen we vast in het contract."])

TOPICS_NL["ondermijning"] = dict(  # only one person (planted single expert) writes about this
    subj=["de aanpak van ondermijning", "het Bibob-beleid", "ondermijning op"
          " bedrijventerreinen", "signalen van ondermijning herkennen"],
    ctx=["Bij ondermijning vermengt de onderwereld zich met de bovenwereld, bijvoorbeeld via"
         " vastgoed of horeca.",
         "Met de Wet Bibob kunnen we een vergunning weigeren als er een ernstig risico is op"
         " misbruik.",
         "Samen met de politie en het RIEC voeren we controles uit op bedrijventerreinen."],
    iss=["Signalen van ondermijning worden niet altijd gedeeld, omdat collega's niet weten waar ze"
         " terechtkunnen.",
         "Bibob-onderzoeken vragen veel kennis en capaciteit."],
    act=["In {maand} organiseren we een training over het herkennen van signalen van"
         " ondermijning.",
         "We passen het Bibob-beleid aan, zodat het ook geldt voor vastgoedtransacties.",
         "Op het bedrijventerrein in {wijk} houden we een integrale controle tegen"
         " ondermijning."],
    res=["Bij de integrale controle werden {n_small} overtredingen geconstateerd.",
         "Het aantal gemelde signalen van ondermijning is verdubbeld."])

TOPICS_NL["integriteit"] = dict(
    subj=["de gedragscode integriteit", "het integriteitsbeleid", "integriteit en"
          " nevenwerkzaamheden", "dilemmatrainingen integriteit"],
    ctx=["Integriteit is de basis van ons werk: inwoners moeten erop kunnen vertrouwen dat we"
         " eerlijk en zorgvuldig handelen.",
         "Alle nieuwe collega's leggen bij indiensttreding de ambtseed of belofte af.",
         "Nevenwerkzaamheden die raken aan het werk moeten worden gemeld."],
    iss=["Niet iedereen weet welke nevenwerkzaamheden gemeld moeten worden.",
         "Collega's vinden het lastig om een collega aan te spreken op gedrag."],
    act=["Per team organiseren we dilemmatrainingen integriteit.",
         "De vertrouwenspersonen stellen zich in {maand} voor op intranet."],
    res=["Alle teams hebben een dilemmatraining gevolgd."],
    pas=["Daarbij is integriteit belangrijk."])

# --------------------------------------------------------------- data
TOPICS_NL["data-analyse"] = dict(
    subj=["een data-analyse van meldingen openbare ruimte", "data-analyse in het sociaal"
          " domein", "een data-analyse van de klantcontacten", "de monitor sociaal domein"],
    ctx=["Met data-analyse zoeken we naar patronen die helpen om beter beleid te maken.",
         "Team Data & Analyse voert jaarlijks zo'n {n} analyses uit voor de vakafdelingen.",
         "Voor deze analyse combineerden we gegevens uit {n_small} bronnen, waaronder het"
         " zaaksysteem en de CBS-wijkcijfers."],
    iss=["De kwaliteit van de brongegevens wisselt sterk, waardoor we veel tijd kwijt zijn aan"
         " opschonen.",
         "Vakafdelingen weten niet altijd welke vragen met data-analyse te beantwoorden zijn."],
    act=["Elke analysevraag begint met een vaste intake, zodat het doel vooraf helder is.",
         "De resultaten van de analyse publiceren we in een interactief rapport."],
    res=["Uit de analyse blijkt dat {pct_low} procent van de meldingen over zwerfafval uit"
         " {n_small} straten komt.",
         "De analyse gaf de vakafdeling concrete aanknopingspunten voor de aanpak in {wijk}."],
    pas=["Uit een eerste data-analyse blijkt dit ook.", "Data-analyse helpt ons hierbij."])

TOPICS_NL["datagedreven werken"] = dict(
    subj=["datagedreven werken bij Rijnvliet", "de datastrategie", "datagedreven werken in de"
          " wijk"],
    ctx=["Datagedreven werken betekent dat we beslissingen onderbouwen met feiten en cijfers.",
         "In de datastrategie staan drie prioriteiten: datakwaliteit, datageletterdheid en"
         " ethiek.",
         "Elk domein heeft inmiddels een datavertaler die de brug slaat tussen de vakafdeling en"
         " het datateam."],
    iss=["Niet alle collega's voelen zich zeker in het werken met cijfers.",
         "Er is nog geen vast kader voor het ethisch gebruik van data."],
    act=["In {maand} starten we met de leergang datageletterdheid voor {n} collega's.",
         "We richten een ethische commissie in die meekijkt bij gevoelige datatoepassingen."],
    res=["Teams gebruiken steeds vaker cijfers in hun overleggen."],
    pas=["Dit past bij het datagedreven werken."])

TOPICS_NL["Power BI"] = dict(
    subj=["het Power BI-rapport voor het KCC", "Power BI-licenties", "de overstap van Excel naar"
          " Power BI"],
    ctx=["Onze rapportages maken we steeds vaker in Power BI in plaats van in Excel.",
         "Er zijn inmiddels {n} Power BI-rapporten in gebruik.",
         "Power BI haalt de gegevens elke nacht automatisch op uit de bronsystemen."],
    iss=["Verschillende teams hebben vergelijkbare Power BI-rapporten gemaakt.",
         "Niet iedereen heeft een licentie om Power BI-rapporten te bewerken."],
    act=["We maken een centrale catalogus van alle Power BI-rapporten.",
         "In {maand} geven we een basistraining Power BI."],
    res=["De vakafdeling bespaart elke maand een dag werk dankzij het Power BI-rapport."],
    pas=["De cijfers staan in een Power BI-rapport."])

TOPICS_NL["open data"] = dict(
    subj=["het open data-portaal", "open data over de openbare ruimte", "de publicatie van open"
          " data"],
    ctx=["Op ons open data-portaal staan inmiddels {n} datasets, van afvalcontainers tot"
         " speelplaatsen.",
         "Met open data kunnen inwoners, bedrijven en onderzoekers zelf met onze gegevens aan de"
         " slag.",
         "Open data publiceren we onder een open licentie."],
    iss=["Een deel van de datasets op het portaal is verouderd.",
         "Voor sommige datasets is niet duidelijk wie de eigenaar is."],
    act=["In {kwartaal} publiceren we nieuwe datasets over parkeren en laadpalen.",
         "Elke dataset krijgt een eigenaar en een vaste frequentie van bijwerken."],
    res=["De datasets werden in {jaar} ruim {n_big} keer gedownload."],
    pas=["De gegevens worden ook als open data gepubliceerd."])

TOPICS_NL["dashboards"] = dict(
    subj=["het dashboard sociaal domein", "een dashboard voor het MT", "dashboards voor de"
          " wijkteams"],
    ctx=["Het dashboard geeft het MT elke maand inzicht in de belangrijkste cijfers van de"
         " organisatie.",
         "In het dashboard zien de wijkteams hoeveel aanmeldingen er per wijk zijn.",
         "De dashboards zijn gebouwd in Power BI en worden dagelijks ververst."],
    iss=["Het dashboard bevat te veel cijfers, waardoor de hoofdlijn niet opvalt.",
         "Gebruikers weten niet altijd hoe ze de cijfers in het dashboard moeten"
         " interpreteren."],
    act=["We brengen het dashboard terug tot vijf kernindicatoren.",
         "Bij elk dashboard komt een korte toelichting."],
    res=["Het MT gebruikt het dashboard nu standaard in het maandelijkse overleg."],
    pas=["De cijfers zijn terug te zien in het dashboard."])

# --------------------------------------------------------------- bestuur
TOPICS_NL["raadsvoorstellen"] = dict(
    subj=["het format voor raadsvoorstellen", "de planning van raadsvoorstellen",
          "raadsvoorstellen in begrijpelijke taal"],
    ctx=["Raadsvoorstellen worden opgesteld door de vakafdeling en via het college aan de raad"
         " aangeboden.",
         "Elk raadsvoorstel volgt het vaste format met beslispunten, argumenten en"
         " kanttekeningen.",
         "De griffie bewaakt de planning van raadsvoorstellen voor de commissies en de raad."],
    iss=["Raadsvoorstellen worden vaak vlak voor de deadline aangeleverd, waardoor er weinig tijd"
         " is voor kwaliteitscontrole.",
         "Raadsleden vinden raadsvoorstellen soms te lang en te technisch."],
    act=["We beperken raadsvoorstellen tot maximaal vier pagina's plus bijlagen.",
         "Elk raadsvoorstel krijgt op de eerste pagina een samenvatting van een half A4."],
    res=["De raad waardeert de kortere raadsvoorstellen."],
    pas=["Hiervoor wordt een raadsvoorstel voorbereid."])

TOPICS_NL["griffie"] = dict(
    subj=["de vergaderplanning van de raad", "de ondersteuning van raadsleden door de griffie",
          "het digitale raadsinformatiesysteem"],
    ctx=["De griffie ondersteunt de gemeenteraad en de raadscommissies.",
         "De raad van {gemeente} vergadert ongeveer tien keer per jaar.",
         "Via het raadsinformatiesysteem kunnen inwoners alle raadsstukken inzien en vergaderingen"
         " live volgen."],
    iss=["Raadsleden krijgen soms veel stukken kort voor de vergadering.",
         "Niet alle raadsleden kunnen goed overweg met het raadsinformatiesysteem."],
    act=["In {maand} organiseert de griffie een werksessie voor nieuwe raadsleden.",
         "Samen met het college stelt de griffie een jaarplanning van raadsvoorstellen op."],
    res=["De raadsvergaderingen worden per keer door gemiddeld {n_mid} mensen online gevolgd."],
    pas=["De griffie is hiervan op de hoogte."])

# --------------------------------------------------------------- openbare ruimte
TOPICS_NL["handhaving"] = dict(
    subj=["handhaving bij illegale bewoning", "handhaving in het buitengebied", "het"
          " handhavingsbeleid", "handhaving van de parkeerregels", "de inzet van boa's"],
    ctx=["Onze toezichthouders en boa's zien toe op de naleving van regels, van illegale bouw tot"
         " hondenpoep.",
         "Handhaving gebeurt volgens het handhavingsbeleid, waarin staat welke overtredingen"
         " voorrang krijgen.",
         "In {wijk} zijn twee boa's vast aanwezig als wijkboa."],
    iss=["We krijgen meer meldingen dan we met de huidige capaciteit kunnen opvolgen.",
         "Handhavingsbesluiten worden soms aangevochten, omdat de vastlegging onvoldoende is."],
    act=["Op drukke zaterdagen zetten we extra boa's in in het centrum.",
         "Van elke controle maken we foto's en een rapport, zodat een handhavingsbesluit"
         " standhoudt.",
         "Bij een eerste overtreding kiezen we eerst voor een gesprek."],
    res=["In {jaar} deden we {n_mid} controles en legden we {n} lasten onder dwangsom op."],
    pas=["Zo nodig volgt handhaving."])

TOPICS_NL["groenbeheer"] = dict(
    subj=["groenbeheer en biodiversiteit", "het bomenbeleidsplan", "ecologisch maaibeheer",
          "groenbeheer in {wijk}"],
    ctx=["Openbare Ruimte beheert ruim {n_big} bomen en {n_mid} hectare openbaar groen.",
         "Bij ecologisch maaibeheer maaien we minder vaak, zodat bloemen en insecten meer kans"
         " krijgen.",
         "Inwoners kunnen een stuk openbaar groen adopteren."],
    iss=["Inwoners klagen dat het gras in {wijk} te lang blijft staan.",
         "Door de droogte zijn veel jonge bomen niet aangeslagen."],
    act=["Bij de bermen die we ecologisch beheren, plaatsen we bordjes met uitleg.",
         "In {maand} planten we {n_mid} nieuwe bomen, met een watergeefplan voor de eerste drie"
         " jaar."],
    res=["Het aantal soorten wilde bijen in de bermen is toegenomen.",
         "Het aantal klachten over groenonderhoud daalde."],
    pas=["Ook voor het groenbeheer heeft dit gevolgen."])

TOPICS_NL["afvalinzameling"] = dict(
    subj=["de nieuwe manier van afvalinzameling", "afvalinzameling in de binnenstad",
          "omgekeerd inzamelen", "de afvalinzameling rond de feestdagen"],
    ctx=["Sinds {jaar} halen we het restafval in Veenoord nog maar eens in de vier weken op.",
         "Bij omgekeerd inzamelen brengen inwoners hun restafval zelf naar een ondergrondse"
         " container.",
         "Het percentage gescheiden afval ligt in {gemeente} op {pct_high} procent."],
    iss=["Bij sommige containers wordt afval naast de container gezet.",
         "Inwoners in de binnenstad hebben geen ruimte voor vier containers."],
    act=["In {wijk} plaatsen we extra containers voor papier en plastic.",
         "Afvalcoaches gaan in {maand} langs de deuren om uitleg te geven."],
    res=["De hoeveelheid restafval per inwoner daalde naar {n_mid} kilo per jaar."],
    pas=["Dit heeft ook gevolgen voor de afvalinzameling."])

TOPICS_NL["riolering"] = dict(
    subj=["het gemeentelijk rioleringsplan", "de vervanging van de riolering in {wijk}",
          "klimaatadaptatie en riolering"],
    ctx=["Het gemeentelijk rioleringsplan beschrijft hoe we riolering en watergangen beheren.",
         "Een groot deel van de riolering in {wijk} is aangelegd in de jaren zestig.",
         "Bij zware regenbuien kan de riolering het water niet altijd snel genoeg afvoeren."],
    iss=["Bij de inspectie bleek dat {pct_low} procent van de rioolbuizen in {wijk} scheuren"
         " heeft.",
         "Wateroverlast bij hevige buien neemt toe."],
    act=["In {wijk} vervangen we de riolering en leggen we tegelijk een gescheiden stelsel aan.",
         "We stimuleren inwoners om tegels in de tuin te vervangen door groen."],
    res=["Na de vervanging is er bij hevige regen geen wateroverlast meer gemeld."],
    pas=["Ook de riolering wordt meegenomen."])

TOPICS_NL["mobiliteit"] = dict(
    subj=["het mobiliteitsplan", "laadpalen in {gemeente}", "veilige schoolroutes", "de"
          " fietsstraat in {wijk}"],
    ctx=["In het mobiliteitsplan kiezen we voor voetgangers en fietsers als uitgangspunt.",
         "Er staan in {gemeente} inmiddels {n_mid} openbare laadpalen.",
         "De schoolroutes in {wijk} worden dagelijks door honderden kinderen gebruikt."],
    iss=["Ouders maken zich zorgen over de snelheid van auto's bij scholen.",
         "De vraag naar laadpalen groeit sneller dan we ze kunnen plaatsen."],
    act=["De straat bij de basisschool in {wijk} richten we in als schoolzone.",
         "Inwoners kunnen een laadpaal aanvragen via een e-formulier."],
    res=["De gemiddelde snelheid in de schoolzone daalde naar 27 kilometer per uur."],
    pas=["Dit heeft gevolgen voor de mobiliteit in de wijk."])

# --------------------------------------------------------------- werkwijzen
TOPICS_NL["projectmanagement"] = dict(
    subj=["projectmatig werken bij Rijnvliet", "de projectenportfolio", "de"
          " projectstartarchitectuur"],
    ctx=["Bij Rijnvliet werken we projectmatig volgens een vaste aanpak met fases en"
         " beslismomenten.",
         "De projectenportfolio bevat op dit moment {n} lopende projecten.",
         "Elk project heeft een opdrachtgever, een projectleider en een projectplan."],
    iss=["Er lopen te veel projecten tegelijk, waardoor dezelfde collega's overbelast raken.",
         "Projecten worden niet altijd formeel afgesloten."],
    act=["Het MT prioriteert elk kwartaal de projectenportfolio.",
         "Elke projectleider levert maandelijks een korte voortgangsrapportage aan."],
    res=["Het aantal lopende projecten is teruggebracht tot {n}."],
    pas=["Het project wordt begeleid door een projectleider."])

TOPICS_NL["agile werken"] = dict(
    subj=["agile werken in het team digitale dienstverlening", "Scrum in de praktijk", "de"
          " sprintreview met inwoners"],
    ctx=["Het team werkt in sprints van twee weken volgens Scrum.",
         "Na elke sprint laten we in een sprintreview zien wat er is opgeleverd.",
         "Agile werken helpt ons om snel te leren van gebruikers."],
    iss=["Collega's die in meerdere teams zitten, kunnen niet altijd bij de dagelijkse stand-up"
         " zijn.",
         "De product owner heeft te weinig tijd voor het team."],
    act=["De product owner wordt drie dagen per week vrijgemaakt voor het team.",
         "Inwoners worden uitgenodigd voor de sprintreview."],
    res=["Het team levert nu elke twee weken een werkende verbetering op."],
    pas=["Het team werkt agile."])

TOPICS_NL["lean"] = dict(
    subj=["een lean-verbetertraject bij team {team}", "lean en de doorlooptijd van aanvragen",
          "de lean-leergang"],
    ctx=["Met lean kijken we kritisch naar processen: wat voegt waarde toe voor de inwoner en wat"
         " kan weg?",
         "In een verbetersessie brachten we het proces in kaart met post-its op de muur.",
         "Inmiddels hebben {n} collega's de lean-leergang gevolgd."],
    iss=["Het proces bevatte {n_small} overdrachtsmomenten en meerdere controles die niets"
         " toevoegden.",
         "Verbeteringen zakken na een paar maanden weer weg."],
    act=["Elke week houden we een korte verbeterstand-up bij het verbeterbord.",
         "Overbodige controlestappen schrappen we."],
    res=["De doorlooptijd van het proces halveerde."],
    pas=["Dit is een mooi resultaat van lean werken."])

TOPICS_NL["procesmanagement"] = dict(
    subj=["procesbeschrijvingen in het procesregister", "procesmanagement en"
          " proceseigenaarschap"],
    ctx=["In het procesregister staan alle primaire processen van Rijnvliet beschreven.",
         "Elk proces heeft een proceseigenaar die verantwoordelijk is voor de kwaliteit.",
         "Procesbeschrijvingen maken we in BPMN, zodat ze eenduidig zijn."],
    iss=["Veel procesbeschrijvingen zijn verouderd.",
         "Proceseigenaren hebben weinig tijd voor hun rol."],
    act=["In {kwartaal} actualiseren we de {n} belangrijkste processen.",
         "Proceseigenaren komen elk kwartaal bij elkaar."],
    res=["Alle kernprocessen zijn nu actueel beschreven."],
    pas=["Het proces is beschreven in het procesregister."])

# --------------------------------------------------------------- discovered terms
TOPICS_NL["TOPdesk"] = dict(
    subj=["meldingen in TOPdesk", "de TOPdesk-koppeling met het zaaksysteem", "het"
          " meldingenformulier in TOPdesk", "de selfserviceportal van TOPdesk",
          "wijzigingsbeheer in TOPdesk"],
    head=["voortaan alle ICT-meldingen via TOPdesk", "TOPdesk-selfservice live"],
    ctx=["Alle ICT-storingen en -verzoeken registreren we als melding in TOPdesk.",
         "Per maand komen er gemiddeld {n_big} meldingen in TOPdesk binnen.",
         "Sinds {jaar} gebruikt ook het KCC TOPdesk voor interne doorzetverzoeken.",
         "Via de TOPdesk-koppeling wordt een melding openbare ruimte automatisch doorgezet naar de"
         " juiste afdeling."],
    iss=["Meldingen in TOPdesk worden soms zonder duidelijke omschrijving aangemaakt, waardoor de"
         " servicedesk eerst moet terugbellen.",
         "De TOPdesk-koppeling met het zaaksysteem valt af en toe uit, waardoor meldingen blijven"
         " hangen.",
         "Collega's mailen de servicedesk nog vaak rechtstreeks in plaats van een melding in"
         " TOPdesk te maken."],
    act=["We vernieuwen het meldingenformulier in TOPdesk met verplichte velden voor locatie en"
         " urgentie.",
         "In TOPdesk richten we een selfserviceportal in waarin collega's zelf hun wachtwoord"
         " kunnen resetten.",
         "De TOPdesk-koppeling krijgt een monitoring die ons waarschuwt als er meldingen blijven"
         " hangen.",
         "Voor terugkerende verzoeken maken we standaardwijzigingen aan in TOPdesk."],
    res=["Het aandeel meldingen in TOPdesk dat binnen een werkdag is opgelost, steeg naar"
         " {pct_high} procent.",
         "Via de selfserviceportal van TOPdesk worden nu {n_mid} wachtwoorden per maand"
         " gereset."],
    pas=["Maak hiervoor een melding aan in TOPdesk."])

TOPICS_NL["Kennisconnector"] = dict(
    subj=["de Kennisconnector voor IDO en KCC", "zoeken in de Kennisconnector", "de pilot met de"
          " Kennisconnector", "de Kennisconnector in de bibliotheek"],
    head=["Kennisconnector nu ook in de bibliotheek", "Kennisconnector: één antwoord voor KCC"
          " en IDO"],
    ctx=["De Kennisconnector is het kennissysteem dat medewerkers van het KCC en het IDO samen"
         " gebruiken.",
         "In de Kennisconnector staan inmiddels {n_mid} vraag-antwoordcombinaties over landelijke"
         " en gemeentelijke regelingen.",
         "Met de Kennisconnector ziet een medewerker van het IDO welk antwoord het KCC eerder op"
         " dezelfde vraag gaf."],
    iss=["Antwoorden in de Kennisconnector spreken soms de kennisbank van het KCC tegen.",
         "Vrijwilligers van het IDO hebben nog geen eigen account voor de Kennisconnector."],
    act=["We koppelen de Kennisconnector aan de kennisbank, zodat er één bron van antwoorden"
         " ontstaat.",
         "Alle IDO-vrijwilligers krijgen in {maand} een account en een korte training voor de"
         " Kennisconnector.",
         "Nieuwe vragen uit het IDO-spreekuur voegen we wekelijks toe aan de Kennisconnector."],
    res=["Medewerkers vinden via de Kennisconnector in {pct_high} procent van de gevallen direct"
         " een antwoord.",
         "De Kennisconnector wordt inmiddels dagelijks door {n} medewerkers gebruikt."],
    pas=["Het antwoord staat in de Kennisconnector."])

# topics suitable for a (draft) council proposal
BESTUURLIJK = {"Wmo", "Omgevingswet", "begroting", "schuldhulpverlening", "omgevingsplan",
               "bestemmingsplan", "energietransitie", "woningbouw", "subsidies", "mantelzorg",
               "jeugdhulp", "Jeugdwet", "Participatiewet", "inburgering", "burgerparticipatie",
               "afvalinzameling", "riolering", "mobiliteit", "groenbeheer", "handhaving",
               "Archiefwet", "treasury", "jaarrekening", "integriteit", "ondermijning",
               "wijkteams", "VTH", "Woo", "raadsvoorstellen"}
# topics anyone may mention in passing, and a few more per department
PASSING_COMMON = ["privacy", "AVG", "informatiebeveiliging", "digitale toegankelijkheid",
                  "B1-taalniveau", "klantcontactcentrum", "zaakgericht werken", "Woo",
                  "archivering", "begroting", "werving en selectie", "webredactie",
                  "sociale media", "DigiD", "projectmanagement", "DMS", "integriteit",
                  "data-analyse", "Informatiepunt Digitale Overheid"]
DEPT_PASSING = {"rv-sociaal-domein": ["Wmo", "schuldhulpverlening", "mantelzorg", "wijkteams"],
                "rv-kcc": ["TOPdesk", "Kennisconnector", "Wmo", "reisdocumenten"],
                "rv-ict": ["TOPdesk", "Microsoft 365", "netwerkbeheer"],
                "bib-ido": ["Kennisconnector", "schuldhulpverlening"],
                "rv-vergunningen": ["Omgevingswet", "DSO", "omgevingsplan"],
                "rv-omgevingsbeleid": ["Omgevingswet", "woningbouw"],
                "rv-toezicht-handhaving": ["Omgevingswet", "VTH"],
                "rv-juridische-zaken": ["Woo", "AVG", "Omgevingswet"],
                "rv-informatiebeheer": ["Woo", "archivering"],
                "rv-financien": ["begroting", "inkoop"],
                "rv-hr": ["werving en selectie", "onboarding"],
                "rv-communicatie": ["digitale toegankelijkheid", "persvoorlichting"]}
# internal subjects that are no taxonomy topic: never a skill, never in a bio
PSEUDO_TOPICS = {"toegankelijkheidsambassadeurs", "TOPdesk", "Kennisconnector"}

# ============================================================================ English banks

# For English documents: IT architecture notes, the Interreg project OPEN-DOORS (inclusive
# digital public services, with partners in Denmark, Germany and Belgium) and the exchange with
# the partner municipality Nørreby. Dutch terms stay in where colleagues would keep them.
TOPICS_EN: dict[str, dict[str, list[str]]] = {}

TOPICS_EN["digitale toegankelijkheid"] = dict(
    subj=["digital accessibility (digitale toegankelijkheid) of our services", "digital"
          " accessibility testing with screen readers", "digital accessibility requirements in"
          " software tenders", "the accessibility statement for MijnRijnvliet"],
    ctx=["Digital accessibility (digitale toegankelijkheid) means that everyone can use our"
         " websites and apps, including people with visual, hearing or motor impairments.",
         "Dutch public bodies must meet WCAG 2.1 level AA and publish an accessibility statement"
         " (toegankelijkheidsverklaring) for every website.",
         "In OPEN-DOORS the partner cities compare how they organise digital accessibility."],
    iss=["Many PDF documents on our website cannot be read by screen readers.",
         "Suppliers often claim WCAG compliance, but our own tests show otherwise.",
         "Videos on social media still lack subtitles, which limits their accessibility."],
    act=["In {maand} we will test the new online forms with a panel of users with"
         " disabilities.",
         "Every software tender now includes requirements for digital accessibility.",
         "Our web editors follow a hands-on training in digital accessibility."],
    res=["Our website now meets {wcag} of the 50 WCAG success criteria.",
         "The partners agreed to share one checklist for digital accessibility."])

TOPICS_EN["informatiebeveiliging"] = dict(
    subj=["information security (informatiebeveiliging) for the cloud migration", "information"
          " security and supplier management", "the information security baseline for new"
          " systems"],
    ctx=["Information security (informatiebeveiliging) at Rijnvliet is based on the BIO, the Dutch"
         " government baseline derived from ISO 27001.",
         "Every new system goes through an information security review before it goes live.",
         "In {vorig_kwartaal} we handled {n} information security incidents, most of them phishing"
         " attempts."],
    iss=["Several legacy systems no longer receive updates.",
         "Not all suppliers can demonstrate that their information security is in order."],
    act=["We will enforce multi-factor authentication for all external access.",
         "Logging from all critical systems is sent to a central monitoring platform."],
    res=["The external audit rated our information security as adequate, with three"
         " findings."])

TOPICS_EN["AVG"] = dict(
    subj=["GDPR (AVG) compliance in OPEN-DOORS", "data protection by design under the AVG",
          "sharing personal data with partner cities under the GDPR"],
    ctx=["Under the GDPR, known in Dutch as the AVG, every processing of personal data needs a"
         " legal basis and a clear purpose.",
         "The project partners process personal data of test users, which means the AVG applies.",
         "Our register of processing activities under the AVG lists {n_mid} processing"
         " activities."],
    iss=["Not every partner city has a data processing agreement in place yet.",
         "Recordings of user tests contain personal data that must be deleted after the"
         " project."],
    act=["We drafted a joint controller agreement for the partners, in line with the GDPR.",
         "Test data will be pseudonymised before it is shared with partners."],
    res=["All partners signed the data processing agreement, so the project complies with the"
         " AVG."])

TOPICS_EN["cloudcomputing"] = dict(
    subj=["cloud migration architecture", "landing zone design for the cloud", "exit strategy"
          " for cloud services"],
    ctx=["Rijnvliet follows a 'cloud, unless' strategy for new systems.",
         "The landing zone provides standard networking, identity and logging for every cloud"
         " workload.",
         "We currently run {n} workloads in the cloud; the rest still runs in our own data"
         " centre."],
    iss=["Cloud costs are hard to predict because we pay per use.",
         "For some SaaS suppliers it is unclear where data is stored."],
    act=["Every cloud service gets a documented exit strategy.",
         "We will move the first {n_small} systems to the landing zone in {kwartaal}."],
    res=["The first migrations went live without major incidents."])

TOPICS_EN["API's"] = dict(
    subj=["API strategy and the ZGW APIs", "API gateway design", "replacing file transfers with"
          " APIs"],
    ctx=["Our API strategy follows the national standards, including the ZGW APIs for case"
         " management.",
         "All APIs are published through a central API gateway.",
         "The API register currently lists {n} APIs."],
    iss=["Many integrations still rely on nightly file transfers.",
         "Not all suppliers support the national API standards."],
    act=["New tenders will require open, documented APIs.",
         "We will rebuild the BRP integration as an API in {kwartaal}."],
    res=["Data is now available in near real time instead of one day later."])

TOPICS_EN["Common Ground"] = dict(
    subj=["Common Ground reference architecture", "Common Ground components in production"],
    ctx=["Common Ground is the joint vision of Dutch municipalities to keep data at the source"
         " instead of copying it.",
         "The architecture separates data, services, integration, process and interaction"
         " layers."],
    iss=["Not all Common Ground components are mature enough for production."],
    act=["We start a Common Ground pilot for parking permits."],
    res=["The pilot shows that the approach works, although operations need extra attention."])

TOPICS_EN["identiteits- en toegangsbeheer"] = dict(
    subj=["identity and access management (IAM) design", "role-based access for the social"
          " domain"],
    ctx=["Identity and access management (IAM) controls who has access to which systems.",
         "Accounts are created automatically from the HR system on the first working day."],
    iss=["Accounts of former employees sometimes remain active for weeks."],
    act=["We move to role-based access per job profile."],
    res=["Accounts of leavers are now disabled within one working day."])

TOPICS_EN["Microsoft 365"] = dict(
    subj=["Microsoft 365 tenant configuration", "governance for Teams and SharePoint"],
    ctx=["All staff work in Microsoft 365, including Teams, Outlook and SharePoint.",
         "There are more than {n_mid} Teams workspaces."],
    iss=["Many Teams workspaces are no longer used but still contain documents."],
    act=["Workspaces without activity for one year will be closed after a check with the"
         " owner."],
    res=["After the clean-up, {n_mid} active workspaces remain."])

TOPICS_EN["netwerkbeheer"] = dict(
    subj=["network segmentation design", "network refresh for the city office"],
    ctx=["The network consists of {n_mid} switches and {n} access points at {n_small}"
         " locations."],
    iss=["Part of the switches are end-of-life and no longer receive updates."],
    act=["We will segment the network so that guest devices cannot reach internal systems."],
    res=["After the refresh, the number of network incidents dropped sharply."])

TOPICS_EN["data-analyse"] = dict(
    subj=["data analysis of service requests", "data analysis for the social domain monitor"],
    ctx=["Data analysis helps us find patterns that support better policy.",
         "For this analysis we combined {n_small} sources, including case data and CBS"
         " neighbourhood statistics."],
    iss=["Source data quality varies, so a lot of time goes into cleaning."],
    act=["Every analysis request starts with a short intake to clarify the goal."],
    res=["The analysis shows that {pct_low} percent of litter reports come from {n_small}"
         " streets."])

TOPICS_EN["datagedreven werken"] = dict(
    subj=["data-driven working at Rijnvliet", "the data strategy"],
    ctx=["Data-driven working means that we support decisions with facts and figures.",
         "The data strategy has three priorities: data quality, data literacy and ethics."],
    iss=["There is no fixed framework yet for the ethical use of data."],
    act=["We set up a data ethics committee that reviews sensitive use cases."],
    res=["Teams increasingly use figures in their regular meetings."])

TOPICS_EN["open data"] = dict(
    subj=["the open data publication process"],
    ctx=["Our open data portal now offers {n} datasets."],
    iss=["Some datasets are outdated and have no clear owner."],
    act=["Each dataset gets an owner and an update frequency."],
    res=["The datasets were downloaded more than {n_big} times last year."])

TOPICS_EN["dashboards"] = dict(
    subj=["the management dashboard in Power BI"],
    ctx=["The dashboard is built in Power BI and refreshed every night."],
    iss=["The first version of the dashboard showed too many indicators."],
    act=["We reduced the dashboard to five key indicators."],
    res=["The management team now uses the dashboard in every monthly meeting."])

TOPICS_EN["energietransitie"] = dict(
    subj=["the energy transition: exchange with Nørreby", "district heating lessons from our"
          " Danish partner"],
    ctx=["During the exchange with our Danish partner municipality Nørreby, we compared"
         " approaches to the energy transition.",
         "Nørreby has connected most homes to a district heating network run by a local"
         " cooperative."],
    iss=["In Aldenburg and Veenoord many homeowners cannot afford insulation.",
         "Grid congestion in the rural area blocks new solar parks."],
    act=["We will explore a local heat cooperative in {wijk} together with residents."],
    res=["The delegation returned with concrete ideas for the heat transition plan."])

TOPICS_EN["burgerparticipatie"] = dict(
    subj=["citizen participation: lessons from the exchange", "participation methods in"
          " OPEN-DOORS"],
    ctx=["Citizen participation (burgerparticipatie) is a key theme in our exchange programme."],
    iss=["Our meetings mainly attract older residents; young people and newcomers are"
         " missing."],
    act=["We will test a mobile participation stand in {wijk}."],
    res=["More than {n_mid} residents joined the online survey."])

TOPICS_EN["projectmanagement"] = dict(
    subj=["project management in OPEN-DOORS", "the OPEN-DOORS project plan"],
    ctx=["The project runs for three years and involves partners from four countries.",
         "Project management follows the Interreg reporting requirements."],
    iss=["Reporting requirements take more time than planned."],
    act=["We appointed a project controller to monitor spending and deliverables."],
    res=["The first progress report was approved by the joint secretariat."])

TOPICS_EN["agile werken"] = dict(
    subj=["agile working in the digital services team"],
    ctx=["The team works in two-week sprints using Scrum."],
    iss=["Colleagues who work in several teams cannot always join the daily stand-up."],
    act=["Residents are invited to the sprint review."],
    res=["The team now delivers a working improvement every two weeks."])

TOPICS_EN["digitale dienstverlening"] = dict(
    subj=["the digital services roadmap", "user research for digital services"],
    ctx=["Residents can now request {n} services fully online.",
         "Digital services are the default, but never the only way: residents who cannot use"
         " them are helped at the desk and by phone."],
    iss=["Too many online requests are abandoned halfway, mostly on mobile phones."],
    act=["For every new digital service we run a short usability test with five residents."],
    res=["The share of online requests rose to {pct_high} percent."])

TOPICS_EN["zaakgericht werken"] = dict(
    subj=["case-based working (zaakgericht werken) and the case system"],
    ctx=["In case-based working, all information about one request is stored in one case."],
    iss=["Some colleagues still store documents in personal folders instead of in the case."],
    act=["We will remove {n} unused case types and merge similar ones."],
    res=["Colleagues in the contact centre can now see the status of a case at a glance."])

TOPICS_EN["Omgevingswet"] = dict(
    subj=["the Environment and Planning Act (Omgevingswet): exchange notes", "the Omgevingswet"
          " explained for our German partners"],
    ctx=["[>=2024-01-01] The Environment and Planning Act (Omgevingswet) entered into force on 1"
         " January 2024 and merged dozens of laws into one.",
         "[<2024-01-01] The Environment and Planning Act (Omgevingswet) will enter into force on 1"
         " January 2024 and merges dozens of laws into one.",
         "Under the Omgevingswet, municipalities replace their zoning plans with one environment"
         " plan (omgevingsplan).",
         "Our German partners were especially interested in how the Omgevingswet handles"
         " participation."],
    iss=["The short decision period of eight weeks under the Omgevingswet puts pressure on"
         " advisers."],
    act=["We explained our weekly permit table, where all advisers discuss complex cases under"
         " the Omgevingswet together."],
    res=["Both delegations agreed to compare permit processing times under the Omgevingswet"
         " next year."])

TOPICS_EN["Wmo"] = dict(
    subj=["the Wmo (Social Support Act): exchange with Nørreby", "home support under the Wmo:"
          " notes for our partners"],
    ctx=["Under the Wmo, the Dutch Social Support Act, municipalities support residents who cannot"
         " live independently on their own.",
         "In Aldenburg and Veenoord about {n_big} residents receive Wmo support such as household"
         " help."],
    iss=["Waiting times for a Wmo assessment have increased because of staff shortages."],
    act=["We shared the 'kitchen table conversation' that is part of every Wmo assessment."],
    res=["The Danish delegation plans to pilot a similar approach to the Wmo assessment."])

TOPICS_EN["privacy"] = dict(
    subj=["privacy by design in the data platform"],
    ctx=["Privacy by design means we consider privacy from the very start of a project."],
    iss=["Personal data is still too often sent by regular e-mail."],
    act=["We pseudonymise data before it enters the analytics environment."],
    res=["The privacy officer approved the design."])

TOPICS_EN["DPIA"] = dict(
    subj=["the DPIA for the analytics platform"],
    ctx=["A DPIA (data protection impact assessment) is required when processing may pose a high"
         " privacy risk."],
    iss=["Sometimes the DPIA only starts after the contract has been signed."],
    act=["We now run a short pre-scan to decide whether a full DPIA is needed."],
    res=["The DPIA resulted in {n_small} measures that the supplier has implemented."])

TOPICS_EN["geo-informatie"] = dict(
    subj=["the geo-information platform"],
    ctx=["Geo-information comes from the key registers such as the BGT and the BAG."],
    iss=["Some map layers are outdated because nobody maintains them."],
    act=["Each map layer gets an owner."],
    res=["The new viewer loads maps much faster."])

TOPICS_EN["inburgering"] = dict(
    min_date=["2022-01-01"],
    subj=["civic integration (inburgering): exchange notes"],
    ctx=["Since 2022, Dutch municipalities are again responsible for guiding newcomers through"
         " civic integration (inburgering)."],
    iss=["Working newcomers cannot attend Dutch classes during the day."],
    act=["We buy evening Dutch classes for working newcomers."],
    res=["Most newcomers who started last year now follow a Dutch course at the right level."])

TOPICS_EN["Power BI"] = dict(
    subj=["Power BI report catalogue", "moving from Excel to Power BI"],
    ctx=["More and more of our reports are built in Power BI instead of Excel.",
         "Power BI refreshes the data every night from the source systems."],
    iss=["Several teams built almost identical Power BI reports."],
    act=["We create one central catalogue of all Power BI reports."],
    res=["The team saves one working day per month thanks to the Power BI report."])

TOPICS_EN["e-formulieren"] = dict(
    subj=["e-forms (e-formulieren) and the case system", "the e-forms platform"],
    ctx=["Our website offers about {n} e-forms, from reporting a loose paving stone to"
         " requesting an event permit.",
         "New e-forms are built in the FormulierenBouwer, so departments can adjust them"
         " themselves."],
    iss=["Some e-forms only send the request by e-mail, so no case is created."],
    act=["Known data is prefilled when the resident logs in with DigiD."],
    res=["The number of incomplete requests through the e-forms dropped by {pct_small}"
         " percent."])

TOPICS_EN["klantreis"] = dict(
    subj=["customer journey mapping (klantreis) in OPEN-DOORS", "the customer journey 'moving"
          " house'"],
    ctx=["A customer journey follows step by step what a resident experiences, from the first"
         " question until everything is arranged."],
    iss=["The customer journey shows that residents sometimes receive four letters from"
         " different departments about the same subject."],
    act=["Each customer journey gets an owner who follows up on the improvements."],
    res=["Residents now receive a status message when their request reaches the next step."])

TOPICS_EN["NIS2"] = dict(
    min_date=["2023-01-01"],
    subj=["NIS2 readiness assessment", "NIS2 incident reporting procedure"],
    ctx=["The European NIS2 directive raises the bar for the digital resilience of public"
         " bodies.",
         "In the Netherlands NIS2 is implemented through the Cyberbeveiligingswet."],
    iss=["It is not yet fully clear which NIS2 obligations will apply to municipalities."],
    act=["We carry out a gap analysis between our current measures and NIS2."],
    res=["The gap analysis shows that we already meet most requirements."])

TOPICS_EN["informatiebeheer"] = dict(
    subj=["information management principles for the data platform"],
    ctx=["Good information management means storing the right information in the right place,"
         " so that colleagues and residents can rely on it."],
    iss=["Information is still spread over network drives, Teams, the DMS and personal"
         " folders."],
    act=["Every department appoints an information coordinator."],
    res=["After the clean-up of the network drives, a large share of the files was deleted or"
         " moved."])

TOPICS_EN["DMS"] = dict(
    subj=["integrating the DMS with Microsoft 365"],
    ctx=["The DMS stores all documents that belong to a case or file."],
    iss=["The search function of the DMS is slow and returns many irrelevant results."],
    act=["We investigate whether the DMS can be integrated with Microsoft 365."],
    res=["The new search engine finds documents much faster."])

TOPICS_EN["sociale media"] = dict(
    subj=["social media guidelines for the exchange programme"],
    ctx=["Our social media accounts together have more than {n_big} followers."],
    iss=["Questions on social media sometimes concern personal situations we cannot discuss"
         " there."],
    act=["We make a content calendar for social media every quarter."],
    res=["The reach of our social media posts doubled in {vorige_maand}."])

TOPICS_EN["DigiD"] = dict(
    subj=["DigiD connections: technical notes"],
    ctx=["Residents log in with DigiD on MijnRijnvliet and most e-forms.",
         "Every DigiD connection needs a yearly assessment."],
    iss=["Residents without DigiD get stuck in online requests."],
    act=["We bundle DigiD connections to reduce the cost of the assessment."],
    res=["The DigiD assessment resulted in no findings."])

# ============================================================================ document frames

# Kinds of Dutch documents and how they open and close. {subj} is the subject of the document
# (lower case), {head} a news headline. Other slots: see Slots.make().
FRAMES_NL = {
    "nieuws": dict(
        section="nieuws",
        titles=["Nieuws van team {team_kort}: {head}", "Uit team {team_kort}: {head}", "{Head}"],
        intro=["Er gebeurt veel bij team {team}, dus we praten jullie graag even bij.",
               "Een korte update vanuit team {team}.",
               "Misschien heb je het al gehoord bij de koffieautomaat: we hebben nieuws.",
               "Op {datum} kwam team {team} bij elkaar om de balans op te maken.",
               "Deze week in de rubriek 'Uit de teams': team {team}."],
        outro=["Vragen of ideeën? Stuur een bericht in het Teams-kanaal van team {team}.",
               "Wil je meer weten? Loop gerust even binnen bij team {team} in {locatie}.",
               "We houden jullie via intranet op de hoogte.",
               "Dank aan iedereen die heeft meegedacht!",
               "Heb je tips of vragen? Laat het ons weten in de reacties onder dit bericht."]),
    "memo": dict(
        section="documenten",
        titles=["Memo: {subj}"],
        intro=["Deze memo gaat over {subj}.",
               "Met deze memo informeren we {overleg} over {subj}.",
               "In deze memo schetsen we de stand van zaken rond {subj} en doen we een voorstel"
               " voor de aanpak."],
        outro=["Wij vragen {overleg} om in te stemmen met de voorgestelde aanpak.",
               "Wij vragen {overleg} om kennis te nemen van deze memo en de vervolgstappen te"
               " bespreken op {datum_later}.",
               "Graag bespreken we deze memo in {overleg}."]),
    "notitie": dict(
        section="documenten",
        titles=["Notitie: {subj}", "Discussienotitie: {subj}"],
        intro=["Deze notitie beschrijft {subj}.",
               "Deze notitie is bedoeld als basis voor het gesprek over {subj}.",
               "Op verzoek van {overleg} zetten we in deze notitie de belangrijkste punten over"
               " {subj} op een rij."],
        outro=["We horen graag of deze richting herkenbaar is.",
               "Reacties op deze notitie ontvangen we graag vóór {datum_later}."]),
    "advies": dict(
        section="documenten",
        titles=["Advies: {subj}", "Advies over {subj}"],
        intro=["Gevraagd is om te adviseren over {subj}.",
               "Dit advies gaat in op {subj}.",
               "Naar aanleiding van de vraag van {overleg} adviseren wij over {subj}."],
        outro=["Wij adviseren de voorgestelde aanpak over te nemen en in {kwartaal} te"
               " evalueren.",
               "Wij lichten dit advies graag toe.",
               "Ons advies is om hierover op korte termijn een besluit te nemen."]),
    "raadsvoorstel": dict(
        section="bestuur",
        titles=["Concept-raadsvoorstel: {subj}", "Raadsvoorstel (concept): {subj}"],
        intro=["Dit is een concept; de definitieve versie gaat op {datum_later} naar het"
               " college.",
               "Concept voor bespreking in {overleg}."],
        outro=["Na besluitvorming informeren we de betrokken partners en inwoners.",
               "Het college legt dit voorstel voor aan de raad van {gemeente}."]),
    "projectverslag": dict(
        section="projecten",
        titles=["Projectrapportage: {subj}", "Projectverslag: {subj}",
                "Voortgangsrapportage {kwartaal_kort}: {subj}"],
        intro=["Deze rapportage beschrijft de voortgang van het project rond {subj}.",
               "In deze projectrapportage blikken we terug op de afgelopen periode en kijken we"
               " vooruit.",
               "Het project rond {subj} ligt grotendeels op schema."],
        outro=["De volgende mijlpaal staat gepland voor {datum_later}.",
               "De stuurgroep komt op {datum_later} weer bij elkaar.",
               "De volgende rapportage volgt na afloop van {kwartaal}."]),
    "werkinstructie": dict(
        section="werkinstructies",
        titles=["Werkinstructie: {subj}"],
        intro=["Deze werkinstructie beschrijft de stappen voor {subj}.",
               "Deze werkinstructie is bedoeld voor collega's die te maken hebben met {subj}.",
               "In deze werkinstructie staat hoe we werken bij {subj}."],
        outro=["Vragen over deze werkinstructie? Neem contact op met team {team}.",
               "Deze werkinstructie wordt elk jaar gecontroleerd en zo nodig aangepast.",
               "Twijfel je? Overleg dan altijd eerst met een ervaren collega."]),
    "evaluatie": dict(
        section="projecten",
        titles=["Evaluatie: {subj}", "Terugblik: {subj}"],
        intro=["In deze evaluatie kijken we terug op {subj}.",
               "Na een jaar is het tijd om {subj} te evalueren.",
               "Deze evaluatie is gebaseerd op gesprekken met collega's, inwoners en"
               " {partner}."],
        outro=["De aanbevelingen bespreken we in {overleg}.",
               "Over een jaar volgt een nieuwe evaluatie."]),
    "vergaderverslag": dict(
        section="verslagen",
        titles=["Verslag overleg: {subj}", "Vergaderverslag: {subj}",
                "Verslag werkgroep: {subj} ({datum_doc})"],
        intro=["Voorzitter: de teamleider. Notulist: een van de collega's van team {team}.",
               "Het overleg vond plaats in {locatie}."],
        outro=["Het volgende overleg is op {datum_later}.",
               "Volgende vergadering: {datum_later}, {tijd} uur, {locatie}."]),
}
# section headings per kind: (heading, what goes in it)
SECTIONS_NL = {
    "memo": [("Aanleiding", ["ctx", "ctx", "iss"]), ("Voorstel", ["act", "act"]),
             ("Gevolgen", ["res", "pas"])],
    "notitie": [("Achtergrond", ["ctx", "ctx"]), ("Knelpunten", ["iss", "iss"]),
                ("Mogelijke aanpak", ["act", "act", "res"])],
    "advies": [("Vraag", ["ctx"]), ("Analyse", ["ctx", "iss", "iss"]),
               ("Advies", ["act", "act", "res"])],
    "raadsvoorstel": [("Aanleiding", ["ctx", "ctx"]), ("Argumenten", ["res", "act"]),
                      ("Kanttekeningen", ["iss"]), ("Financiële consequenties", ["money"]),
                      ("Vervolg", ["act"])],
    "projectverslag": [("Stand van zaken", ["ctx", "res", "res"]),
                       ("Knelpunten en risico's", ["iss", "iss"]),
                       ("Volgende stappen", ["act", "act"])],
    "werkinstructie": [("Doel", ["ctx"]), ("Werkwijze", ["steps"]), ("Let op", ["iss"])],
    "evaluatie": [("Wat ging goed", ["res", "res", "ctx"]), ("Wat kan beter", ["iss", "iss"]),
                  ("Aanbevelingen", ["act", "act"])],
    "nieuws": [(None, ["ctx", "act", "act", "res", "pas"])],
}
MONEY_NL = ["De kosten bedragen eenmalig € {euro} en worden gedekt binnen de bestaande middelen.",
            "Dit voorstel heeft geen financiële consequenties.",
            "De structurele kosten van € {euro} per jaar nemen we mee in de eerstvolgende"
            " financiële cyclus."]
DECISION_NL = ["In te stemmen met de voorgestelde aanpak voor {subj}.",
               "Het college opdracht te geven de uitvoering ter hand te nemen.",
               "De raad in {kwartaal} te informeren over de voortgang."]
GENERIC_STEPS_NL = ["Leg elke stap vast in de zaak.",
                    "Stem bij twijfel af met de teamleider.",
                    "Informeer de inwoner binnen twee werkdagen over de vervolgstappen.",
                    "Controleer de gegevens voordat je het besluit verstuurt."]
AGENDA_OPEN_NL = ["De voorzitter opent de vergadering en heet iedereen welkom.",
                  "Er zijn geen aanvullingen op de agenda.",
                  "Het verslag van de vorige keer wordt ongewijzigd vastgesteld."]
AGENDA_CLOSE_NL = ["Geen vragen voor de rondvraag.",
                   "Een collega meldt dat het teamuitje in {maand} is gepland.",
                   "De voorzitter sluit de vergadering om {tijd} uur."]
# topic-neutral sentences to round a document off
FILLER_NL = [
    "Daarbij werken we nauw samen met collega's van andere teams.",
    "De komende periode houden we de resultaten goed in de gaten.",
    "We merken dat korte lijnen met de uitvoering veel opleveren.",
    "De planning is krap, maar haalbaar als de besluitvorming op tijd rond is.",
    "Ook de ervaringen van inwoners nemen we mee.",
    "Niet alles kan tegelijk; we maken daarom duidelijke keuzes.",
    "We hebben hierover op {datum} uitgebreid gesproken in {overleg}.",
    "In {maand_later} volgt een eerste tussenevaluatie.",
    "De aanpak is afgestemd met {wethouder}.",
    "Met de huidige bezetting is dit uitvoerbaar, mits er geen grote nieuwe opdrachten bij komen.",
    "Het is mooi om te zien hoeveel energie collega's hierin steken.",
    "We houden rekening met de verschillen tussen Aldenburg en Veenoord.",
    "Waar nodig schakelen we {partner} in.",
    "De kosten passen binnen de bestaande middelen.",
    "Een aantal collega's heeft aangegeven hier graag verder aan mee te werken.",
    "We leggen de afspraken vast, zodat ze ook over een jaar nog duidelijk zijn.",
    "Voor vragen kun je altijd terecht bij de collega's van team {team}.",
    "We kiezen bewust voor een stapsgewijze aanpak.",
    "Zo voorkomen we dat inwoners van het kastje naar de muur worden gestuurd.",
    "Dit vraagt wel om een andere manier van samenwerken.",
    "Wat ons betreft is dit een eerste stap; er volgen er meer.",
    "De reacties van collega's op het voorstel waren overwegend positief.",
    "We nemen de lessen uit {vorig_jaar} nadrukkelijk mee.",
    "Het onderwerp staat op {datum_later} opnieuw op de agenda van {overleg}.",
    "Eind {maand_later} weten we of de aanpak het gewenste effect heeft.",
    "Het is belangrijk dat Aldenburg en Veenoord hierin dezelfde lijn kiezen.",
    "Dit sluit aan bij de afspraken uit het coalitieakkoord.",
    "Wie wil meedenken, kan zich melden bij de teamleider.",
    "De eerste reacties uit de wijk zijn bemoedigend.",
    "We houden de werkdruk van het team daarbij goed in de gaten.",
    "Een kleine werkgroep werkt de details de komende weken verder uit.",
    "We verwachten hiervan vooral winst op de langere termijn.",
    "De ervaringen in buurgemeenten laten zien dat dit werkt.",
    "Na de zomer kijken we samen terug op wat het heeft opgeleverd.",
    "Waar het kan, sluiten we aan bij wat landelijk al is ontwikkeld.",
]

FRAMES_EN = {
    "architecture note": dict(
        section="architectuur",
        titles=["Architecture note: {subj}", "Design note: {subj}"],
        intro=["This note describes the target architecture for {subj}.",
               "This architecture note records the main design decisions for {subj}.",
               "The purpose of this note is to align the ICT team and our suppliers on {subj}."],
        outro=["Comments on this note can be sent to the architecture board before"
               " {datum_later}.",
               "The architecture board discussed this note on {datum} and agreed with the"
               " direction."],
        sections=[("Context", ["ctx", "ctx"]), ("Problem", ["iss", "iss"]),
                  ("Design decisions", ["act", "act"]), ("Consequences", ["res"])]),
    "project update": dict(
        section="projecten",
        titles=["OPEN-DOORS project update: {subj}", "Project update: {subj}"],
        intro=["This update summarises progress on {subj} for the partners in the Interreg"
               " project OPEN-DOORS.",
               "OPEN-DOORS brings together Rijnvliet, Nørreby (Denmark), Rheinfelde (Germany)"
               " and Westhoek (Belgium) to make public services more inclusive."],
        outro=["The next partner meeting is planned for {datum_later} in {partner_city}.",
               "Questions can be sent to the project team via the OPEN-DOORS channel in"
               " Teams."],
        sections=[("Progress", ["ctx", "res", "res"]), ("Issues", ["iss", "iss"]),
                  ("Next steps", ["act", "act"])]),
    "exchange report": dict(
        section="internationaal",
        titles=["Exchange report: {subj}", "Visit report {partner_city}: {subj}"],
        intro=["In {vorige_maand} a delegation from Rijnvliet visited our partner municipality"
               " {partner_city}.",
               "As part of the exchange programme, colleagues from {partner_city} spent three"
               " days in Aldenburg and Veenoord."],
        outro=["The delegations will meet again online on {datum_later}.",
               "We thank our hosts for their hospitality and openness."],
        sections=[("Background", ["ctx", "ctx"]), ("What we learned", ["iss", "res", "act"]),
                  ("Follow-up", ["act"])]),
    "meeting notes": dict(
        section="verslagen",
        titles=["Meeting notes: {subj}", "Minutes: {subj} ({datum_doc})"],
        intro=["Chair: the team lead. Notes: one of the colleagues of team {team}.",
               "The meeting took place online."],
        outro=["Next meeting: {datum_later}.", "The chair closed the meeting at {tijd}."],
        sections=None),
    "memo": dict(
        section="documenten",
        titles=["Memo: {subj}"],
        intro=["This memo sets out {subj} for our international partners.",
               "This memo explains {subj} in English for colleagues and partners who do not"
               " read Dutch."],
        outro=["We are happy to answer any questions.", "Please share this memo with your"
               " team."],
        sections=[("Background", ["ctx", "ctx", "iss"]), ("Proposal", ["act", "act", "res"])]),
}
FILLER_EN = [
    "We work closely with colleagues from other teams on this.",
    "We will monitor the results closely in the coming months.",
    "The timeline is tight but feasible if decisions are taken on time.",
    "We take the experiences of residents into account.",
    "We discussed this on {datum} with {overleg_en}.",
    "A first interim review is planned for {maand_later}.",
    "This requires a different way of working together.",
    "We deliberately chose a step-by-step approach.",
    "Several colleagues offered to contribute to the next phase.",
    "The costs fit within the existing resources.",
    "This is a first step; more will follow.",
    "The first reactions from colleagues were mostly positive.",
    "We build on what other Dutch municipalities have already developed.",
    "A small working group will work out the details in the coming weeks.",
    "We expect the main benefits in the longer term.",
    "Experiences in neighbouring municipalities show that this approach works.",
]
AGENDA_OPEN_EN = ["The chair welcomes everyone.", "The notes of the previous meeting are"
                  " approved."]
AGENDA_CLOSE_EN = ["No further questions.", "The chair closes the meeting at {tijd}."]

# kinds of document per writing style, with weights
KINDS_NL = {
    "beleid": [("memo", 20), ("notitie", 15), ("advies", 20), ("raadsvoorstel", 12),
               ("evaluatie", 10), ("projectverslag", 8), ("nieuws", 8), ("vergaderverslag", 7)],
    "uitvoering": [("werkinstructie", 30), ("nieuws", 25), ("vergaderverslag", 15), ("memo", 10),
                   ("evaluatie", 10), ("notitie", 10)],
    "ict": [("werkinstructie", 20), ("notitie", 20), ("memo", 15), ("projectverslag", 15),
            ("nieuws", 15), ("vergaderverslag", 10), ("advies", 5)],
    "project": [("projectverslag", 35), ("memo", 15), ("evaluatie", 15), ("vergaderverslag", 15),
                ("nieuws", 10), ("notitie", 10)],
    "manager": [("memo", 30), ("nieuws", 25), ("vergaderverslag", 20), ("notitie", 15),
                ("evaluatie", 10)],
    "support": [("vergaderverslag", 40), ("werkinstructie", 30), ("nieuws", 30)],
    "griffie": [("vergaderverslag", 35), ("memo", 20), ("notitie", 20), ("werkinstructie", 15),
                ("nieuws", 10)],
}
KINDS_EN = {
    "ict": [("architecture note", 55), ("memo", 20), ("meeting notes", 25)],
    "project": [("project update", 55), ("meeting notes", 25), ("memo", 20)],
    "beleid": [("exchange report", 35), ("project update", 30), ("memo", 20),
               ("meeting notes", 15)],
}
KINDS_EN["uitvoering"] = KINDS_EN["beleid"]
KINDS_EN["manager"] = KINDS_EN["beleid"]
KINDS_EN["support"] = KINDS_EN["project"]
KINDS_EN["griffie"] = KINDS_EN["beleid"]

# ============================================================================ slot values

WIJKEN = {"Aldenburg": ["Molenkwartier", "Vliethaven", "De Kroonwaard", "Oude Dijk", "Zuiderpark",
                        "Kerkebuurt", "Blauwe Zoom", "Sluisbuurt", "Oudvliet"],
          "Veenoord": ["Rietland", "Hoge Veld", "De Turfhoek", "Veenoord-Noord", "Eikenhorst",
                       "Dorpskern Oost", "Het Laag", "Ter Heide"]}
LOCATIES = {"Aldenburg": ["het Stadskantoor", "wijkcentrum De Schakel",
                          "de bibliotheek aan het Marktplein"],
            "Veenoord": ["het gemeentehuis in Veenoord", "het Servicepunt Veenoord",
                         "dorpshuis Ter Heide"]}
WETHOUDERS = {"Aldenburg": ["wethouder Kortenhoeven", "wethouder El Hamdaoui",
                            "wethouder Tjalma"],
              "Veenoord": ["wethouder Verweij", "wethouder Scholtens-Brink", "wethouder Oosting"]}
STRATEN = ["Molendijk", "Kanaalweg", "Stationsstraat", "Rietkade", "Turfweg", "Kerkpad",
           "Vlietoever", "Hoge Dijk"]
# partners a team would call in (the rest: PARTNERS_DEFAULT)
PARTNERS = {
    "rv-sociaal-domein": ["de GGD", "Welzijn Veenoord", "het UWV", "Vluchtelingenwerk",
                          "de Kredietbank", "de huisartsen in de regio"],
    "bib-ido": ["de Belastingdienst", "het UWV", "Welzijn Veenoord"],
    "rv-kcc": ["de leverancier van het klantcontactsysteem", "de vakafdelingen"],
    "rv-vergunningen": ["de Omgevingsdienst Midden-Rijn", "de Veiligheidsregio"],
    "rv-omgevingsbeleid": ["de Omgevingsdienst Midden-Rijn", "woningcorporatie Rijnland",
                           "de netbeheerder", "het Waterschap Rijn en Veen"],
    "rv-toezicht-handhaving": ["de politie", "de Omgevingsdienst Midden-Rijn"],
    "rv-openbare-ruimte": ["het Waterschap Rijn en Veen", "de aannemer", "de afvalinzamelaar"],
    "rv-informatiebeheer": ["het Regionaal Archief", "de leverancier van het DMS"],
    "rv-ict": ["de leverancier", "de IBD"],
    "rv-communicatie": ["de Veiligheidsregio", "RTV Rijnvliet"],
    "rv-juridische-zaken": ["onze verzekeraar", "de advocaat van de gemeente"],
    "rv-financien": ["de accountant", "de provincie"],
    "rv-hr": ["de arbodienst", "het uitzendbureau"],
}
PARTNERS_DEFAULT = ["een extern adviesbureau", "collega's uit de regio", "de leverancier"]
OVERLEGGEN = ["het MT Dienstverlening", "het MT Bedrijfsvoering", "het MT Samenleving",
              "het MT Fysiek", "het directieoverleg", "de stuurgroep Digitalisering",
              "het portefeuillehoudersoverleg", "het teamoverleg", "de werkgroep"
              " Informatiehuishouding", "het regionale ketenoverleg", "de klankbordgroep"]
OVERLEGGEN_EN = ["the management team", "the steering group", "the project partners",
                 "the architecture board"]
PARTNER_CITIES = ["Nørreby (Denmark)", "Rheinfelde (Germany)", "Westhoek (Belgium)"]
MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
KWARTALEN = ["het eerste kwartaal", "het tweede kwartaal", "het derde kwartaal",
             "het vierde kwartaal"]

# ============================================================================ profiles

BIO_FIRST = ["Ik werk sinds {year} bij {org} als {title}.",
             "Sinds {year} ben ik {title} bij team {team}.",
             "Ik ben {title} bij team {team}.",
             "Als {title} werk ik sinds {year} bij {org}."]
BIO_NEUTRAL = "Ik werk sinds {year} bij team {team}."
BIO_FOCUS = ["Mijn werk draait vooral om {t1} en {t2}.",
             "Ik houd me bezig met {t1}, {t2} en alles wat daarbij komt kijken.",
             "Vraag me gerust naar {t1}.",
             "Mijn aandachtsgebieden zijn {t1} en {t2}."]
BIO_EXTRA = ["Daarvoor werkte ik {n} jaar bij {prev}.",
             "Ik krijg energie van {energy}.",
             'Mijn motto: "{motto}".',
             "Buiten het werk {hobby}."]
BIO_EN = ["I joined {org} in {year} and work as {title} in team {team}.",
          "Before that I worked for {n} years at {prev_en}.",
          "Happy to help with questions about {t1}.",
          "Outside work, {hobby_en}."]
PREVIOUS = ["de gemeente Utrecht", "een woningcorporatie", "de Belastingdienst", "het UWV",
            "een ICT-bedrijf in Amersfoort", "de provincie", "een zorginstelling", "het onderwijs",
            "de gemeente Zwolle", "een advocatenkantoor", "een bank", "Rijkswaterstaat",
            "de politie", "een accountantskantoor", "het waterschap"]
PREVIOUS_EN = ["a software company in Gdańsk", "the city of Kraków", "a consultancy in London",
               "a hospital in Accra", "the municipality of Kyiv", "a bank in Frankfurt"]
ENERGY = ["een tevreden inwoner", "processen eenvoudiger maken", "samenwerken met andere teams",
          "lastige vraagstukken oplossen", "goed voorbereide overleggen",
          "mooie cijfers en nog mooiere inzichten"]
MOTTOS = ["eerst luisteren, dan doen", "gewoon doen", "samen kom je verder",
          "klein beginnen, groot denken", "de inwoner centraal, niet het systeem"]
HOBBIES = ["sta ik op het voetbalveld als trainer van de jeugd", "fiets ik graag, het liefst door"
           " de polder", "zing ik in een koor", "ben ik vrijwilliger bij de voedselbank",
           "kook ik graag voor vrienden", "lees ik veel, vooral thrillers", "wandel ik met mijn"
           " hond langs de Rijn", "speel ik gitaar in een coverband", "ben ik te vinden in mijn"
           " moestuin"]
HOBBIES_EN = ["I coach a youth football team", "I like cycling through the polders",
              "I sing in a choir", "I am learning Dutch and enjoy every lesson"]
# how a topic reads in a bio sentence
BIO_FORM = {"Basisregistratie Personen": "de BRP", "klantcontactcentrum": "het KCC",
            "Informatiepunt Digitale Overheid": "het IDO", "DMS": "het DMS", "DSO": "het DSO",
            "BAG": "de BAG", "WOZ": "de WOZ", "BIO": "de BIO", "Awb": "de Awb",
            "Jeugdwet": "de Jeugdwet", "Participatiewet": "de Participatiewet",
            "Archiefwet": "de Archiefwet", "VTH": "VTH-taken",
            "identiteits- en toegangsbeheer": "identiteits- en toegangsbeheer"}
# generic skills anyone may add to a profile
GENERIC_SKILLS = ["projectmanagement", "lean", "agile werken", "procesmanagement", "Power BI",
                  "B1-taalniveau", "Microsoft 365", "data-analyse"]
# how people type some skills (aliases the taxonomy knows)
SKILL_ALIASES = {"Basisregistratie Personen": "BRP", "klantcontactcentrum": "KCC",
                 "Informatiepunt Digitale Overheid": "IDO", "identiteits- en toegangsbeheer": "IAM",
                 "cloudcomputing": "cloud", "agile werken": "Scrum", "B1-taalniveau":
                 "begrijpelijke taal", "geo-informatie": "GIS"}

# ============================================================================ helpers

SLOT_RE = re.compile(r"\{(\w+)\}")
DATE_TAG = re.compile(r"^\[(>=|<)(\d{4})-(\d{2})-(\d{2})\] ")
_FOLD = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae"}


def ascii_fold(text: str) -> str:
    text = "".join(_FOLD.get(c, c) for c in text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slugify(text: str, max_len: int = 70) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug


def nl_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def en_int(n: int) -> str:
    return f"{n:,}"


T = TypeVar("T")


def weighted(rng: random.Random, pairs: list[tuple[T, float]]) -> T:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def usable(template: str, when: date) -> bool:
    tag = DATE_TAG.match(template)
    if not tag:
        return True
    limit = date(int(tag[2]), int(tag[3]), int(tag[4]))
    return when >= limit if tag[1] == ">=" else when < limit


def untag(template: str) -> str:
    return DATE_TAG.sub("", template)


def words(text: str) -> int:
    return len(text.split())


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def topic_min_date(topic: str) -> date:
    bank = TOPICS_NL.get(topic, {})
    return date.fromisoformat(bank["min_date"][0]) if "min_date" in bank else DOC_START


# ============================================================================ people

@dataclass
class Person:
    id: str
    name: str
    given: str
    family: str
    email: str
    dept: str
    title: str
    start: date
    location: str
    languages: str
    focus: list[str]
    style: str
    en: float
    key: str = ""
    manager_id: str = ""
    is_head: bool = False
    newcomer: bool = False
    scim: bool = False
    skills: str = ""
    bio: str = ""
    ask: str = ""
    mentor: str = ""
    learn: str = ""


class NameMaker:
    """Draws unique, plausible names (and matching e-mail addresses)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.emails: set[str] = set()

    def draw(self) -> tuple[str, str, str, str, str]:
        rng = self.rng
        while True:
            bg = weighted(rng, [(k, v["weight"]) for k, v in NAME_BANKS.items()])
            female = rng.random() < 0.5
            if bg == "other":
                lasts, fs, ms, langs = rng.choice(OTHER_GROUPS)
                given, family = rng.choice(fs if female else ms), rng.choice(lasts)
            else:
                bank = NAME_BANKS[bg]
                given = rng.choice(bank["f"] if female else bank["m"])
                family = rng.choice(bank["last"])
                if "/" in family:
                    family = family.split("/")[1 if female else 0]
                langs = weighted(rng, bank["langs"])
            name = f"{given} {family}"
            local_given = re.sub(r"[^a-z0-9-]", "", ascii_fold(given).lower())
            local_family = re.sub(r"[^a-z0-9-]", "", ascii_fold(family).lower())
            email = f"{local_given}.{local_family}@{MAIL_DOMAIN}"
            if name in self.names or email in self.emails:
                continue
            self.names.add(name)
            self.emails.add(email)
            return name, given, family, email, langs


def draw_start(rng: random.Random, latest: date, earliest: date = date(1995, 1, 1)) -> date:
    span = (latest - earliest).days
    day = earliest + timedelta(days=int(span * rng.random() ** 0.85))
    if rng.random() < 0.6:  # most contracts start on the first of a month
        day = day.replace(day=1)
    return day


def draw_location(rng: random.Random, dept: str) -> str:
    if rng.random() < THUISWERK_SHARE.get(dept, 0.15):
        return "Thuiswerk"
    if dept == "rv-sociaal-domein":
        return rng.choice(["Aldenburg", "Veenoord"])
    return DEPT_TOWN.get(dept, "Aldenburg")


def pick_focus(rng: random.Random, pool: list[str]) -> list[str]:
    k = min(len(pool), rng.choice([2, 2, 3, 3, 4]))
    first = rng.choice(pool)
    rest = [t for t in pool if t != first]
    rng.shuffle(rest)
    return [first] + rest[:k - 1]


def build_people(rng: random.Random, names: NameMaker) -> tuple[list[Person], dict[str, Person]]:
    """Everyone in people.csv (in department order), and the planted people by key."""
    people: list[Person] = []
    planted: dict[str, Person] = {}
    specials_by_dept: dict[str, list[dict]] = defaultdict(list)
    for spec in SPECIALS:
        specials_by_dept[spec["dept"]].append(spec)
    newcomers_by_dept: dict[str, list[tuple]] = defaultdict(list)
    for entry in CSV_NEWCOMERS:
        newcomers_by_dept[entry[0]].append(entry)

    def add(dept: str, title: str, focus: list[str], style: str, en: float, latest: date,
            key: str = "", head: bool = False, start: date | None = None) -> Person:
        name, given, family, email, langs = names.draw()
        person = Person(
            id=f"e{1001 + len(people)}", name=name, given=given, family=family, email=email,
            dept=dept, title=title, start=start or draw_start(rng, latest),
            location=draw_location(rng, dept), languages=langs, focus=focus, style=style,
            en=en, key=key, is_head=head, newcomer=start is not None)
        people.append(person)
        if key:
            planted[key] = person
        return person

    for dept, _name, _parent, _org in DEPARTMENTS:
        for title, focus in HEADS.get(dept, []):
            latest = date(2008, 12, 31) if dept == "rv-directie" else date(2016, 12, 31)
            add(dept, title, list(focus), HEAD_STYLE.get(dept, "manager"), 0.05, latest,
                head=True)
        for spec in specials_by_dept.get(dept, []):
            latest = date(2018, 6, 30) if spec["key"].startswith("BR") else date(2019, 6, 30)
            if spec["key"].startswith(("BO", "TD", "KC", "CMP")):
                latest = date(2021, 12, 31)
            add(dept, spec["title"], list(spec["topics"]), spec["style"], spec["en"], latest,
                key=spec["key"], head=spec.get("head", False))
        for title, count, pool, style, en in ROLES.get(dept, []):
            for _ in range(count):
                add(dept, title, pick_focus(rng, pool), style, en, date(2026, 7, 31))
        for _dept, title, focus, start in newcomers_by_dept.get(dept, []):
            add(dept, title, list(focus), "uitvoering", 0.0, date(2026, 7, 31),
                start=date.fromisoformat(start))
    assign_managers(rng, people)
    return people, planted


def heads_of(people: list[Person]) -> dict[str, list[Person]]:
    heads: dict[str, list[Person]] = defaultdict(list)
    for p in people:
        if p.is_head:
            heads[p.dept].append(p)
    return heads


def assign_managers(rng: random.Random, people: list[Person]) -> None:
    """Members report to (one of) their department's heads; heads to the head of the parent
    unit. The director, the griffiers (they answer to the council) and the library's manager
    have no manager in these files."""
    heads = heads_of(people)

    def unit_head(dept: str) -> str:
        parent = DEPT_PARENT[dept]
        while parent:
            if heads.get(parent):
                return heads[parent][0].id
            parent = DEPT_PARENT[parent]
        return ""

    for p in people:
        if p.is_head:
            p.manager_id = unit_head(p.dept)
        else:
            options = heads.get(p.dept) or []
            p.manager_id = rng.choice(options).id if options else unit_head(p.dept)


def build_scim_people(rng: random.Random, names: NameMaker, first_number: int,
                      people: list[Person]) -> list[Person]:
    heads = heads_of(people)
    out = []
    for i, (dept, title, start) in enumerate(SCIM_NEWCOMERS):
        name, given, family, email, langs = names.draw()
        out.append(Person(
            id=f"e{first_number + i}", name=name, given=given, family=family, email=email,
            dept=dept, title=title, start=date.fromisoformat(start),
            location=rng.choice(["Aldenburg", "Aldenburg", "Veenoord"]), languages=langs,
            focus=[], style="uitvoering", en=0.0, newcomer=True, scim=True,
            manager_id=rng.choice(heads[dept]).id))
    return out


# --------------------------------------------------------------------------- profiles

LEARNABLE = ["Power BI", "data-analyse", "agile werken", "AVG", "Wmo", "Omgevingswet",
             "digitale toegankelijkheid", "informatiebeveiliging", "Woo", "projectmanagement",
             "B1-taalniveau", "lean", "Microsoft 365", "burgerparticipatie",
             "datagedreven werken", "Common Ground", "begroting", "schuldhulpverlening",
             "werving en selectie", "archivering", "privacy", "klantreis"]
SPEC_BY_KEY = {s["key"]: s for s in SPECIALS}
ORG_SHORT = {ORG_RV: "Rijnvliet", ORG_AL: "de gemeente Aldenburg", ORG_VO: "de gemeente Veenoord",
             ORG_BIB: "de Bibliotheek Rijnvliet"}


def profile_topics(p: Person) -> list[str]:
    """Focus topics a person would name on a profile (no planted, single or internal ones)."""
    return [t for t in p.focus if t not in PSEUDO_TOPICS and t not in PLANTED_EXPERTS
            and t not in SINGLE_EXPERT]


def skill_text(rng: random.Random, topic: str) -> str:
    if topic in SKILL_ALIASES and rng.random() < 0.3:
        return SKILL_ALIASES[topic]
    return topic


def make_skills(rng: random.Random, p: Person) -> str:
    spec = SPEC_BY_KEY.get(p.key)
    if spec is not None and spec["skills"] is not None:
        return ";".join(f"{label}:{level}" for label, level in spec["skills"])
    if p.newcomer:
        if rng.random() < 0.4:
            return ""
        return ";".join(f"{skill_text(rng, t)}:{rng.choice([2, 3])}" for t in profile_topics(p))
    if rng.random() > 0.72:
        return ""  # about 30% never fill in their skills
    topics = profile_topics(p)
    rng.shuffle(topics)
    chosen = topics[:rng.randint(1, 3)]
    for extra in rng.sample(GENERIC_SKILLS, rng.choice([0, 0, 1, 2])):
        if extra not in chosen:
            chosen.append(extra)
    out = []
    for topic in chosen:
        label = skill_text(rng, topic)
        level = rng.choice([None, 2, 3, 3, 4, 4, 4, 5]) if rng.random() < 0.8 else None
        out.append(f"{label}:{level}" if level else label)
    return ";".join(out)


def bio_form(topic: str) -> str:
    return BIO_FORM.get(topic, topic)


def make_bio(rng: random.Random, p: Person) -> str:
    """1-3 sentences; some people write in English; none mentions a planted topic (except the
    accessibility expert who also claims it) or any other controlled term."""
    allowed = {"digitale toegankelijkheid"} if p.key == "ACC1" else set()
    topics = profile_topics(p)
    if p.key == "ACC1":
        topics = ["digitale toegankelijkheid"] + topics
    fallback = [t for t in GENERIC_SKILLS if t not in topics]
    values = dict(year=str(p.start.year), org=ORG_SHORT[DEPT_ORG[p.dept]], title=p.title,
                  team=TEAM_SHORT.get(p.dept, DEPT_NAME[p.dept]), n=str(rng.randint(2, 12)),
                  prev=rng.choice(PREVIOUS), prev_en=rng.choice(PREVIOUS_EN),
                  energy=rng.choice(ENERGY), motto=rng.choice(MOTTOS), hobby=rng.choice(HOBBIES),
                  hobby_en=rng.choice(HOBBIES_EN))
    picks = (topics + rng.sample(fallback, 2))[:2]
    values["t1"], values["t2"] = bio_form(picks[0]), bio_form(picks[1])
    english = p.languages.split(";")[0] in ("en", "pl", "uk") and rng.random() < 0.7
    for attempt in range(12):
        if english:
            parts = [BIO_EN[0]] + rng.sample(BIO_EN[1:], rng.randint(0, 2))
        else:
            first = rng.choice(BIO_FIRST) if attempt < 6 else BIO_NEUTRAL
            parts = [first]
            if rng.random() < 0.75:
                parts.append(rng.choice(BIO_FOCUS))
            if rng.random() < 0.5:
                parts.append(rng.choice(BIO_EXTRA))
            parts = parts[:3]
        text = " ".join(SLOT_RE.sub(lambda m: values[m.group(1)], s) for s in parts)
        if families_in(text) <= allowed:
            return text
    return f"Ik werk sinds {p.start.year} bij team {values['team']}."


def fill_profiles(rng: random.Random, people: list[Person]) -> None:
    for p in people:
        p.skills = make_skills(rng, p)
        if p.key == "ACC1" or (not p.newcomer and rng.random() < 0.8) or \
                (p.newcomer and rng.random() < 0.5):
            p.bio = make_bio(rng, p)
        topics = profile_topics(p)
        if p.key == "ACC1":
            p.ask = "digitale toegankelijkheid;WCAG"
        elif topics and rng.random() < 0.2:
            p.ask = ";".join(rng.sample(topics, min(len(topics), rng.choice([1, 1, 2]))))
        if topics and p.start < date(2015, 1, 1) and rng.random() < 0.3:
            p.mentor = ";".join(rng.sample(topics, 1))
        if p.newcomer:
            p.learn = ";".join(NEWCOMER_LEARN.get(p.dept, rng.sample(LEARNABLE, 2)))
        elif rng.random() < 0.18:
            options = [t for t in LEARNABLE if t not in p.focus]
            p.learn = ";".join(rng.sample(options, rng.choice([1, 1, 2])))


# ============================================================================ planning

@dataclass
class Plan:
    authors: list[str]
    primary: str
    secondary: str | None
    kind: str
    lang: str
    when: date
    purpose: str              # planted, compound, discovered, single, bridge, bonding, regular
    allowed: frozenset[str]   # controlled families this document is meant to contain
    title: str = ""
    blocks: list = field(default_factory=list)
    text: str = ""
    families: frozenset[str] = frozenset()


class Reach:
    """Which other departments each person is tied to (co-authorship and interactions).
    Bridges are unlimited; the bonding-only people stay inside; everyone else reaches at most
    two neighbouring departments."""

    def __init__(self, people: dict[str, Person], bridges: set[str], bonding: set[str]) -> None:
        self.dept = {pid: p.dept for pid, p in people.items()}
        self.cap = {pid: 99 if pid in bridges else 0 if pid in bonding else 2 for pid in people}
        self.reach: dict[str, set[str]] = defaultdict(set)

    def ok(self, ids: list[str]) -> bool:
        depts = {self.dept[i] for i in ids}
        return all(len(self.reach[i] | (depts - {self.dept[i]})) <= self.cap[i] for i in ids)

    def link(self, ids: list[str]) -> None:
        depts = {self.dept[i] for i in ids}
        for i in ids:
            self.reach[i] |= depts - {self.dept[i]}


class Budget:
    """How often each person has used each controlled family (documents), and which documents
    are reserved for designated uses (planned co-authorship of an expert's document)."""

    def __init__(self, experts: dict[str, set[str]], compound_people: set[str]) -> None:
        self.experts = experts  # family -> people allowed to use it freely
        self.compound_people = compound_people
        self.used: dict[str, Counter] = defaultdict(Counter)
        self.reserved: dict[str, Counter] = defaultdict(Counter)
        self.extra: dict[str, Counter] = defaultdict(Counter)  # experts, outside their own docs

    def load(self, pid: str, fam: str) -> int:
        return self.used[pid][fam] + self.reserved[pid][fam]

    def permits(self, pid: str, fam: str) -> bool:
        """May ``pid`` use ``fam`` in one more (non-designated) document?"""
        if fam == "forbidden":
            return False
        if fam == "acc-bare":
            return pid not in self.compound_people
        if fam in SINGLE_EXPERT or fam == "compound":
            return pid in self.experts.get(fam, set()) and fam == "compound"
        if pid in self.experts.get(fam, set()):  # keeps the experts' ranking as planned
            return self.extra[pid][fam] < 1
        cap = DISCOVERED_CAP if fam in DISCOVERED else PASSING_CAP
        return self.load(pid, fam) < cap


class Planner:
    """Decides who writes which document, about what, when and in which language."""

    def __init__(self, rng: random.Random, people: list[Person], planted: dict[str, Person],
                 budget: Budget, reach: Reach) -> None:
        self.rng = rng
        self.people = {p.id: p for p in people}
        self.planted = planted
        self.budget = budget
        self.reach = reach
        self.plans: list[Plan] = []
        self.by_dept: dict[str, list[Person]] = defaultdict(list)
        for p in people:
            if not p.newcomer:
                self.by_dept[p.dept].append(p)
        self.expert_of: dict[str, str] = {}
        for query, (_topic, members) in PLANTED_EXPERTS.items():
            for key, _n in members:
                self.expert_of[planted[key].id] = query

    # ------------------------------------------------------------------ choices
    def when(self, authors: list[str], topic: str) -> date:
        lo = max([self.people[a].start + timedelta(days=30) for a in authors]
                 + [DOC_START, topic_min_date(topic)])
        span = max((DOC_END - lo).days, 0)
        return lo + timedelta(days=int(span * self.rng.random() ** 0.6))

    def lang(self, person: Person, topic: str) -> str:
        return "en" if topic in TOPICS_EN and self.rng.random() < person.en * EN_BOOST else "nl"

    def kind(self, person: Person, topic: str, lang: str) -> str:
        if lang == "en":
            return weighted(self.rng, KINDS_EN[person.style])
        kind = weighted(self.rng, KINDS_NL[person.style])
        if kind == "raadsvoorstel" and topic not in BESTUURLIJK:
            kind = "advies"
        if kind == "werkinstructie" and "steps" not in TOPICS_NL[topic] and \
                self.rng.random() < 0.6:
            kind = "notitie"
        return kind

    def primary_of(self, person: Person, exclude: set[str] = frozenset()) -> str:
        options = [t for t in person.focus if t not in exclude] or person.focus
        weights = [(t, 3.0 if i == 0 else 1.5) for i, t in enumerate(options)]
        return weighted(self.rng, weights)

    def secondary_of(self, person: Person, primary: str, chance: float = 0.55) -> str | None:
        options = [t for t in person.focus if t != primary and t not in PSEUDO_TOPICS
                   and t not in SINGLE_EXPERT]
        if options and self.rng.random() < chance:
            return self.rng.choice(options)
        return None

    def coauthors(self, lead: Person, k: int, fam: str | None = None, cross: float = 0.15,
                  exclude: set[str] = frozenset()) -> list[str]:
        """Up to ``k`` co-authors: mostly colleagues from the lead's department."""
        chosen: list[str] = []
        for _ in range(k):
            if self.rng.random() < cross:
                depts = [d for d in NEIGHBOURS.get(lead.dept, []) if d in self.by_dept]
                pool = [p for d in depts for p in self.by_dept[d]]
            else:
                pool = self.by_dept[lead.dept]
            candidates = []
            for c in pool:
                if c.id == lead.id or c.id in chosen or c.id in exclude:
                    continue
                if fam is not None and (c.id in self.budget.experts.get(fam, set())
                                        or self.budget.load(c.id, fam) > 0):
                    continue  # experts write their own; others co-author at most one
                if c.key in ("CMP1", "CMP2") and fam == "digitale toegankelijkheid":
                    continue
                if not self.reach.ok([lead.id, *chosen, c.id]):
                    continue
                candidates.append(c.id)
            if candidates:
                chosen.append(self.rng.choice(candidates))
        return chosen

    def add(self, authors: list[str], primary: str, purpose: str, allowed: set[str],
            secondary: str | None = None, lang: str | None = None, kind: str | None = None
            ) -> Plan:
        lead = self.people[authors[0]]
        lang = lang or self.lang(lead, primary)
        plan = Plan(authors=authors, primary=primary, secondary=secondary,
                    kind=kind or self.kind(lead, primary, lang), lang=lang,
                    when=self.when(authors, primary), purpose=purpose,
                    allowed=frozenset(allowed))
        for fam in allowed:
            if fam in FAMILY_RE and fam not in ("compound",):
                for a in authors:
                    self.budget.reserved[a][fam] += 1
        self.reach.link(authors)
        self.plans.append(plan)
        return plan

    @staticmethod
    def n_coauthors(rng: random.Random) -> int:
        return weighted(rng, [(1, 70), (2, 22), (3, 8)])

    # ------------------------------------------------------------------ phases
    def plan_all(self) -> list[Plan]:
        rng, P = self.rng, self.planted
        # 1. bridges first, so they find co-authors with room in every department
        for key, n in BRIDGES:
            self.plan_bridge(P[key], n)
        # 2. planted experts: their topic, often in the title, mostly alone
        for query, (topic, members) in PLANTED_EXPERTS.items():
            for rank, (key, n) in enumerate(members):
                person = P[key]
                for _ in range(n):
                    # the best expert mostly writes alone: their ranking should be clear
                    co = self.coauthors(person, self.n_coauthors(rng), fam=query, cross=0.1) \
                        if rng.random() < CO_WRITE[rank] else []
                    allowed = {query} | ({"compound"} if query == "digitale toegankelijkheid"
                                         else set())
                    self.add([person.id, *co], topic, "planted", allowed,
                             self.secondary_of(person, topic, 0.35))
        # 3. compound-only, discovered terms and single-expert topics
        for key, n in COMPOUND_ONLY:
            person = P[key]
            for _ in range(n):
                self.add([person.id], "toegankelijkheidsambassadeurs", "compound",
                         {"compound", "digitale toegankelijkheid"},
                         self.secondary_of(person, "", 0.6), lang="nl")
        for term, members in DISCOVERED.items():
            for rank, (key, n) in enumerate(members):
                person = P[key]
                for _ in range(n):
                    co = self.coauthors(person, 1, fam=term, cross=0.3) \
                        if rng.random() < CO_WRITE[rank] else []
                    self.add([person.id, *co], term, "discovered", {term},
                             self.secondary_of(person, term, 0.5), lang="nl")
        for topic, (key, n) in SINGLE_EXPERT.items():
            person = P[key]
            for _ in range(n):
                self.add([person.id], topic, "single", {topic},
                         self.secondary_of(person, topic, 0.4), lang="nl")
        # 4. the bonding-only people write with their own team
        for key, n in BONDING_ONLY:
            person = P[key]
            for _ in range(n):
                co = self.coauthors(person, rng.choice([1, 2, 2, 3]), cross=0.0)
                primary = self.primary_of(person)
                self.add([person.id, *co], primary, "bonding", set(),
                         self.secondary_of(person, primary))
        # 5. planted people also write about their other topics
        for person in P.values():
            for _ in range(rng.randint(1, 4)):
                primary = self.primary_of(person, exclude=set(PLANTED_EXPERTS) | PSEUDO_TOPICS
                                          | set(SINGLE_EXPERT))
                co = self.coauthors(person, self.n_coauthors(rng)) if rng.random() < 0.35 else []
                self.add([person.id, *co], primary, "regular", set(),
                         self.secondary_of(person, primary))
        # 6. everyone else: the rest of the documents, unevenly spread
        self.plan_regular(TARGET_DOCUMENTS - len(self.plans))
        return self.plans

    def plan_bridge(self, bridge: Person, n: int) -> None:
        rng = self.rng
        depts = [d for d in self.by_dept if d != bridge.dept and d in NEIGHBOURS]
        rng.shuffle(depts)
        for i in range(n):
            target = depts[i % len(depts)]
            pool = [p.id for p in self.by_dept[target]
                    if p.key not in ("BO1", "BO2", "BO3") and not p.key.startswith("BR")]
            rng.shuffle(pool)
            co: list[str] = []
            for cid in pool:
                if len(co) >= rng.choice([1, 1, 2]):
                    break
                if self.reach.ok([bridge.id, *co, cid]):
                    co.append(cid)
            if not co:
                continue
            if rng.random() < 0.2:  # sometimes a third department joins in
                other = depts[(i + 3) % len(depts)]
                for p in self.by_dept[other]:
                    if not p.key and self.reach.ok([bridge.id, *co, p.id]):
                        co.append(p.id)
                        break
            primary = self.primary_of(bridge, exclude=set(PLANTED_EXPERTS))
            partner = self.people[co[0]]
            secondary = self.secondary_of(partner, primary, 0.7)
            if secondary is None:
                options = profile_topics(partner)
                secondary = rng.choice(options) if options else None
            kind = None
            lang = self.lang(bridge, primary)
            if lang == "nl":
                kind = weighted(rng, [("projectverslag", 30), ("memo", 20),
                                      ("vergaderverslag", 25), ("notitie", 15),
                                      ("evaluatie", 10)])
            self.add([bridge.id, *co], primary, "bridge", set(), secondary, lang, kind)

    def plan_regular(self, total: int) -> None:
        rng = self.rng
        style_weight = {"beleid": 5.0, "project": 5.0, "ict": 4.0, "uitvoering": 2.2,
                        "manager": 2.5, "support": 1.2, "griffie": 3.0}
        writers = [p for p in self.people.values() if not p.newcomer and not p.key]
        weights = []
        for p in writers:
            w = 0.0 if rng.random() < 0.1 else style_weight[p.style] * (0.25 + 1.5 * rng.random())
            weights.append(w)
        scale = total / sum(weights)
        counts = [w * scale for w in weights]
        whole = [int(c) for c in counts]
        order = sorted(range(len(writers)), key=lambda i: -(counts[i] - whole[i]))
        for i in order[:total - sum(whole)]:
            whole[i] += 1
        for person, n in zip(writers, whole, strict=True):
            for _ in range(n):
                primary = self.primary_of(person)
                co = self.coauthors(person, self.n_coauthors(rng), cross=0.12) \
                    if rng.random() < 0.62 else []
                self.add([person.id, *co], primary, "regular", set(),
                         self.secondary_of(person, primary))


# ============================================================================ rendering

class Slots:
    """Fills {slots} in a template. Places, people and meetings stay the same within one
    document; numbers and dates are drawn fresh, around the document's date."""

    CACHED = {"gemeente", "wijk", "wethouder", "partner", "overleg", "overleg_en", "locatie",
              "straat", "partner_city"}

    def __init__(self, rng: random.Random, when: date, lang: str, dept: str) -> None:
        self.rng, self.when, self.lang, self.dept = rng, when, lang, dept
        self.cache: dict[str, str] = {"team": DEPT_NAME[dept],
                                      "team_kort": TEAM_SHORT.get(dept, DEPT_NAME[dept])}
        if dept in ("al-griffie", "al-raad"):
            self.cache["gemeente"] = "Aldenburg"
        elif dept in ("vo-griffie", "vo-raad"):
            self.cache["gemeente"] = "Veenoord"

    def fill(self, template: str) -> str:
        return SLOT_RE.sub(lambda m: self.value(m.group(1)), template)

    def value(self, name: str) -> str:
        if name in self.cache:
            return self.cache[name]
        if name[0].isupper():
            return cap_first(self.value(name[0].lower() + name[1:]))
        value = self.make(name)
        if name in self.CACHED:
            self.cache[name] = value
        return value

    def day(self, d: date) -> str:
        if self.lang == "en":
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        return f"{d.day} {MAANDEN[d.month - 1]}" + ("" if d.year == self.when.year
                                                    else f" {d.year}")

    def month(self, ahead: int) -> str:
        m = (self.when.month - 1 + ahead) % 12
        return (MONTHS if self.lang == "en" else MAANDEN)[m]  # a month name, no year

    def quarter(self, d: date) -> str:
        q = (d.month - 1) // 3
        return f"Q{q + 1} {d.year}" if self.lang == "en" else f"{KWARTALEN[q]} van {d.year}"

    def make(self, name: str) -> str:
        r, en = self.rng, self.lang == "en"
        num = en_int if en else nl_int
        decimal = (lambda x: f"{x:.1f}") if en else (lambda x: f"{x:.1f}".replace(".", ","))
        quarter = (self.when.month - 1) // 3
        simple = {
            "gemeente": lambda: r.choice(["Aldenburg", "Veenoord"]),
            "wijk": lambda: r.choice(WIJKEN[self.value("gemeente")]),
            "wethouder": lambda: r.choice(WETHOUDERS[self.value("gemeente")]),
            "locatie": lambda: r.choice(LOCATIES[self.value("gemeente")]),
            "partner": lambda: r.choice(PARTNERS.get(self.dept, PARTNERS_DEFAULT)),
            "overleg": lambda: r.choice(OVERLEGGEN),
            "overleg_en": lambda: r.choice(OVERLEGGEN_EN),
            "straat": lambda: r.choice(STRATEN),
            "partner_city": lambda: r.choice(PARTNER_CITIES),
            "n_small": lambda: str(r.randint(2, 9)),
            "n": lambda: str(r.randint(12, 95)),
            "n_mid": lambda: num(r.randrange(110, 650, 5)),
            "n_big": lambda: num(r.randrange(900, 4800, 10)),
            "pct_low": lambda: str(r.randint(20, 49)),
            "pct_high": lambda: str(r.randint(60, 96)),
            "pct_small": lambda: str(r.randint(3, 14)),
            "cijfer": lambda: decimal(r.randint(68, 86) / 10),
            "verzuim": lambda: decimal(r.randint(42, 71) / 10),
            "euro": lambda: num(r.randrange(15_000, 480_000, 500)),
            "miljoen": lambda: str(r.randint(3, 60)),
            "duizend": lambda: num(r.randrange(18_000, 52_000, 500)),
            "datum": lambda: self.day(self.when - timedelta(days=r.randint(3, 40))),
            "datum_later": lambda: self.day(self.when + timedelta(days=r.randint(10, 80))),
            "datum_doc": lambda: (f"{self.when.day} {MONTHS[self.when.month - 1]} {self.when.year}"
                                  if en else f"{self.when.day} {MAANDEN[self.when.month - 1]}"
                                  f" {self.when.year}"),
            "weken_lang": lambda: str(r.randint(8, 16)),
            "wcag": lambda: str(r.randint(31, 48)),
            "vorige_maand": lambda: self.month(-r.randint(1, 3)),
            "maand": lambda: self.month(r.randint(0, 2)),
            "maand_later": lambda: self.month(r.randint(2, 4)),
            "jaar": lambda: str(self.when.year if self.when.month >= 4 else self.when.year - 1),
            "vorig_jaar": lambda: str(self.when.year - 1),
            "volgend_jaar": lambda: str(self.when.year + 1),
            "tijd": lambda: r.choice(["9:30", "10:00", "13:30", "15:00"] if en else
                                     ["9.30", "10.00", "13.30", "15.00", "16.30"]),
            "kwartaal": lambda: self.quarter(self.when + timedelta(days=r.randint(20, 100))),
            "vorig_kwartaal": lambda: self.quarter(self.when - timedelta(days=r.randint(20, 60))),
            "kwartaal_kort": lambda: f"Q{quarter + 1} {self.when.year}",
        }
        if name not in simple:
            raise KeyError(f"unknown slot {{{name}}}")
        return simple[name]()


class Renderer:
    """Turns a Plan into a title and text, sentence by sentence, respecting the budgets."""

    def __init__(self, rng: random.Random, people: dict[str, Person], budget: Budget) -> None:
        self.rng, self.people, self.budget = rng, people, budget
        self.titles: set[str] = set()
        self.dept_topics: dict[str, list[str]] = defaultdict(list)
        for p in people.values():
            for t in p.focus:
                if t not in self.dept_topics[p.dept]:
                    self.dept_topics[p.dept].append(t)
        self.passing_pool = [t for t in TOPICS_NL if TOPICS_NL[t].get("pas")]

    # ------------------------------------------------------------------ sentences
    def bank(self, topic: str | None) -> dict | None:
        if topic is None:
            return None
        return (TOPICS_EN if self.plan.lang == "en" else TOPICS_NL).get(topic)

    def accept(self, sentence: str, commit: bool = True) -> bool:
        new = families_in(sentence) - self.fams
        for fam in sorted(new):
            if fam not in self.plan.allowed and not all(
                    self.budget.permits(a, fam) for a in self.plan.authors):
                return False
        if commit:
            self.fams |= new
        return True

    def take(self, topic: str | None, cat: str, k: int = 1) -> list[str]:
        bank = self.bank(topic)
        if not bank:
            return []
        options = [t for t in bank.get(cat, []) if (topic, cat, t) not in self.used
                   and usable(t, self.plan.when)]
        self.rng.shuffle(options)
        out: list[str] = []
        for template in options:
            if len(out) >= k:
                break
            sentence = self.slots.fill(untag(template))
            if self.accept(sentence):
                self.used.add((topic, cat, template))
                out.append(sentence)
        return out

    def take_generic(self, pool: list[str], k: int = 1) -> list[str]:
        options = [t for t in pool if ("*", "*", t) not in self.used]
        self.rng.shuffle(options)
        out: list[str] = []
        for template in options:
            if len(out) >= k:
                break
            sentence = self.slots.fill(template)
            if self.accept(sentence):
                self.used.add(("*", "*", template))
                out.append(sentence)
        return out

    def content(self, cat: str) -> list[str]:
        """One sentence for a section slot: mostly the primary topic, sometimes the secondary."""
        plan = self.plan
        if cat == "pas":
            return self.passing()
        if cat == "money":
            return self.take_generic(MONEY_NL)
        topics = [plan.primary]
        if plan.secondary and self.bank(plan.secondary):
            if self.rng.random() < 0.25:
                topics.insert(0, plan.secondary)
            else:
                topics.append(plan.secondary)
        for topic in topics:
            got = self.take(topic, cat)
            if got:
                return got
        return []

    def passing(self) -> list[str]:
        if self.plan.lang == "en" or self.rng.random() < 0.5:
            return []
        lead = self.people[self.plan.authors[0]]
        if self.rng.random() < 0.6:
            pool = [t for t in self.dept_topics[lead.dept] if t in self.passing_pool]
        else:
            pool = PASSING_COMMON + DEPT_PASSING.get(lead.dept, [])
        pool = [t for t in pool if t not in (self.plan.primary, self.plan.secondary)]
        if not pool:
            return []
        return self.take(self.rng.choice(pool), "pas")

    # ------------------------------------------------------------------ documents
    def render(self, plan: Plan) -> None:
        self.plan = plan
        self.used: set[tuple] = set()
        self.fams: set[str] = set()
        lead = self.people[plan.authors[0]]
        self.slots = Slots(self.rng, plan.when, plan.lang, lead.dept)
        if plan.lang == "en" and not self.bank(plan.secondary):
            plan.secondary = None
        title = self.title()
        sections, growable = (self.body_en() if plan.lang == "en" else self.body_nl())
        target = self.rng.randint(140, 380) if plan.kind != "nieuws" else \
            self.rng.randint(130, 280)
        self.grow(sections, growable, target)
        plan.title = title
        plan.blocks = sections
        plan.text = plain_text(sections)
        plan.families = frozenset(families_in(plan.title + "\n" + plan.text))

    def grow(self, sections: list[tuple], growable: list[tuple], target: int) -> None:
        """Add topic sentences section by section (each section asks for its own kinds of
        sentences) until the target length; round off with at most a few neutral sentences."""
        size = lambda: words(plain_text(sections))  # noqa: E731
        stalled, i = 0, 0
        while growable and size() < target and stalled < len(growable):
            sentences, cats, topic = growable[i % len(growable)]
            i += 1
            order = cats[len(sentences) % len(cats):] + cats[:len(sentences) % len(cats)]
            got: list[str] = []
            for cat in order:
                got = self.take(topic, cat) if topic else self.content(cat)
                if got:
                    break
            if got:
                sentences.extend(got)
                stalled = 0
            else:
                stalled += 1
        filler = FILLER_EN if self.plan.lang == "en" else FILLER_NL
        paragraphs = [g[0] for g in growable] or [b[1] for _, b in sections if b[0] == "p"]
        extra = 0
        while paragraphs and (size() < MIN_WORDS + 10 or (size() < target and extra < 2)):
            got = self.take_generic(filler)
            if not got:
                break
            self.rng.choice(paragraphs).extend(got)
            extra += 1
        while size() > MAX_WORDS - 5:
            longest = max(paragraphs, key=len)
            if len(longest) <= 1:
                break
            longest.pop()

    def title(self) -> str:
        plan = self.plan
        frames = FRAMES_EN if plan.lang == "en" else FRAMES_NL
        frame = frames[plan.kind]
        bank = self.bank(plan.primary) or {}
        subjects = [s for s in bank.get("subj", []) if usable(s, plan.when)]
        heads = [s for s in bank.get("head", []) if usable(s, plan.when)]
        self.rng.shuffle(subjects)
        self.rng.shuffle(heads)
        title = ""
        for attempt in range(len(subjects) * 2):
            subj = self.slots.fill(untag(subjects[attempt % len(subjects)]))
            head = self.slots.fill(untag(heads[attempt % len(heads)])) if heads else subj
            if not (self.accept(subj, commit=False) and self.accept(head, commit=False)):
                continue
            self.slots.cache["subj"], self.slots.cache["head"] = subj, head
            pattern = self.rng.choice(frame["titles"])
            if ":" in head and "{head}" in pattern:
                pattern = "{Head}"
            candidate = cap_first(self.slots.fill(pattern))
            if not self.accept(candidate, commit=False):
                continue
            title = candidate
            if title not in self.titles:
                break
        if not title:  # nothing acceptable: a neutral title
            self.slots.cache.setdefault("subj", self.slots.value("team"))
            self.slots.cache.setdefault("head", self.slots.value("team"))
            title = ("Update from team {team}" if plan.lang == "en"
                     else "Update van team {team}").format(team=self.slots.value("team"))
        if title in self.titles:
            month = MONTHS[plan.when.month - 1] if plan.lang == "en" else \
                MAANDEN[plan.when.month - 1]
            title = f"{title} ({month} {plan.when.year})"
            n = 2
            while title in self.titles:
                title = f"{title.rsplit(' (', 1)[0]} ({month} {plan.when.year}, {n})"
                n += 1
        self.accept(title)
        self.titles.add(title)
        return title

    def lines(self, templates: list[str]) -> list[str]:
        out = []
        for t in templates:
            line = self.slots.fill(t)
            if self.accept(line):
                out.append(line)
        return out

    def attendees(self, english: bool) -> str:
        titles = list(dict.fromkeys(self.people[a].title for a in self.plan.authors))
        n = self.slots.value("n_small")
        team = self.slots.value("team")
        if english:
            line = f"Present: {', '.join(titles)} and {n} colleagues of team {team}"
        else:
            line = f"Aanwezig: {', '.join(titles)} en {n} collega's van team {team}"
        if self.accept(line):
            return line
        return (f"Present: {n} colleagues of team {team}" if english
                else f"Aanwezig: {n} collega's van team {team}")

    def body_nl(self) -> tuple[list[tuple], list[tuple]]:
        plan, frame = self.plan, FRAMES_NL[self.plan.kind]
        intro = self.take_generic(frame["intro"])
        outro = self.take_generic(frame["outro"])
        kind = plan.kind
        if kind == "vergaderverslag":
            return self.meeting(intro, outro, english=False)
        sections: list[tuple] = []
        if kind == "memo":
            sections.append((None, ("meta", self.lines(
                ["Aan: {overleg}", "Van: team {team}", "Datum: {datum_doc}",
                 "Onderwerp: {Subj}"]))))
        if kind == "nieuws":
            first = intro + self.content("ctx") + self.content("act")
            second = self.content("res") + self.content("pas")
            sections += [(None, ("p", first)), (None, ("p", second)), (None, ("p", outro))]
            return sections, [(first, ["ctx", "act"], None), (second, ["res", "act"], None)]
        if intro:
            sections.append((None, ("p", intro)))
        if kind == "raadsvoorstel":
            decisions = self.lines(DECISION_NL[:self.rng.choice([2, 3])])
            sections.append(("Beslispunten", ("ol", decisions)))
        growable: list[tuple] = []
        for heading, cats in SECTIONS_NL[kind]:
            if cats == ["steps"]:
                steps = self.take(plan.primary, "steps", self.rng.randint(3, 5))
                if len(steps) < 3:
                    steps += self.take_generic(GENERIC_STEPS_NL, 4 - len(steps))
                sections.append((heading, ("ol", steps)))
                continue
            sentences = [s for cat in cats for s in self.content(cat)]
            if not sentences:
                sentences = self.take_generic(FILLER_NL)
            sections.append((heading, ("p", sentences)))
            topical = [c for c in cats if c in ("ctx", "iss", "act", "res")]
            if topical and kind != "werkinstructie":
                growable.append((sentences, topical, None))
            elif topical:
                growable.append((sentences, ["ctx", "iss"] if heading == "Doel" else ["iss"],
                                 None))
        if outro:
            sections.append((None, ("p", outro)))
        return sections, growable

    def meeting(self, intro: list[str], outro: list[str], english: bool
                ) -> tuple[list[tuple], list[tuple]]:
        plan = self.plan
        date_line = ("Date: {datum_doc}" if english else "Datum: {datum_doc}")
        sections: list[tuple] = [(None, ("meta", self.lines([date_line]) + [
            self.attendees(english)]))]
        if intro:
            sections.append((None, ("p", intro)))
        opening = self.take_generic(AGENDA_OPEN_EN if english else AGENDA_OPEN_NL)
        sections.append(("1. Opening" if english else "1. Opening en mededelingen",
                         ("p", opening)))
        main = self.content("ctx") + self.content("iss") + self.content("act")
        sections.append((f"2. {cap_first(self.slots.value('subj'))}", ("p", main)))
        growable: list[tuple] = [(main, ["ctx", "iss", "act", "res"], None)]
        number = 3
        if plan.secondary and self.bank(plan.secondary):
            subjects = [s for s in self.bank(plan.secondary).get("subj", [])]
            second_subj = self.slots.fill(untag(self.rng.choice(subjects))) if subjects else ""
            second = self.take(plan.secondary, "ctx") + self.take(plan.secondary, "act")
            if second and second_subj and self.accept(second_subj):
                sections.append((f"3. {cap_first(second_subj)}", ("p", second)))
                growable.append((second, ["ctx", "act", "res"], plan.secondary))
                number = 4
        closing = self.take_generic(AGENDA_CLOSE_EN if english else AGENDA_CLOSE_NL)
        sections.append((f"{number}. {'Any other business' if english else 'Rondvraag'}",
                         ("p", closing)))
        actions = self.take(plan.primary, "act", 2)
        if actions:
            sections.append(("Action points" if english else "Actiepunten", ("ul", actions)))
        if outro:
            sections.append((None, ("p", outro)))
        return sections, growable

    def body_en(self) -> tuple[list[tuple], list[tuple]]:
        frame = FRAMES_EN[self.plan.kind]
        intro = self.take_generic(frame["intro"])
        outro = self.take_generic(frame["outro"])
        if frame["sections"] is None:
            return self.meeting(intro, outro, english=True)
        sections: list[tuple] = [(None, ("p", intro))] if intro else []
        growable: list[tuple] = []
        for heading, cats in frame["sections"]:
            sentences = [s for cat in cats for s in self.content(cat)]
            if not sentences:
                sentences = self.take_generic(FILLER_EN)
            sections.append((heading, ("p", sentences)))
            growable.append((sentences, cats, None))
        if outro:
            sections.append((None, ("p", outro)))
        return sections, growable


def body_text(body: tuple, markdown: bool = False) -> str:
    kind, content = body
    if kind == "p":
        return " ".join(content)
    if kind == "ol":
        return "\n".join(f"{i}. {item}" for i, item in enumerate(content, 1))
    if kind == "ul":
        return "\n".join(f"- {item}" for item in content)
    if markdown:  # meta lines "Aan: ..." as a small bold-labelled block
        return "  \n".join(f"**{k}:** {v}" for k, _, v in (line.partition(": ")
                                                           for line in content))
    return "\n".join(content)


def plain_text(sections: list[tuple]) -> str:
    parts = []
    for heading, body in sections:
        text = body_text(body)
        if not text:
            continue
        parts.append(f"{heading}\n{text}" if heading else text)
    return "\n\n".join(parts)


def markdown_text(title: str, sections: list[tuple]) -> str:
    parts = [f"# {title}"]
    for heading, body in sections:
        text = body_text(body, markdown=True)
        if not text:
            continue
        if heading:
            parts.append(f"## {heading}")
        parts.append(text)
    return "\n\n".join(parts) + "\n"


# ============================================================================ interactions

TICKET_PAIRS = {frozenset(p) for p in [("rv-kcc", "rv-ict"), ("rv-kcc", "rv-burgerzaken"),
                                       ("rv-kcc", "rv-sociaal-domein"), ("rv-kcc", "bib-ido"),
                                       ("rv-vergunningen", "rv-toezicht-handhaving"),
                                       ("rv-kcc", "rv-openbare-ruimte")]}
TICKET_DEPTS = {"rv-kcc", "rv-ict", "rv-burgerzaken", "rv-vergunningen", "rv-openbare-ruimte"}


def build_interactions(rng: random.Random, people: list[Person], planted: dict[str, Person],
                       reach: Reach, plans: list[Plan]) -> dict[tuple[str, str, str], int]:
    """Collaboration counts from meetings, ticket hand-offs and chat: mostly within a
    department, across departments for the bridges, never across for the bonding-only people."""
    rows: dict[tuple[str, str, str], int] = {}
    by_dept: dict[str, list[Person]] = defaultdict(list)
    for p in people:
        by_dept[p.dept].append(p)
    bridges = [planted[k] for k, _ in BRIDGES]
    bonding = {planted[k].id for k, _ in BONDING_ONLY}

    def add(a: str, b: str, kind: str, weight: int) -> bool:
        if a == b or not reach.ok([a, b]):
            return False
        reach.link([a, b])
        key = (min(a, b), max(a, b), kind)
        rows[key] = min(30, rows.get(key, 0) + weight)
        return True

    def kind_for(d1: str, d2: str) -> str:
        if d1 == d2:
            ticket = 25 if d1 in TICKET_DEPTS else 4
            return weighted(rng, [("meeting", 45), ("chat", 40), ("ticket-handoff", ticket)])
        if frozenset((d1, d2)) in TICKET_PAIRS:
            return weighted(rng, [("ticket-handoff", 60), ("meeting", 20), ("chat", 20)])
        return weighted(rng, [("meeting", 65), ("chat", 35)])

    # bridges: meetings and chats with people in many departments
    for bridge in bridges:
        depts = [d for d in by_dept if d != bridge.dept and d in NEIGHBOURS]
        rng.shuffle(depts)
        for dept in depts[:9]:
            pool = [p for p in by_dept[dept] if not p.newcomer and p.id not in bonding]
            rng.shuffle(pool)
            added = 0
            for other in pool:
                if added >= 2:
                    break
                added += add(bridge.id, other.id, kind_for(bridge.dept, dept),
                             rng.randint(4, 22))
        for other in rng.sample(by_dept[bridge.dept], min(4, len(by_dept[bridge.dept]))):
            add(bridge.id, other.id, kind_for(bridge.dept, bridge.dept), rng.randint(5, 25))
    # bonding-only: many strong ties, all inside their own team
    for key, _ in BONDING_ONLY:
        person = planted[key]
        team = [p for p in by_dept[person.dept] if p.id != person.id]
        for other in rng.sample(team, min(16, len(team))):
            for _ in range(rng.choice([1, 1, 2])):
                add(person.id, other.id, kind_for(person.dept, person.dept), rng.randint(8, 30))
    # everyday collaboration inside departments
    for dept, members in by_dept.items():
        regulars = [p for p in members if not p.newcomer]
        if len(regulars) < 2:
            continue
        for _ in range(round(1.1 * len(regulars))):
            a, b = rng.sample(regulars, 2)
            add(a.id, b.id, kind_for(dept, dept), min(30, 1 + int(rng.expovariate(1 / 5))))
    # co-authors also meet
    for plan in plans:
        if len(plan.authors) > 1 and rng.random() < 0.2:
            for co_author in plan.authors[1:]:
                add(plan.authors[0], co_author, "meeting", rng.randint(2, 10))
    # some hand-offs and meetings with neighbouring departments
    candidates = [p for p in people if not p.newcomer and p.id not in bonding
                  and p not in bridges]
    added, tries = 0, 0
    while added < 70 and tries < 5000:
        tries += 1
        p = rng.choice(candidates)
        depts = [d for d in NEIGHBOURS.get(p.dept, []) if by_dept.get(d)]
        if not depts:
            continue
        q = rng.choice(by_dept[rng.choice(depts)])
        if q.newcomer or q.id in bonding:
            continue
        added += add(p.id, q.id, kind_for(p.dept, q.dept), rng.randint(1, 12))
    # heads meet the head of their unit
    heads = heads_of(people)
    for hs in heads.values():
        for head in hs:
            if head.manager_id:
                add(head.id, head.manager_id, "meeting", rng.randint(6, 15))
    # newcomers: first weeks with their manager and team
    for p in people:
        if p.newcomer:
            add(p.id, p.manager_id, "meeting", rng.randint(3, 8))
            team = [c for c in by_dept[p.dept] if c.id != p.id and not c.newcomer]
            for other in rng.sample(team, 3):
                add(p.id, other.id, rng.choice(["meeting", "chat"]), rng.randint(1, 6))
    return rows


# ============================================================================ checks

class GenerationError(AssertionError):
    pass


def require(condition: bool, message: str) -> None:
    if not condition:
        raise GenerationError(message)


def family_counts(plans: list[Plan]) -> dict[str, Counter]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for plan in plans:
        for fam in plan.families:
            for a in plan.authors:
                counts[fam][a] += 1
    return counts


def reaches(plans: list[Plan], rows: dict, dept: dict[str, str]
            ) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    by_docs: dict[str, set[str]] = defaultdict(set)
    by_ties: dict[str, set[str]] = defaultdict(set)
    for plan in plans:
        depts = {dept[a] for a in plan.authors}
        for a in plan.authors:
            by_docs[a] |= depts - {dept[a]}
    for a, b, _kind in rows:
        if dept[a] != dept[b]:
            by_ties[a].add(dept[b])
            by_ties[b].add(dept[a])
    return by_docs, by_ties


def compute_planted(plans: list[Plan], people: list[Person], scim: list[Person],
                    planted: dict[str, Person], rows: dict) -> dict:
    """The known answers, from the generated data, with the checks that make them true."""
    counts = family_counts(plans)
    everyone = [p.id for p in people]
    result: dict = {"reference_date": REFERENCE_DATE.isoformat(), "experts": {}}
    for query, (_topic, members) in PLANTED_EXPERTS.items():
        ids = [planted[k].id for k, _ in members]
        ranked = sorted(ids, key=lambda pid: (-counts[query][pid], ids.index(pid)))
        others = max(counts[query][pid] for pid in everyone if pid not in ids)
        require(min(counts[query][pid] for pid in ids) > max(others, 5),
                f"experts for {query!r} do not stand out: {[counts[query][i] for i in ranked]}"
                f" vs {others}")
        result["experts"][query] = ranked
    compound = [planted[k].id for k, _ in COMPOUND_ONLY]
    for pid in compound:
        require(3 <= counts["compound"][pid] <= 5, f"{pid}: compounds in 3-5 documents")
        require(counts["acc-bare"][pid] == 0, f"{pid} uses a bare accessibility word")
        require(pid not in result["experts"]["digitale toegankelijkheid"], "compound is expert")
    result["compound_only"] = compound
    result["discovered"] = {}
    for term, members in DISCOVERED.items():
        ids = [planted[k].id for k, _ in members]
        ranked = sorted(ids, key=lambda pid: (-counts[term][pid], ids.index(pid)))
        others = max(counts[term][pid] for pid in everyone if pid not in ids)
        require(min(counts[term][pid] for pid in ids) > others + 2, f"{term} not distinct")
        result["discovered"][term] = ranked
    dept = {p.id: p.dept for p in people}
    by_docs, by_ties = reaches(plans, rows, dept)
    bridges = [planted[k].id for k, _ in BRIDGES]
    for pid in everyone:
        total = by_docs[pid] | by_ties[pid]
        if pid in bridges:
            require(len(by_docs[pid]) >= 5 and len(by_ties[pid]) >= 5 and len(total) >= 7,
                    f"bridge {pid} reaches too few departments")
        else:
            require(len(total) <= 2, f"{pid} reaches {len(total)} other departments")
    result["bridges"] = bridges
    bonding = [planted[k].id for k, _ in BONDING_ONLY]
    degree = Counter()
    for a, b, _kind in rows:
        degree[a] += 1
        degree[b] += 1
    for pid in bonding:
        require(not (by_docs[pid] | by_ties[pid]), f"bonding {pid} has outside ties")
        require(degree[pid] >= 15, f"bonding {pid} has only {degree[pid]} ties")
    result["bonding_only"] = bonding
    result["newcomers"] = sorted(p.id for p in people + scim
                                 if p.start >= date(2026, 8, 1))
    result["single_expert_topics"] = {}
    for topic, (key, _n) in SINGLE_EXPERT.items():
        pid = planted[key].id
        writers = {a for plan in plans if topic in plan.families for a in plan.authors}
        require(writers == {pid}, f"{topic} is written about by {sorted(writers)}")
        result["single_expert_topics"][topic] = pid
    result["unanswered"] = list(UNANSWERED)
    result["hidden"] = []
    return result


def check_everything(plans: list[Plan], people: list[Person], scim: list[Person],
                     files: dict[str, bytes]) -> None:
    ids = [p.id for p in people + scim]
    require(len(ids) == len(set(ids)), "duplicate person ids")
    emails = [p.email for p in people + scim]
    require(len(emails) == len(set(emails)), "duplicate e-mail addresses")
    known = set(ids)
    dept_ids = {d[0] for d in DEPARTMENTS}
    for p in people + scim:
        require(p.dept in dept_ids, f"{p.id}: unknown department")
        require(not p.manager_id or p.manager_id in known, f"{p.id}: unknown manager")
    for p in people:
        for fld in (p.skills, p.ask, p.mentor, p.learn, p.bio):
            require(not re.search("topdesk|kennisconnector", fld, re.I), f"{p.id}: term in profile")
        require(not (families_in(p.bio) - ({"digitale toegankelijkheid"} if p.key == "ACC1"
                                           else set())), f"{p.id}: controlled term in bio")
    for plan in plans:
        require(all(a in known for a in plan.authors), "unknown author")
        n = words(plan.text)
        require(MIN_WORDS <= n <= MAX_WORDS, f"{plan.title!r} has {n} words")
        require(DOC_START <= plan.when <= DOC_END, "date out of range")
        for fam in plan.allowed - {"compound"}:
            require(fam in plan.families, f"{plan.title!r} misses {fam}")
        found = FAMILY_RE["forbidden"].search(plan.title + "\n" + plan.text)
        require(found is None, f"{plan.title!r}: forbidden text {found and found.group(0)!r}")
        for term in ("TOPdesk", "Kennisconnector"):
            spelled = set(re.findall(term, plan.title + plan.text, re.I))
            require(spelled <= {term}, f"{term} spelled {spelled}")
    for path, content in files.items():
        text = content.decode("utf-8")
        if path.startswith("notes/"):
            found = FAMILY_RE["forbidden"].search(text)
            require(found is None, f"{path}: forbidden text {found and found.group(0)!r}")
        for query in UNANSWERED:
            require(query.lower() not in text.lower(), f"{path} mentions {query!r}")


# ============================================================================ writers

SCIM_LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
SCIM_CORE = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
# SCIM 2.0 has no start date. Like many HR exports we put it in a custom extension at the top
# level of the User resource, next to the enterprise extension:
#   "urn:ietf:params:scim:schemas:extension:wieweet:2.0:User": {"startDate": "2026-10-01"}
# (wieweet's importer reads it from there; the URN is also listed in "schemas").
SCIM_WIEWEET = "urn:ietf:params:scim:schemas:extension:wieweet:2.0:User"
SCIM_NAMESPACE = uuid.UUID("6f1c2d3e-4b5a-4c6d-8e7f-90a1b2c3d4e5")


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def json_bytes(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def departments_csv() -> bytes:
    return csv_bytes(["id", "name", "parent_id", "organisation"],
                     [list(d) for d in DEPARTMENTS])


def people_csv(people: list[Person]) -> bytes:
    header = ["id", "name", "email", "department", "title", "manager_id", "start_date",
              "location", "languages", "skills", "bio", "ask_me_about", "able_to_mentor",
              "wants_to_learn"]
    rows = [[p.id, p.name, p.email, p.dept, p.title, p.manager_id, p.start.isoformat(),
             p.location, p.languages, p.skills, p.bio, p.ask, p.mentor, p.learn]
            for p in sorted(people, key=lambda p: p.id)]
    return csv_bytes(header, rows)


def scim_json(scim: list[Person], people: dict[str, Person]) -> bytes:
    resources = []
    for p in sorted(scim, key=lambda p: p.id):
        manager = people[p.manager_id]
        resources.append({
            "schemas": [SCIM_CORE, SCIM_ENTERPRISE, SCIM_WIEWEET],
            "id": str(uuid.uuid5(SCIM_NAMESPACE, f"rijnvliet-hr/{p.id}")),
            "userName": p.email,
            "name": {"givenName": p.given, "familyName": p.family, "formatted": p.name},
            "displayName": p.name,
            "emails": [{"value": p.email, "type": "work", "primary": True}],
            "title": p.title,
            "active": True,
            "addresses": [{"type": "work", "locality": p.location}],
            SCIM_ENTERPRISE: {
                "employeeNumber": p.id,
                "department": DEPT_NAME[p.dept],
                "organization": DEPT_ORG[p.dept],
                "manager": {"value": manager.id, "displayName": manager.name},
            },
            SCIM_WIEWEET: {"startDate": p.start.isoformat()},
        })
    return json_bytes({"schemas": [SCIM_LIST], "totalResults": len(resources),
                       "Resources": resources})


def section_of(plan: Plan) -> str:
    frames = FRAMES_EN if plan.lang == "en" else FRAMES_NL
    return frames[plan.kind]["section"]


def documents_jsonl(docs: list[Plan], people: dict[str, Person]) -> bytes:
    lines, urls = [], set()
    for number, plan in enumerate(docs, 1):
        base = f"{INTRANET}/{section_of(plan)}/{plan.when.year}/{slugify(plan.title)}"
        url, n = base, 2
        while url in urls:
            url, n = f"{base}-{n}", n + 1
        urls.add(url)
        record = {"id": f"doc-{number:04d}", "title": plan.title, "authors": plan.authors,
                  "text": plan.text, "date": plan.when.isoformat(), "url": url,
                  "department": people[plan.authors[0]].dept}
        lines.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def note_files(notes: list[Plan]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for plan in notes:
        base = slugify(plan.title)
        name, n = f"notes/{base}.md", 2
        while name in files:
            name, n = f"notes/{base}-{n}.md", n + 1
        front = (f"---\ntitle: {json.dumps(plan.title, ensure_ascii=False)}\n"
                 f"authors: [{', '.join(plan.authors)}]\ndate: {plan.when.isoformat()}\n---\n")
        files[name] = (front + markdown_text(plan.title, plan.blocks)).encode("utf-8")
    return files


def interactions_csv(rows: dict[tuple[str, str, str], int]) -> bytes:
    return csv_bytes(["source", "target", "weight", "kind"],
                     [[a, b, str(w), kind] for (a, b, kind), w in sorted(rows.items())])


# ============================================================================ main

def generate() -> tuple[dict[str, bytes], dict]:
    """Build everything in memory; returns {relative path: bytes} and some figures."""
    rng = random.Random(SEED)
    names = NameMaker(rng)
    people, planted = build_people(rng, names)
    scim = build_scim_people(rng, names, 1001 + len(people), people)
    fill_profiles(rng, people)
    by_id = {p.id: p for p in people + scim}

    experts = {q: {planted[k].id for k, _ in members} for q, (_t, members) in
               PLANTED_EXPERTS.items()}
    experts.update({t: {planted[k].id for k, _ in members} for t, members in DISCOVERED.items()})
    experts["compound"] = set(experts["digitale toegankelijkheid"])
    budget = Budget(experts, {planted[k].id for k, _ in COMPOUND_ONLY})
    reach = Reach({p.id: p for p in people}, {planted[k].id for k, _ in BRIDGES},
                  {planted[k].id for k, _ in BONDING_ONLY})
    plans = Planner(rng, people, planted, budget, reach).plan_all()

    renderer = Renderer(rng, {p.id: p for p in people}, budget)
    for plan in plans:
        renderer.render(plan)
        for fam in plan.families:
            for a in plan.authors:
                budget.used[a][fam] += 1
                if fam not in plan.allowed:
                    budget.extra[a][fam] += 1
        for fam in plan.allowed:
            for a in plan.authors:
                if budget.reserved[a][fam] > 0:
                    budget.reserved[a][fam] -= 1

    rows = build_interactions(rng, people, planted, reach, plans)
    answers = compute_planted(plans, people, scim, planted, rows)

    controlled = set(PLANTED_EXPERTS) | set(DISCOVERED) | set(SINGLE_EXPERT) | {"compound"}
    eligible = [p for p in plans if p.purpose in ("regular", "bonding") and not
                (p.families & controlled) and p.kind in ("werkinstructie", "vergaderverslag",
                                                         "notitie", "meeting notes")]
    notes = rng.sample(eligible, TARGET_NOTES)
    chosen = {id(p) for p in notes}
    docs = sorted((p for p in plans if id(p) not in chosen), key=lambda p: (p.when, p.title))
    notes.sort(key=lambda p: (p.when, p.title))

    files: dict[str, bytes] = {
        "departments.csv": departments_csv(),
        "people.csv": people_csv(people),
        "scim_users.json": scim_json(scim, by_id),
        "documents.jsonl": documents_jsonl(docs, by_id),
        "interactions.csv": interactions_csv(rows),
    }
    files.update(note_files(notes))
    check_everything(plans, people, scim, files)
    files["planted.json"] = json_bytes(answers)

    figures = {
        "departments": len(DEPARTMENTS),
        "leaf departments": len({d[0] for d in DEPARTMENTS} - {d[2] for d in DEPARTMENTS}),
        "people (csv)": len(people), "people (scim)": len(scim),
        "documents (jsonl)": len(docs), "notes (md)": len(notes),
        "english documents": sum(p.lang == "en" for p in plans),
        "single-author documents": sum(len(p.authors) == 1 for p in plans),
        "interactions": len(rows),
        "words per document (min/avg/max)": (
            min(words(p.text) for p in plans),
            round(sum(words(p.text) for p in plans) / len(plans)),
            max(words(p.text) for p in plans)),
    }
    return files, figures


def main() -> None:
    default = Path(__file__).resolve().parent.parent / "seed_data" / "demo"
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=default,
                        help=f"output directory (default: {default})")
    args = parser.parse_args()
    files, figures = generate()
    out: Path = args.out
    (out / "notes").mkdir(parents=True, exist_ok=True)
    for old in sorted((out / "notes").glob("*.md")):  # notes of an earlier run
        old.unlink()
    for name, content in sorted(files.items()):
        (out / name).write_bytes(content)
    for key, value in figures.items():
        print(f"{key}: {value}")
    print(f"wrote {len(files)} files to {out}")


if __name__ == "__main__":
    main()
