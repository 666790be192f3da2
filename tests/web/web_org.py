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

from extraction.ingest import IngestRequest

TAXONOMY = """\
topics:
  - id: dienstverlening
    label_nl: dienstverlening
    label_en: public services
    broader: []
  - id: digitale-toegankelijkheid
    label_nl: digitale toegankelijkheid
    label_en: digital accessibility
    aliases_nl: [toegankelijkheid]
    aliases_en: [web accessibility]
    broader: [dienstverlening]
  - id: wmo
    label_nl: Wet maatschappelijke ondersteuning
    label_en: Social Support Act
    abbreviations: [Wmo]
    broader: []
  - id: privacy
    label_nl: privacy
    label_en: privacy
    aliases_nl: [gegevensbescherming]
    aliases_en: [data protection]
    broader: []
  - id: begroting
    label_nl: begroting
    label_en: budget
    aliases_nl: [begrotingen]
    broader: []
  - id: informatiebeveiliging
    label_nl: informatiebeveiliging
    label_en: information security
    broader: []
"""

DEPARTMENTS = """\
id,name,parent_id,organisation
org,Gemeente Proefdorp,,Gemeente Proefdorp
com,Communicatie,org,Gemeente Proefdorp
soc,Sociaal Domein,org,Gemeente Proefdorp
fin,Financiën,org,Gemeente Proefdorp
ict,ICT,org,Gemeente Proefdorp
"""

PEOPLE_HEAD = ("id,name,email,department,title,manager_id,start_date,location,languages,skills,"
               "bio,ask_me_about\n")
PEOPLE = """\
p1,Anna de Vries,anna@proefdorp.nl,com,webredacteur,,2015-03-01,Proefdorp,nl;en,,,
p2,Bram Jansen,bram@proefdorp.nl,com,communicatieadviseur,p1,2020-06-01,Proefdorp,nl,digitale toegankelijkheid:2,"Ik schrijf persberichten, ook over toegankelijkheid.",
p3,Cees Bakker,cees@proefdorp.nl,soc,Wmo-consulent,,2010-01-15,Proefdorp,nl,Wmo:4,,Wmo
p4,Dirk Smit,dirk@proefdorp.nl,soc,privacy officer,p3,2018-09-01,Thuiswerk,nl;en,privacy:5,,
p5,Eva Mulder,eva@proefdorp.nl,fin,controller,,2012-02-01,Proefdorp,nl,,,
p6,Femke Visser,femke@proefdorp.nl,ict,security officer,,2016-04-01,Proefdorp,nl;en,informatiebeveiliging:4,,
"""

DOCUMENTS = [
    {"id": "d1", "title": "Digitale toegankelijkheid van onze website", "authors": ["p1"],
     "text": "De website moet voldoen aan de eisen voor digitale toegankelijkheid. "
             "Wij testen elke pagina met schermlezers.", "date": "2025-05-01", "department": "com"},
    {"id": "d2", "title": "Toegankelijkheid van pdf-bestanden", "authors": ["p1"],
     "text": "Ook pdf-bestanden vallen onder toegankelijkheid. Zet documenten liever als html "
             "online.", "date": "2025-09-12", "department": "com"},
    {"id": "d3", "title": "Nieuwe werkwijze Wmo-aanvragen", "authors": ["p3"],
     "text": "Aanvragen voor de Wmo behandelen we voortaan binnen zes weken. Het keukentafelgesprek "
             "blijft de basis.", "date": "2025-02-03", "department": "soc"},
    {"id": "d4", "title": "Privacy bij de Wmo", "authors": ["p4", "p3"],
     "text": "Bij de uitvoering van de Wmo verwerken wij bijzondere persoonsgegevens. "
             "Privacy vraagt om dataminimalisatie.", "date": "2024-11-20", "department": "soc"},
    {"id": "d5", "title": "Begroting 2026", "authors": ["p5"],
     "text": "De begroting 2026 is sluitend. De reserves blijven op peil.", "date": "2025-10-01",
     "department": "fin"},
    {"id": "d6", "title": "Accessible forms", "authors": ["p1", "p2"],
     "text": "Our forms now meet web accessibility standards. We worked with the Wmo team "
             "on the application form.", "date": "2024-03-03", "department": "com"},
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
    (root / "people.csv").write_text(PEOPLE_HEAD + PEOPLE + newcomers(today or date.today()),
                                     encoding="utf-8")
    with (root / "documents.jsonl").open("w", encoding="utf-8") as f:
        for doc in DOCUMENTS:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    (root / "interactions.csv").write_text(INTERACTIONS, encoding="utf-8")
    return IngestRequest(taxonomy=[root / "taxonomy.yaml"], departments=[root / "departments.csv"],
                         people=[root / "people.csv"], documents=[root / "documents.jsonl"],
                         interactions=[root / "interactions.csv"])
