"""Known answers for the expert model on small hand-built stores (no extraction involved).

Every organisation below is drawn in its test; documents carry their index text directly, and
topic mentions are given by hand, so each expected order can be worked out on paper.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.expansion import TopicMatch, expand_topics
from graph.model import (
    AnalysedDocument,
    Batch,
    Department,
    Document,
    Mention,
    Person,
    Topic,
    TopicFeedback,
    Verdict,
)
from graph.ranking import ExpertQuery, RankingWeights, rank_experts
from graph.store import GraphStore

TODAY = date(2026, 1, 1)
DEPTS = (Department("org", "Gemeente", "Gemeente"), Department("soc", "Sociaal", "Gemeente", "org"),
         Department("com", "Communicatie", "Gemeente", "org"),
         Department("ict", "ICT", "Gemeente", "org"))
# zorg (care) > wmo > huishoudelijke-hulp: a three-level taxonomy
TOPICS = (Topic("zorg", "zorg", "care"), Topic("wmo", "Wmo", "Social Support Act", broader=("zorg",)),
          Topic("hh", "huishoudelijke hulp", "household help", broader=("wmo",)),
          Topic("privacy", "privacy", "privacy"))


def _doc(doc_id: str, authors: tuple[str, ...], text: str, dept: str,
         topics: tuple[str, ...] = (), when: date = date(2025, 6, 1)) -> AnalysedDocument:
    mentions = tuple(Mention(t, 1, 1.0, text[:40], 0, 3, 0, 3) for t in topics)
    return AnalysedDocument(Document(doc_id, doc_id, text, authors, when, department_id=dept),
                            mentions, text)


def _rank(store: GraphStore, terms: tuple[str, ...] = (), topics: tuple[str, ...] = (),
          expansions: tuple[TopicMatch, ...] = (), **kwargs: object) -> list[str]:
    query = ExpertQuery(" ".join(terms or topics), terms, topics, expansions=expansions,
                        **kwargs)  # type: ignore[arg-type]
    return [r.person.id for r in rank_experts(store, query, today=TODAY)]


FILLER = "nieuwsbrief agenda vergadering planning overleg verslag"
OTHERS = (Person("kim", "Kim", department_id="ict"),)


def _others() -> tuple[AnalysedDocument, ...]:
    """Ten documents about other things, so that words have a document frequency."""
    return tuple(_doc(f"k{i}", ("kim",), f"{FILLER} server netwerk {i}", "ict")
                 for i in range(10))


def test_prolific_writer_with_weak_documents_does_not_win(store: GraphStore) -> None:
    # Sara wrote two documents about the keukentafelgesprek; Piet, in another department,
    # wrote twenty newsletters that each mention it once among many other words
    people = (Person("sara", "Sara", department_id="soc"), Person("piet", "Piet",
                                                                  department_id="com"))
    docs = [_doc(f"s{i}", ("sara",), "keukentafelgesprek werkwijze keukentafelgesprek "
                 "gespreksverslag keukentafelgesprek", "soc") for i in range(2)]
    docs += [_doc(f"n{i}", ("piet",), f"{FILLER} {FILLER} keukentafelgesprek {FILLER} week{i}",
                  "com") for i in range(20)]
    store.apply(Batch(DEPTS, (*people, *OTHERS), TOPICS, (*docs, *_others())))
    assert _rank(store, ("keukentafelgesprek",)) == ["sara", "piet"]


def _topic_org(store: GraphStore) -> None:
    # Wil writes about the Wmo itself, Hans only about household help (narrower), Zoë about
    # care in general (broader); Pim writes about privacy only
    people = tuple(Person(p, p.title(), department_id="soc") for p in ("wil", "hans", "zoe", "pim"))
    docs = (_doc("w1", ("wil",), "wmo aanvraag", "soc", ("wmo",)),
            _doc("w2", ("wil",), "wmo beschikking", "soc", ("wmo",)),
            _doc("h1", ("hans",), "huishoudelijke hulp indicatie", "soc", ("hh",)),
            _doc("h2", ("hans",), "huishoudelijke hulp tarief", "soc", ("hh",)),
            _doc("z1", ("zoe",), "zorg inkoop", "soc", ("zorg",)),
            _doc("z2", ("zoe",), "zorg contract", "soc", ("zorg",)),
            _doc("p1", ("pim",), "privacy verklaring", "soc", ("privacy",)))
    store.apply(Batch(DEPTS, people, TOPICS, docs))


def test_taxonomy_expansion_counts_narrower_above_broader_below_direct(store: GraphStore) -> None:
    _topic_org(store)
    taxonomy = {t.id: t for t in TOPICS}
    expansions = expand_topics(["wmo"], taxonomy)[1:]
    assert expansions == (TopicMatch("hh", 0.5, "narrower", "wmo"),
                          TopicMatch("zorg", 0.25, "broader", "wmo"))
    # same evidence for each, so the discount decides: direct 1, narrower 0.5, broader 0.25
    results = rank_experts(store, ExpertQuery("Wmo", (), ("wmo",), expansions=expansions),
                           today=TODAY)
    assert [r.person.id for r in results] == ["wil", "hans", "zoe"]
    assert results[1].expanded_topics == (TopicMatch("hh", 0.5, "narrower", "wmo"),)
    assert results[1].matched_topics == ("wmo",)  # household help counts towards the Wmo
    assert results[1].score == pytest.approx(results[0].score / 2)
    assert results[2].score == pytest.approx(results[0].score / 4)
    # without expansion only the direct writer is found
    assert _rank(store, topics=("wmo",)) == ["wil"]


def test_rejected_topic_stops_counting_and_confirmed_weighs_more(store: GraphStore) -> None:
    _topic_org(store)
    expansions = expand_topics(["wmo"], {t.id: t for t in TOPICS})[1:]
    store.apply(Batch(feedback=(TopicFeedback("wil", "wmo", Verdict.REJECTED),
                                TopicFeedback("zoe", "zorg", Verdict.CONFIRMED))))
    results = rank_experts(store, ExpertQuery("Wmo", ("wmo",), ("wmo",), expansions=expansions),
                           today=TODAY)
    # Wil's Wmo documents no longer count for him, text included; Zoë's care counts 1.5 times
    assert [r.person.id for r in results] == ["hans", "zoe"]
    assert results[1].score == pytest.approx(results[0].score * 0.25 / 0.5 * 1.5)
    # the last verdict counts: Wil takes the rejection back
    store.apply(Batch(feedback=(TopicFeedback("wil", "wmo", Verdict.CONFIRMED),)))
    assert _rank(store, ("wmo",), ("wmo",), expansions)[0] == "wil"


def test_confirmation_turns_a_tie(store: GraphStore) -> None:
    people = (Person("ann", "Ann", department_id="ict"), Person("bob", "Bob", department_id="ict"))
    docs = (_doc("a1", ("ann",), "privacy beleid", "ict", ("privacy",)),
            _doc("b1", ("bob",), "privacy beleid", "ict", ("privacy",)))
    store.apply(Batch(DEPTS, people, TOPICS, docs))
    assert _rank(store, topics=("privacy",)) == ["ann", "bob"]  # a tie, broken by id
    store.apply(Batch(feedback=(TopicFeedback("bob", "privacy", Verdict.CONFIRMED),)))
    assert _rank(store, topics=("privacy",)) == ["bob", "ann"]
    assert [f.verdict for f in store.feedback(person_ids=["bob"])] == [Verdict.CONFIRMED]


def test_people_who_know_both_topics_rank_above_people_who_know_one(store: GraphStore) -> None:
    # Ann knows the Wmo very well and nothing of privacy; Bob knows both moderately
    people = (Person("ann", "Ann", department_id="soc"), Person("bob", "Bob", department_id="ict"))
    docs = tuple(_doc(f"a{i}", ("ann",), "wmo wmo wmo", "soc", ("wmo",)) for i in range(4))
    docs += (_doc("b1", ("bob",), "wmo privacy", "ict", ("wmo", "privacy")),)
    store.apply(Batch(DEPTS, people, TOPICS, docs))
    assert _rank(store, ("wmo", "privacy"), ("wmo", "privacy")) == ["bob", "ann"]


def test_recent_writer_ranks_above_one_who_wrote_the_same_long_ago(store: GraphStore) -> None:
    people = (Person("a-old", "Old", department_id="soc"),
              Person("b-new", "New", department_id="ict"))
    docs = (_doc("o1", ("a-old",), "zonnepanelen subsidie", "soc", when=date(2012, 1, 1)),
            _doc("n1", ("b-new",), "zonnepanelen subsidie", "ict", when=date(2025, 10, 1)),
            *_others())
    store.apply(Batch(DEPTS, (*people, *OTHERS), TOPICS, docs))
    assert _rank(store, ("zonnepanelen",)) == ["b-new", "a-old"]
    query = ExpertQuery("zonnepanelen", ("zonnepanelen",))
    no_decay = RankingWeights(recency_floor=1.0)  # then it is a tie, broken by id
    assert [r.person.id for r in rank_experts(store, query, weights=no_decay, today=TODAY)] == [
        "a-old", "b-new"]


def test_results_explain_which_documents_contributed(store: GraphStore) -> None:
    people = (Person("ann", "Ann", department_id="soc"),)
    docs = (_doc("a1", ("ann",), "leerlingenvervoer leerlingenvervoer aanvraag", "soc"),
            _doc("a2", ("ann",), "leerlingenvervoer", "soc"))
    store.apply(Batch(DEPTS, people, TOPICS, docs))
    [ann] = rank_experts(store, ExpertQuery("leerlingenvervoer", ("leerlingenvervoer",)),
                         today=TODAY)
    assert set(ann.contributions) == {"a1", "a2"}
    assert sum(ann.contributions.values()) == pytest.approx(1.0, abs=1e-3)
    assert [e.document_id for e in ann.evidence][0] == max(ann.contributions,
                                                           key=ann.contributions.__getitem__)
    assert ann.last_evidence == date(2025, 6, 1)
