"""Taxonomy as data: validation of the YAML, and imports of term lists and ESCO skills."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from extraction.taxonomy import load_taxonomy
from extraction.taxonomy_import import (
    esco_id,
    esco_language,
    merge_topics,
    read_esco_skills,
    read_org_terms,
    write_taxonomy,
)
from graph.errors import InvalidInputError
from graph.model import Topic, fold

REPO = Path(__file__).resolve().parent.parent.parent
ESCO_COLUMNS = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel",
                "altLabels", "hiddenLabels", "status", "modifiedDate", "scopeNote", "definition",
                "inScheme", "description"]
URI_A11Y = "http://data.europa.eu/esco/skill/2f0b7ac1-4bd9-4d5a-8e0c-6f5b1a1c3b11"
URI_GIS = "http://data.europa.eu/esco/skill/9a3c1e20-7d55-4c3e-9a4b-0c1d2e3f4a5b"


def _esco(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, ESCO_COLUMNS)
        writer.writeheader()
        for uri, label, alt in rows:
            writer.writerow({"conceptType": "KnowledgeSkillCompetence", "conceptUri": uri,
                             "skillType": "knowledge", "reuseLevel": "cross-sector",
                             "preferredLabel": label, "altLabels": alt, "status": "released",
                             "description": "..."})
    return path


def test_the_seed_taxonomy_loads() -> None:
    topics = load_taxonomy(REPO / "seed_data" / "taxonomy.yaml")
    assert len(topics) >= 300
    assert all(t.label_nl and t.label_en for t in topics)


def test_taxonomy_problems_are_named_clearly(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("topics:\n"
                    "  - {id: a, label_nl: A, label_en: A}\n"
                    "  - {id: a, label_nl: B, label_en: B}\n"
                    "  - {id: c, label_nl: '', label_en: C}\n"
                    "  - {id: d, label_nl: D, label_en: D, broader: [nope]}\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        load_taxonomy(path)
    messages = [str(p) for p in caught.value.problems]
    assert any("duplicate topic id 'a'" in m and "line 3" in m for m in messages)
    assert any("field 'label_nl'" in m and "non-empty" in m for m in messages)
    assert any("'d' names unknown topic 'nope'" in m for m in messages)


def test_esco_files_of_two_languages_join_on_the_concept(tmp_path: Path) -> None:
    nl = _esco(tmp_path / "skills_nl.csv", [
        (URI_A11Y, "toegankelijkheidsnormen toepassen", "digitale toegankelijkheid\nWCAG toepassen"),
        (URI_GIS, "geografische informatiesystemen gebruiken", "GIS gebruiken")])
    en = _esco(tmp_path / "skills_en.csv", [
        (URI_A11Y, "apply accessibility standards", "web accessibility\nuse WCAG")])
    assert (esco_language(nl), esco_language(en)) == ("nl", "en")
    topics = {t.id: t for t in read_esco_skills([(nl, "nl"), (en, "en")])}
    a11y = topics[esco_id(URI_A11Y)]
    assert a11y.id == "esco-2f0b7ac1-4bd9-4d5a-8e0c-6f5b1a1c3b11"
    assert (a11y.label_nl, a11y.label_en) == ("toegankelijkheidsnormen toepassen",
                                              "apply accessibility standards")
    assert a11y.aliases_nl == ("digitale toegankelijkheid", "WCAG toepassen")
    gis = topics[esco_id(URI_GIS)]
    assert gis.label_en == gis.label_nl  # no English file row: the Dutch label stands in


def test_merging_adds_forms_to_existing_topics_without_duplicates(tmp_path: Path) -> None:
    existing = [Topic("digitale-toegankelijkheid", "digitale toegankelijkheid",
                      "digital accessibility", ("toegankelijkheid",), ("web accessibility",)),
                Topic("kennisbank", "kennisbank", "knowledge base")]
    nl = _esco(tmp_path / "skills_nl.csv", [
        (URI_A11Y, "toegankelijkheidsnormen toepassen", "digitale toegankelijkheid"),
        (URI_GIS, "geografische informatiesystemen gebruiken", "")])
    en = _esco(tmp_path / "skills_en.csv", [(URI_A11Y, "apply accessibility standards",
                                             "web accessibility")])
    esco = read_esco_skills([(nl, "nl"), (en, "en")])
    terms = tmp_path / "terms.csv"
    terms.write_text("label_nl,label_en,aliases_nl,abbreviations,broader\n"
                     "Kennisconnector,Knowledge connector,kennisconnectoren,KC,kennisbank\n"
                     "Kennisbank,,kennisbanken,,\n", encoding="utf-8")
    result = merge_topics(existing, [*esco, *read_org_terms(terms)])
    topics = {t.id: t for t in result.topics}
    a11y = topics["digitale-toegankelijkheid"]  # found through its alias: merged, not added
    assert "toegankelijkheidsnormen toepassen" in a11y.aliases_nl
    assert "apply accessibility standards" in a11y.aliases_en
    assert topics["kennisbank"].aliases_nl == ("kennisbanken",)
    assert topics["kennisconnector"].broader == ("kennisbank",)
    assert sorted(result.added) == [esco_id(URI_GIS), "kennisconnector"]
    forms = [fold(f) for t in result.topics for f in t.surface_forms()]
    assert len(forms) == len(set(forms))  # every form names one topic
    again = merge_topics(result.topics, [*esco, *read_org_terms(terms)])
    assert again.added == [] and again.changed == [] and again.topics == result.topics
    out = tmp_path / "merged.yaml"
    write_taxonomy(out, result.topics)
    assert load_taxonomy(out) == result.topics


def test_a_term_list_with_a_missing_label_or_unknown_broader_is_refused(tmp_path: Path) -> None:
    terms = tmp_path / "terms.csv"
    terms.write_text("label_nl,broader\n,x\n", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        read_org_terms(terms)
    assert [(p.line, p.field) for p in caught.value.problems] == [(2, "label_nl")]
    terms.write_text("label_nl,broader\nKennisconnector,bestaat-niet\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="bestaat-niet"):
        merge_topics([], read_org_terms(terms))
