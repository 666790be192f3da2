"""Known answers for the collaboration graph: tie weights, kinds and bridging flags."""

from __future__ import annotations

import math

import pytest

from graph.collaboration import (
    INTERACTION_SCALE,
    TOPIC_TIE_CAP,
    TOPIC_WEIGHT,
    Authorship,
    Interaction,
    PersonNode,
    TieWeights,
    TopicLink,
    build_collaboration_graph,
    graph_arrays,
)

PEOPLE = [
    PersonNode("ann", "wmo"),
    PersonNode("bob", "wmo", manager_id="ann"),
    PersonNode("cas", "jeugd"),
    PersonNode("dee", "jeugd"),
    PersonNode("eve", None),
]


def test_coauthorship_shares_each_document() -> None:
    docs = [
        Authorship("memo", ("ann", "cas")),  # 1 / (2 - 1) = 1 for the pair
        Authorship("report", ("ann", "cas", "dee")),  # 1 / (3 - 1) = 0.5 for each pair
        Authorship("note", ("dee", "dee")),  # one distinct author: no tie
        Authorship("external", ("cas", "outsider")),  # outsider is not in the organisation
    ]
    G = build_collaboration_graph(PEOPLE, docs)
    assert G.edges["ann", "cas"]["weight"] == pytest.approx(1.5)
    assert G.edges["cas", "dee"]["weight"] == pytest.approx(0.5)
    assert G.edges["ann", "dee"]["kinds"] == ("coauthor",)
    assert "outsider" not in G
    assert G.nodes["cas"]["department"] == "jeugd"


def test_manager_ties_and_bridging_flags() -> None:
    G = build_collaboration_graph(PEOPLE, [Authorship("d", ("ann", "bob", "cas", "eve"))])
    # ann-bob: manager 1 + one third of a four-author document.
    assert G.edges["ann", "bob"]["weight"] == pytest.approx(1 + 1 / 3)
    assert G.edges["ann", "bob"]["kinds"] == ("coauthor", "manager")
    assert G.edges["ann", "bob"]["bridging"] is False
    assert G.edges["ann", "cas"]["bridging"] is True
    assert G.edges["cas", "eve"]["bridging"] is False  # eve has no department


def test_same_department_alone_is_no_tie() -> None:
    G = build_collaboration_graph(PEOPLE, [])
    assert not G.has_edge("cas", "dee")
    assert set(G.edges) == {("ann", "bob")}


def test_interactions_are_log_scaled() -> None:
    interactions = [
        Interaction("cas", "dee", math.e - 1, "meeting"),  # log1p(e - 1) = 1
        Interaction("cas", "dee", 0.0, "mail"),  # nothing happened
        Interaction("cas", "cas", 5.0, "meeting"),  # talking to oneself
    ]
    G = build_collaboration_graph(PEOPLE, [], interactions)
    assert G.edges["cas", "dee"]["weight"] == pytest.approx(INTERACTION_SCALE)
    assert G.edges["cas", "dee"]["kinds"] == ("interaction:meeting",)
    assert not G.has_edge("cas", "cas")


def test_shared_rare_topics_are_weak_capped_ties() -> None:
    links = [
        TopicLink("ann", "mantelzorg", 1.0), TopicLink("cas", "mantelzorg", 0.5),
        TopicLink("ann", "privacy", 1.0), TopicLink("cas", "privacy", 1.0),
        TopicLink("bob", "wmo", 1.0), TopicLink("dee", "wmo", 1.0), TopicLink("eve", "wmo", 1.0),
    ]
    # With at most 2 holders a topic is rare: mantelzorg and privacy, not wmo.
    weights = TieWeights(rare_topic_max_people=2)
    G = build_collaboration_graph(PEOPLE, [], topic_links=links, weights=weights)
    # 0.1 * (1.0 * 0.5 + 1.0 * 1.0) = 0.15
    assert G.edges["ann", "cas"]["weight"] == pytest.approx(TOPIC_WEIGHT * 1.5)
    assert G.edges["ann", "cas"]["kinds"] == ("topic",)
    assert not G.has_edge("bob", "dee")
    many = [TopicLink(p, f"t{i}", 1.0) for i in range(10) for p in ("cas", "dee")]
    G = build_collaboration_graph(PEOPLE, [], topic_links=many)
    assert G.edges["cas", "dee"]["weight"] == pytest.approx(TOPIC_TIE_CAP)  # not 10 * 0.1


def test_graph_arrays_are_sorted_and_coded() -> None:
    G = build_collaboration_graph(PEOPLE, [Authorship("d", ("dee", "ann"))])
    A = graph_arrays(G)
    assert A.nodes == ("ann", "bob", "cas", "dee", "eve")
    assert A.departments == ("jeugd", "wmo")
    assert A.dept_code.tolist() == [1, 1, 0, 0, -1]
    assert sorted(zip(A.source.tolist(), A.target.tolist(), strict=True)) == [(0, 1), (0, 3)]
    assert A.adjacency().toarray()[3, 0] == pytest.approx(1.0)
