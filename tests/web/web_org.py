"""A small hand-made organisation for the web page tests, with known answers.

Gemeente Proefdorp, five departments under one root. Ties across departments (co-written
documents, meetings) are put in on purpose so the HR pages have something to show:

- Anna (com) writes about digital accessibility, co-writes with Bram (com) and with Femke (ict):
  a bridge between com and ict.
- Dirk (soc) writes about privacy with Cees (soc), and with Eva (fin) and Femke (ict): a bridge
  reaching fin and ict. He is the only person outside fin tied to fin.
- Gijs (soc) and Hanna (com) started 20 and 10 days before today: newcomers for the buddy page.
- Cees asks to be asked about the Wmo ("ask me about"); Bram claims accessibility on his profile.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import tiny_org as tiny

from extraction.ingest import IngestRequest

# the tiny organisation (tests/tiny_org.py), with an ICT department, Femke, and documents and
# meetings that tie departments together
TAXONOMY = tiny.TAXONOMY + """\
  - id: informatiebeveiliging
    label_nl: informatiebeveiliging
    label_en: information security
    broader: []
"""

DEPARTMENTS = tiny.DEPARTMENTS + "ict,ICT,org,Gemeente Proefdorp\n"

PEOPLE = tiny.PEOPLE + (
    "p6,Femke Visser,femke@proefdorp.nl,ict,security officer,,2016-04-01,Proefdorp,nl;en,"
    "informatiebeveiliging:4,,\n")

DOCUMENTS = [
    *tiny.DOCUMENTS,
    {"id": "d7", "title": "Toegankelijkheid en informatiebeveiliging van het webformulier",
     "authors": ["p1", "p6"],
     "text": "Het nieuwe webformulier is getest op digitale toegankelijkheid en op "
             "informatiebeveiliging.", "date": "2025-08-15", "department": "ict"},
    {"id": "d8", "title": "Privacy in de begroting", "authors": ["p4", "p5"],
     "text": "De begroting reserveert geld voor privacy: een functionaris gegevensbescherming "
             "en een privacytoets.", "date": "2025-06-10", "department": "fin"},
    {"id": "d9", "title": "Privacy en informatiebeveiliging", "authors": ["p4", "p6"],
     "text": "Privacy en informatiebeveiliging gaan samen: wij melden datalekken binnen "
             "72 uur.", "date": "2025-07-01", "department": "ict"},
]

INTERACTIONS = """\
source,target,weight,kind
p1,p6,8,meeting
p4,p5,6,meeting
p4,p6,5,meeting
p2,p1,10,meeting
"""


def newcomers(today: date) -> str:
    """Two people who started recently, so the buddy page proposes buddies for them."""
    gijs = (today - timedelta(days=20)).isoformat()
    hanna = (today - timedelta(days=10)).isoformat()
    return (f"p7,Gijs de Boer,gijs@proefdorp.nl,soc,Wmo-consulent,p3,{gijs},Proefdorp,nl,Wmo:2,,\n"
            f"p8,Hanna Kok,hanna@proefdorp.nl,com,webredacteur,p1,{hanna},Proefdorp,nl,"
            f"digitale toegankelijkheid:1,,\n")


def write_web_org(root: Path, today: date | None = None) -> IngestRequest:
    """Write the organisation's files under ``root`` and return the request for them."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "taxonomy.yaml").write_text(TAXONOMY, encoding="utf-8")
    (root / "departments.csv").write_text(DEPARTMENTS, encoding="utf-8")
    (root / "people.csv").write_text(PEOPLE + newcomers(today or date.today()),
                                     encoding="utf-8")
    with (root / "documents.jsonl").open("w", encoding="utf-8") as f:
        for doc in DOCUMENTS:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    (root / "interactions.csv").write_text(INTERACTIONS, encoding="utf-8")
    return IngestRequest(taxonomy=[root / "taxonomy.yaml"], departments=[root / "departments.csv"],
                         people=[root / "people.csv"], documents=[root / "documents.jsonl"],
                         interactions=[root / "interactions.csv"])
