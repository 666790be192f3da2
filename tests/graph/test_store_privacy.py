"""Contract tests for the person-owned and operational records, on every adapter (``store``):
privacy choices, pairings, policies, the generation counter, erasure, logs and API keys."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from extraction.ingest import IngestRequest, ingest
from graph.errors import InvalidInputError, NotFoundError
from graph.model import (
    AnalysedDocument,
    ApiKey,
    AuditEntry,
    Authorship,
    Batch,
    Claim,
    Department,
    DepartmentAuthor,
    Document,
    DocumentKind,
    Interaction,
    Mention,
    Pairing,
    Person,
    PrivacyChoice,
    ScopeKind,
    ScopePolicy,
    SearchLogEntry,
    Topic,
    TopicFeedback,
    Verdict,
    Visibility,
)
from graph.store import GraphStore
from graph.store_records import tombstone

DEPTS = (Department("org", "Gemeente", "Gemeente Proefdorp"),
         Department("ict", "ICT", "Gemeente Proefdorp", "org"),
         Department("soc", "Sociaal", "Gemeente Proefdorp", "org"))
TOPICS = (Topic("wmo", "Wmo", "Wmo"), Topic("privacy", "privacy", "privacy"))
PEOPLE = (Person("p1", "Anna", department_id="ict", start_date=date(2010, 1, 1)),
          Person("p2", "Bram", department_id="soc", manager_id="p1",
                 claims=(Claim("privacy", level=4),)),
          Person("p3", "Cees", department_id="soc", manager_id="p2", start_date=date(2026, 1, 5)))
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _mention(topic: str, score: float) -> Mention:
    return Mention(topic, 1, score, f"Over {topic}.", 0, 3, 0, 3)


def _org() -> Batch:
    """p2 wrote d1 with p1 (p2 first, d1 without a department), d2 alone, and has a profile.

    KNOWS: p1-wmo 2.0 * 1/2 = 1.0; p2-wmo 1.0 (d1) + 1.0 (d2) = 2.0; p2-privacy 1.0 (d2) + 0.5
    (profile) = 1.5. d1 has no department, so it counts for its first author's: soc (p2's).
    """
    docs = (
        AnalysedDocument(Document("d1", "Wmo", "Wmo.", ("p2", "p1"), date(2025, 1, 1)),
                         (_mention("wmo", 2.0),), "wmo ondersteuning"),
        AnalysedDocument(Document("d2", "Privacy", "Privacy.", ("p2",), date(2025, 6, 1),
                                  department_id="soc"),
                         (_mention("privacy", 1.0), _mention("wmo", 1.0)), "privacy wmo"),
        AnalysedDocument(Document("profile:p2", "Bram", "Ik ken privacy.", ("p2",),
                                  department_id="soc", kind=DocumentKind.PROFILE),
                         (_mention("privacy", 0.5),), "privacy"),
    )
    return Batch(DEPTS, PEOPLE, TOPICS, docs,
                 interactions=(Interaction("p1", "p2", 3.0, "meeting"),
                               Interaction("p1", "p3", 1.0, "chat")),
                 feedback=(TopicFeedback("p2", "wmo", Verdict.CONFIRMED),
                           TopicFeedback("p1", "privacy", Verdict.REJECTED)),
                 privacy=(PrivacyChoice("p2", visibility=Visibility.HIDDEN),),
                 pairings=(Pairing("p3", "p2", date(2026, 1, 10)),
                           Pairing("p3", "p1", date(2026, 1, 11))))


def _logs(store: GraphStore) -> None:
    for minutes, query, searcher in ((0, "wmo", "p2"), (1, "wie is p2", "p3"),
                                     (2, "p22 kennis", None), (3, "privacy", "p1")):
        store.log_search(SearchLogEntry(T0 + timedelta(minutes=minutes), query, 1, 0.5,
                                        ("wmo",), "Gemeente Proefdorp", searcher))
    for minutes, actor, subject, query in ((0, "hr-1", "p2", ""), (1, "p2", "p3", ""),
                                           (2, "hr-1", "p1", 'person(id: "p2")'),
                                           (3, "hr-1", "p1", "")):
        store.log_audit(AuditEntry(T0 + timedelta(minutes=minutes), actor, "hr", subject,
                                   "person", query))


# ---------------------------------------------------------------- privacy and pairings


def test_privacy_choices_survive_a_people_reimport(store: GraphStore) -> None:
    store.apply(_org())
    store.apply(Batch(privacy=(PrivacyChoice("p1", infer_topics=False, buddy_opt_out=True),)))
    store.apply(Batch(people=(Person("p1", "Anna Bakker", department_id="ict"),
                              Person("p2", "Bram", department_id="soc"))))
    p1, p2 = store.people(["p1", "p2"])
    assert p1.name == "Anna Bakker"  # the import did land
    assert (p1.visibility, p1.infer_topics, p1.buddy_opt_out) == (Visibility.VISIBLE, False, True)
    assert (p2.visibility, p2.infer_topics, p2.buddy_opt_out) == (Visibility.HIDDEN, True, False)
    # None leaves a choice as it is; within one batch the later choice wins field by field
    store.apply(Batch(privacy=(PrivacyChoice("p1", visibility=Visibility.HIDDEN),
                               PrivacyChoice("p1", buddy_opt_out=False))))
    (p1,) = store.people(["p1"])
    assert (p1.visibility, p1.infer_topics, p1.buddy_opt_out) == (Visibility.HIDDEN, False, False)


def test_a_new_person_starts_with_the_default_choices(store: GraphStore) -> None:
    store.apply(_org())
    (p3,) = store.people(["p3"])
    assert (p3.visibility, p3.infer_topics, p3.buddy_opt_out) == (Visibility.VISIBLE, True, False)


@pytest.mark.parametrize("bad", [
    Batch(people=(Person("p9", "Nieuw"),), privacy=(PrivacyChoice("nobody", buddy_opt_out=True),)),
    Batch(people=(Person("p9", "Nieuw"),), pairings=(Pairing("p9", "nobody", date(2026, 1, 1)),)),
    Batch(people=(Person("p9", "Nieuw"),), pairings=(Pairing("p9", "p9", date(2026, 1, 1)),)),
    Batch(people=(Person("p9", "Nieuw"),),
          policies=(ScopePolicy(ScopeKind.DEPARTMENT, "nowhere", infer_from_documents=False),)),
    Batch(people=(Person("p9", "Nieuw"),),
          policies=(ScopePolicy(ScopeKind.ORGANISATION, "Gemeente Elders", False, False),)),
    Batch(people=(Person("p9", "Nieuw"),),
          policies=(ScopePolicy(ScopeKind.DEPARTMENT, "ict",
                                findable_by_other_organisations=False),)),
], ids=["privacy-unknown", "pairing-unknown", "pairing-self", "policy-department",
        "policy-organisation", "policy-findable-department"])
def test_a_bad_record_rejects_the_whole_batch(store: GraphStore, bad: Batch) -> None:
    store.apply(_org())
    before, generation = store.counts(), store.generation()
    with pytest.raises(InvalidInputError) as caught:
        store.apply(bad)
    assert len(caught.value.problems) == 1
    assert store.counts() == before and store.generation() == generation
    assert store.people(["p9"]) == [] and store.policies() == []
    assert len(store.pairings()) == 2


def test_a_batch_may_create_the_person_it_sets_choices_and_pairings_for(store: GraphStore) -> None:
    store.apply(_org())
    store.apply(Batch(people=(Person("p9", "Nieuw"),),
                      privacy=(PrivacyChoice("p9", infer_topics=False),),
                      pairings=(Pairing("p9", "p1", date(2026, 2, 2)),)))
    assert store.people(["p9"])[0].infer_topics is False
    assert store.pairings(["p9"]) == [Pairing("p9", "p1", date(2026, 2, 2))]


def test_pairings_upsert_and_filter_by_either_person(store: GraphStore) -> None:
    store.apply(_org())
    store.apply(Batch(pairings=(Pairing("p3", "p1", date(2026, 2, 1)),)))  # accepted again
    assert store.pairings() == [Pairing("p3", "p1", date(2026, 2, 1)),
                                Pairing("p3", "p2", date(2026, 1, 10))]
    assert store.pairings(["p2"]) == [Pairing("p3", "p2", date(2026, 1, 10))]  # as buddy
    assert len(store.pairings(["p3"])) == 2  # as newcomer
    assert store.pairings(["nobody"]) == [] and store.pairings([]) == []
    assert store.counts().relationships["PAIRED_WITH"] == 2


def test_policies_replace_by_kind_and_scope(store: GraphStore) -> None:
    store.apply(_org())
    store.apply(Batch(policies=(
        ScopePolicy(ScopeKind.DEPARTMENT, "soc", infer_from_documents=False),
        ScopePolicy(ScopeKind.ORGANISATION, "gemeente proefdorp", True, False))))  # folded name
    store.apply(Batch(policies=(ScopePolicy(ScopeKind.DEPARTMENT, "soc"),)))  # cleared
    assert store.policies() == [
        ScopePolicy(ScopeKind.DEPARTMENT, "soc"),
        ScopePolicy(ScopeKind.ORGANISATION, "gemeente proefdorp", True, False)]


# ---------------------------------------------------------------- generation


def test_generation_moves_only_when_something_changed(store: GraphStore) -> None:
    start = store.generation()
    store.apply(_org())
    first = store.generation()
    assert first > start
    store.apply(_org())  # identical: documents skipped by hash, every other row rewritten as is
    store.apply(Batch(privacy=(PrivacyChoice("p2", visibility=Visibility.HIDDEN),),
                      pairings=(Pairing("p3", "p2", date(2026, 1, 10)),)))  # already so
    store.apply(Batch())
    assert store.generation() == first
    store.apply(Batch(privacy=(PrivacyChoice("p1", buddy_opt_out=True),)))
    second = store.generation()
    assert second > first
    store.apply(Batch(policies=(ScopePolicy(ScopeKind.DEPARTMENT, "ict", False),)))
    third = store.generation()
    assert third > second
    store.apply(Batch(policies=(ScopePolicy(ScopeKind.DEPARTMENT, "ict", False),)))
    assert store.generation() == third
    store.log_search(SearchLogEntry(T0, "wmo", 0, 0.0))  # logs are not graph data
    assert store.generation() == third


# ---------------------------------------------------------------- erasure


def _mentions(value: object, person_id: str) -> list[str]:
    return re.findall(rf"(?<![\w-]){re.escape(person_id)}(?![\w-])", repr(value))


def _everything(store: GraphStore) -> list[object]:
    topics = ["wmo", "privacy"]
    return [store.people(), store.topic_scores(topics), store.claims(topics), store.feedback(),
            store.evidence(["p1", "p2", "p3"], topics, ["d1", "d2", "profile:p2"], ["wmo"], 5),
            store.authorships(), store.interactions(),
            store.department_authors(["org", "ict", "soc"]),
            store.search_documents(["wmo", "privacy"], 10), store.pairings(), store.searches(),
            store.audit_log()]


def test_erasure_leaves_no_trace_of_the_person(store: GraphStore) -> None:
    store.apply(_org())
    _logs(store)
    assert all(_mentions(rows, "p2") for rows in _everything(store)[:-3])  # all there before
    # before: d1 (no department, first author p2) counts for soc
    assert store.department_authors(["ict", "soc"]) == [
        DepartmentAuthor("soc", "p1", 1, 0.5, date(2025, 1, 1)),
        DepartmentAuthor("soc", "p2", 2, 1.5, date(2025, 6, 1))]
    before, generation = store.counts(), store.generation()

    report = store.erase_person("p2")

    # removed, by hand: p2's MEMBER_OF; REPORTS_TO p2->p1 and p3->p2; 1 claim; AUTHORED d1, d2,
    # profile; d2 and the profile (p2 alone) with their 2 + 1 mentions; KNOWS p2-wmo and
    # p2-privacy; 1 interaction; 1 verdict; 1 pairing; p2's own search; "wie is p2"; audit
    # entries 1 (subject), 2 (actor) and 3 (query)
    assert dict(report.removed) == {
        "Person": 1, "Document": 2, "MEMBER_OF": 1, "REPORTS_TO": 2, "CLAIMS": 1, "AUTHORED": 3,
        "MENTIONS": 3, "KNOWS": 2, "INTERACTS": 1, "FEEDBACK": 1, "PAIRED_WITH": 1,
        "searches": 1, "search_queries": 1, "audit_entries": 3, "api_keys": 0}
    after = store.counts()
    for kind in (*before.nodes, *before.relationships):
        old = before.nodes.get(kind, before.relationships.get(kind))
        new = after.nodes.get(kind, after.relationships.get(kind))
        assert old - new == report.removed.get(kind, 0), kind
    assert store.generation() > generation

    for rows in _everything(store):
        assert not _mentions(rows, "p2"), rows
    assert store.audit_log(subject_id="p2") == []
    assert store.erased(["p1", "p2", "p9"]) == {"p2"}
    # the shared document stays with p1, now its only (first) author with the whole share, so
    # it counts for p1's department and p1's KNOWS for wmo is 2.0 * 1 = 2.0
    assert store.authorships() == [Authorship("d1", ("p1",), None, date(2025, 1, 1))]
    assert [(h.document_id, h.authors) for h in store.search_documents(["wmo"], 10)] == [
        ("d1", ("p1",))]
    assert store.department_authors(["ict", "soc"]) == [
        DepartmentAuthor("ict", "p1", 1, 1.0, date(2025, 1, 1))]
    assert [(s.person_id, s.score) for s in store.topic_scores(["wmo", "privacy"])] == [
        ("p1", pytest.approx(2.0))]
    assert store.people(["p3"])[0].manager_id is None
    assert [s.query for s in store.searches()] == ["wie is (erased)", "p22 kennis", "privacy"]
    assert [(a.actor, a.subject_id, a.query) for a in store.audit_log()] == [
        ("hr-1", "(erased)", ""), ("(erased)", "p3", ""), ("hr-1", "p1", 'person(id: "(erased)")'),
        ("hr-1", "p1", "")]


def test_erasing_an_unknown_person_changes_nothing(store: GraphStore) -> None:
    store.apply(_org())
    _logs(store)
    before = (store.counts(), store.generation(), store.searches(), store.audit_log())
    with pytest.raises(NotFoundError):
        store.erase_person("p9")
    assert (store.counts(), store.generation(), store.searches(), store.audit_log()) == before
    assert store.erased(["p9"]) == set()


def test_a_reingest_does_not_bring_an_erased_person_back(store: GraphStore,
                                                         tiny_org: IngestRequest) -> None:
    ingest(store, tiny_org)
    # p4 wrote d4 with p3 and the note on gegevensbescherming alone
    report = store.erase_person("p4")
    assert report.removed["Document"] == 1
    erased = store.counts()

    again = ingest(store, tiny_org)

    assert "p4" not in {p.id for p in store.people()}
    assert again.erased == {"people": 1, "authors": 2, "documents": 1}  # d4's and the note's
    assert any("erased" in s.reason for s in again.skipped)
    assert store.counts() == erased
    assert not any("p4" in a.authors for a in store.authorships())
    assert store.erased(["p4"]) == {"p4"}


def test_an_erased_manager_or_tie_in_an_import_is_left_out(store: GraphStore,
                                                           tiny_org: IngestRequest) -> None:
    ingest(store, tiny_org)
    store.erase_person("p3")  # Cees: Dirk's (p4's) manager
    folder = tiny_org.people[0].parent
    (folder / "ties.csv").write_text("source,target,weight,kind\np3,p1,2,meeting\n"
                                     "p1,p2,1,meeting\n", encoding="utf-8")
    request = IngestRequest(people=tiny_org.people, interactions=[folder / "ties.csv"])

    report = ingest(store, request)

    assert report.erased == {"people": 1, "managers": 1, "interactions": 1}
    assert store.people(["p4"])[0].manager_id is None
    assert store.interactions() == [Interaction("p1", "p2", 1.0, "meeting")]


# ---------------------------------------------------------------- logs and keys


def test_search_log_round_trips_in_utc_oldest_first(store: GraphStore) -> None:
    cet = timezone(timedelta(hours=1))
    late = SearchLogEntry(datetime(2026, 3, 1, 11, 30, tzinfo=cet), "privacy", 0, 0.0)
    early = SearchLogEntry(datetime(2026, 3, 1, 10, 15, 0, 5, tzinfo=UTC), "Wmo en privacy", 3,
                           1.25, ("wmo", "privacy"), "Gemeente Proefdorp", "p1")
    store.log_search(late)  # 10:30 UTC, logged first
    store.log_search(early)
    found = store.searches()
    assert found == [early, late]  # equal instants, whatever the zone
    assert found[1].at.tzinfo is not None and found[1].at.utcoffset() == timedelta(0)
    assert store.searches(since=datetime(2026, 3, 1, 10, 20, tzinfo=UTC)) == [late]
    assert store.searches(since=datetime(2026, 3, 2, tzinfo=UTC)) == []


def test_audit_log_filters_by_time_and_subject(store: GraphStore) -> None:
    entries = [AuditEntry(T0 + timedelta(hours=h), "hr-1", "hr", subject, "person", query)
               for h, subject, query in ((2, "p1", ""), (0, "p2", "wie kent wmo"), (1, "p1", "x"))]
    for entry in entries:
        store.log_audit(entry)
    assert store.audit_log() == [entries[1], entries[2], entries[0]]
    assert store.audit_log(subject_id="p1") == [entries[2], entries[0]]
    assert store.audit_log(since=T0 + timedelta(minutes=30), subject_id="p1") == [entries[2],
                                                                                 entries[0]]
    assert store.audit_log(since=T0 + timedelta(hours=1, seconds=1)) == [entries[0]]


def test_api_keys_round_trip_and_revoke(store: GraphStore) -> None:
    hr = ApiKey("k1", "hr-portal", "hr", "sha256:aa", T0)
    admin = ApiKey("k2", "beheer", "admin", "sha256:bb", T0 + timedelta(days=1))
    store.put_api_key(admin)
    store.put_api_key(hr)
    assert store.api_keys() == [hr, admin]  # oldest first
    revoked = ApiKey("k1", "hr-portal", "hr", "sha256:aa", T0, T0 + timedelta(days=2))
    store.put_api_key(revoked)
    assert store.api_keys() == [revoked, admin]


def test_tombstones_are_sha256_of_the_id() -> None:
    # sha256("p1"), computed with: printf p1 | sha256sum
    assert tombstone("p1") == "f64551fcd6f07823cb87971cfb91446425da18286b3ab1ef935e0cbd7a69f68a"
