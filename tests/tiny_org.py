"""The tiny hand-made organisation whose right answers are known (Gemeente Proefdorp).

Shared by the ``tiny_org`` fixture, the operations tests and the web tests' larger
organisation, which builds on it.
"""

from __future__ import annotations

import json
from pathlib import Path

from extraction.ingest import IngestRequest

TAXONOMY = """\
topics:
  - id: dienstverlening
    label_nl: dienstverlening
    label_en: public services
    aliases_nl: []
    aliases_en: []
    abbreviations: []
    broader: []
  - id: digitale-toegankelijkheid
    label_nl: digitale toegankelijkheid
    label_en: digital accessibility
    aliases_nl: [toegankelijkheid]
    aliases_en: [web accessibility]
    abbreviations: []
    broader: [dienstverlening]
  - id: wmo
    label_nl: Wet maatschappelijke ondersteuning
    label_en: Social Support Act
    aliases_nl: []
    aliases_en: []
    abbreviations: [Wmo]
    broader: []
  - id: privacy
    label_nl: privacy
    label_en: privacy
    aliases_nl: [gegevensbescherming]
    aliases_en: [data protection]
    abbreviations: []
    broader: []
  - id: begroting
    label_nl: begroting
    label_en: budget
    aliases_nl: [begrotingen]
    aliases_en: []
    abbreviations: []
    broader: []
"""

DEPARTMENTS = """\
id,name,parent_id,organisation
org,Gemeente Proefdorp,,Gemeente Proefdorp
com,Communicatie,org,Gemeente Proefdorp
soc,Sociaal Domein,org,Gemeente Proefdorp
fin,Financiën,org,Gemeente Proefdorp
"""

# Anna: accessibility through her documents only. Bram: claims accessibility but wrote nothing.
# Cees: Wmo. Dirk: writes about the Wmo and privacy. Eva: budget, hidden later in tests.
PEOPLE = """\
id,name,email,department,title,manager_id,start_date,location,languages,skills,bio,ask_me_about
p1,Anna de Vries,anna@proefdorp.nl,com,webredacteur,,2015-03-01,Proefdorp,nl;en,,,
p2,Bram Jansen,bram@proefdorp.nl,com,communicatieadviseur,p1,2020-06-01,Proefdorp,nl,digitale toegankelijkheid:2,"Ik schrijf persberichten, ook over toegankelijkheid.",
p3,Cees Bakker,cees@proefdorp.nl,soc,Wmo-consulent,,2010-01-15,Proefdorp,nl,Wmo:4,,Wmo
p4,Dirk Smit,dirk@proefdorp.nl,soc,privacy officer,p3,2018-09-01,Thuiswerk,nl;en,privacy:5,,
p5,Eva Mulder,eva@proefdorp.nl,fin,controller,,2012-02-01,Proefdorp,nl,,,
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
]

NOTE = """\
---
title: Gegevensbescherming in het sociaal domein
authors: [p4]
date: 2025-06-30
---
Gegevensbescherming is meer dan een vinkje. Wij doen een privacytoets bij elk nieuw proces.
"""


def write_tiny_org(root: Path) -> IngestRequest:
    """Write the tiny organisation's files under ``root`` and return the request for them."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "taxonomy.yaml").write_text(TAXONOMY, encoding="utf-8")
    (root / "departments.csv").write_text(DEPARTMENTS, encoding="utf-8")
    (root / "people.csv").write_text(PEOPLE, encoding="utf-8")
    with (root / "documents.jsonl").open("w", encoding="utf-8") as f:
        for doc in DOCUMENTS:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    (root / "notes").mkdir(exist_ok=True)
    (root / "notes" / "gegevensbescherming.md").write_text(NOTE, encoding="utf-8")
    return IngestRequest(taxonomy=[root / "taxonomy.yaml"], departments=[root / "departments.csv"],
                         people=[root / "people.csv"],
                         documents=[root / "documents.jsonl", root / "notes"])
