"""Who knows about X: document-centric expert ranking over what any GraphStore returns.

The core is Balog et al.'s document model ("Model 2") [1]_: a person is scored by the documents
they wrote that are relevant to the query, ``S_doc(p) = sum_d P(d|q) a(p, d)``, with the
authorship share ``a(p, d) = 1 / |authors(d)|`` and ``P(d|q)`` the BM25 scores of the top hits
turned into a distribution by a softmax whose temperature is relative to the best score (so
long and short queries behave alike). Because ``P(d|q)`` is a distribution concentrated on the
best documents, a prolific writer with many weakly relevant documents gains little from them:
this is the normalisation against volume. The hits are those of the query's own terms plus,
at weight ``related``, those of its phrases, topic labels in both languages and prefixes
(``graph.expansion``).

It is mixed with the group model of Balog et al. [2]_: ``S_grp(p) = sum_g P(g|q) P(p|g)``, with
``P(g|q)`` the query's document mass in department ``g`` -- a vote of the hits under a flatter
softmax (``group_temperature``), sharpened to ``mass(g) ** group_sharpness`` as in a k-nearest
neighbour classifier -- and ``P(p|g)`` the person's share of the department's documents,
weighted by the recency of their last one there. The people who write a group's documents now
are the ones who lead and know its field, even when their own documents do not use the query's
words. A query that matches fewer than ``group_min_hits`` documents is answered by their authors
alone. The trade-off: inside the department that owns a field, its main writers are favoured
over a colleague with a few sharper documents; across departments the document model decides.

The text evidence ``(1 - group) S_doc + group S_grp`` decays with the age of the person's newest
document among the hits and in those departments (half-life ``half_life_days``, never below
``recency_floor``): who wrote about it lately is the better contact.

Two more kinds of evidence are fused with the text, each normalised to [0, 1] per query:

* topics: the derived KNOWS scores of the query's topics and of their taxonomy neighbours
  (narrower and broader, discounted), saturated (``s / (s + saturation)``), with recency decay;
  a topic the person confirmed counts ``confirmed`` times, one they rejected not at all;
* claims: profile claims on those topics (level, ``ask_me_about``, ``able_to_mentor``).

Topics and claims weigh ``topic`` and ``claim`` times the share of the question's words that its
topics account for: a question that names a topic is about it, a long text that mentions one in
passing is not. The text evidence gets the rest of the weight.

A query with several topics ("Wmo en privacy") multiplies each score by
``(1 + covered) / (1 + n)`` for the ``covered`` of its ``n`` topics the person has topic or claim
evidence for, so people who know both rank above people who know one. A person who rejected a
query topic keeps only the share of their text evidence that belongs to the other topics (a
full-text hit cannot be attributed to one topic without reading every document's mentions).

Scope and inference rules (``graph.policy``): people an organisation keeps from the others'
searches are left out unless the question is asked from (or, asker unknown, scoped to) their
organisation; for a person whose documents may not count -- their own choice, or a scope policy
of their department or organisation -- the text evidence and the KNOWS scores of topics they did
not confirm are zero: they rank by their claims and confirmed topics alone, with evidence from
confirmed topics only. That score is never above the full one, so people are loaded lazily in
the order of the full score and re-queued at their own (see ``graph.results.select_people``).

``temperature``, ``group``, ``half_life_days``, ``recency_floor``, ``group_temperature`` and
``group_sharpness`` were chosen by small grids on the even-numbered queries of both
kubernetes-keps gold sets and checked on the odd ones (``bench/eval_experts.py --split odd``);
``topic`` on the demo organisation's planted experts together with that split. No parameter is
set per query or per set. Both stores feed the same code, so they rank identically.

References
----------
.. [1] K. Balog, L. Azzopardi and M. de Rijke, "Formal models for expert finding in enterprise
   corpora", SIGIR 2006, doi:10.1145/1148170.1148181.
.. [2] K. Balog, T. Bogers, L. Azzopardi, M. de Rijke and A. van den Bosch, "Broad expertise
   retrieval in sparse data environments", SIGIR 2007, doi:10.1145/1277741.1277830.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from graph.expansion import TopicMatch
from graph.model import (
    Claim,
    DocumentHit,
    Evidence,
    Person,
    Verdict,
)
from graph.policy import ScopePolicies
from graph.results import covering, evidence_strength, pick_evidence, select_people
from graph.store import GraphStore
from graph.topic_evidence import Verdicts, claim_evidence, decay, later, topic_evidence


@dataclass(frozen=True)
class RankingWeights:
    topic: float = 0.45  # for a question that is all topic; documents get the rest
    claim: float = 0.1
    group: float = 0.8  # share of the text evidence that comes from the group model
    temperature: float = 0.15  # softmax temperature, relative to the best hit's score
    group_temperature: float = 0.2  # P(g|q): more documents vote for a department ...
    group_sharpness: float = 2.0  # ... and the vote is sharpened: P(g|q) ~ mass(g) ** sharpness
    related: float = 0.5  # weight of phrase, topic-label and prefix hits next to the query's
    saturation: float = 2.0  # KNOWS score at which topic evidence counts half
    half_life_days: float = 3 * 365.0  # recency of a person's text and topic evidence
    recency_floor: float = 0.5  # very old evidence still counts half
    group_half_life_days: float = 5 * 365.0  # P(p|g): who writes the group's documents now
    confirmed: float = 1.5  # topic evidence of a topic the person confirmed
    hits: int = 100  # full-text documents considered per query, for each of the two searches
    departments: int = 5  # departments considered by the group model
    group_min_hits: int = 3  # fewer matching documents are answered by their authors alone
    evidence_per_person: int = 3


@dataclass(frozen=True)
class ExpertQuery:
    text: str
    terms: tuple[str, ...] = ()
    topic_ids: tuple[str, ...] = ()
    first: int = 10
    department_id: str | None = None
    organisation: str | None = None
    location: str | None = None
    language: str | None = None
    related_terms: tuple[str, ...] = ()  # phrases, topic labels (nl and en), prefixes
    expansions: tuple[TopicMatch, ...] = ()  # taxonomy neighbours of ``topic_ids``
    topic_coverage: float = 1.0  # share of the query's terms that its topics account for
    asker_organisation: str | None = None  # where the question comes from (findability)


@dataclass(frozen=True)
class ExpertResult:
    person: Person
    score: float
    matched_topics: tuple[str, ...]
    claims: tuple[Claim, ...]
    evidence: tuple[Evidence, ...]
    last_evidence: date | None
    components: dict[str, float] = field(default_factory=dict)  # text, topic, claim in 0..1
    expanded_topics: tuple[TopicMatch, ...] = ()  # taxonomy neighbours that counted
    contributions: dict[str, float] = field(default_factory=dict)  # document -> share of S_doc
    strength: float = 0.0  # absolute evidence strength in 0..1 (``score`` is relative per query)


def rank_experts(store: GraphStore, query: ExpertQuery, *,
                 weights: RankingWeights = RankingWeights(),
                 today: date | None = None) -> list[ExpertResult]:
    """Rank people for ``query``; every result carries its evidence.

    Parameters
    ----------
    store : GraphStore
        Where people, documents and derived scores live.
    query : ExpertQuery
        Analysed question: terms, topics, expansions and filters.
    weights : RankingWeights
        Model parameters.
    today : date, optional
        Reference date for recency decay (default: today).

    Returns
    -------
    list of ExpertResult
        At most ``query.first`` visible people that pass the filters and the scope policies,
        best first; each with an absolute ``strength`` of its evidence next to the score.

    Notes
    -----
    Two full-text searches, reads of the departments, the scope policies and department
    authorship, and of topic scores, claims and feedback for the query's topics; then people
    in batches until ``first`` pass the filters, and evidence for those only. Python work is
    O(hits + rows read).
    """
    today = today or date.today()
    hits = _hits(store, query, weights)
    p_doc = _document_distribution(hits, weights.temperature)
    doc_part, contributions = _document_model(p_doc)
    last_hit: dict[str, date | None] = {}
    for hit, _ in hits:
        for author in hit.authors:
            last_hit[author] = later(last_hit.get(author), hit.date)
    last_text = dict(last_hit)  # and the newest document in the departments, for the decay
    group_part = (_group_model(store, _document_distribution(hits, weights.group_temperature),
                               weights, today, last_text)
                  if len(hits) >= weights.group_min_hits else {})
    matches = (*(TopicMatch(t, 1.0) for t in query.topic_ids), *query.expansions)
    ids = [m.topic_id for m in matches]
    verdicts = {(f.person_id, f.topic_id): f.verdict
                for f in (store.feedback(topic_ids=ids) if ids else ())}
    score_rows = store.topic_scores(ids) if ids else []
    claim_rows = store.claims(ids) if ids else []
    topic_part, covered, last_dates = topic_evidence(score_rows, matches, verdicts, weights,
                                                      today)
    claim_part, claims = claim_evidence(claim_rows, matches, verdicts, covered)
    # for people whose documents may not count (their choice or a scope policy): confirmed
    # topics and claims only -- never more than the full score, so selection can be lazy
    confirmed = [s for s in score_rows
                 if verdicts.get((s.person_id, s.topic_id)) is Verdict.CONFIRMED]
    topic_own, covered_own, last_own = topic_evidence(confirmed, matches, verdicts, weights,
                                                      today)
    claim_evidence(claim_rows, matches, verdicts, covered_own)
    text_part = _text_evidence(doc_part, group_part, last_text, query.topic_ids, verdicts,
                               weights, today)
    for pid in text_part:
        last_dates[pid] = later(last_dates.get(pid), last_hit.get(pid))
    n_topics = len(query.topic_ids)
    w_topic, w_claim = (weights.topic * query.topic_coverage, weights.claim * query.topic_coverage
                        ) if n_topics else (0.0, 0.0)
    w_text = 1.0 - w_topic - w_claim
    parts = {"text": (w_text, text_part), "topic": (w_topic, topic_part),
             "claim": (w_claim, claim_part)}
    own_parts = {"text": (w_text, {}), "topic": (w_topic, topic_own),
                 "claim": (w_claim, claim_part)}
    scale = {name: 1.0 if name == "claim" else max(values.values(), default=0.0)
             for name, (_, values) in parts.items()}
    total = covering(_fuse(parts, scale), covered, query.topic_ids)
    own_total = covering(_fuse(own_parts, scale), covered_own, query.topic_ids)
    chosen = select_people(store, total, query,
                           ScopePolicies.of(store.policies(), store.departments()), own_total)
    own = {c.person.id for c in chosen if not c.inferred}
    evidence = pick_evidence(store, [c.person for c in chosen], matches, verdicts,
                             {p: c for p, c in contributions.items() if p not in own},
                             query.terms, weights.evidence_per_person,
                             {pid: {t for (p, t), v in verdicts.items()
                                    if p == pid and v is Verdict.CONFIRMED} for pid in own})
    written: dict[str, float] = defaultdict(float)  # documents among the hits, by share
    for hit, _ in p_doc.values():
        for author in hit.authors:
            written[author] += 1 / len(hit.authors)
    results = []
    for c in chosen:
        pid = c.person.id
        mine, seen, last = ((own_parts, covered_own, last_own) if pid in own
                            else (parts, covered, last_dates))
        strength = evidence_strength(0.0 if pid in own else written.get(pid, 0.0),
                                     mine["topic"][1].get(pid, 0.0), claim_part.get(pid, 0.0),
                                     len(seen[pid] & set(query.topic_ids)), n_topics,
                                     1 - query.topic_coverage if n_topics else 1.0)
        results.append(ExpertResult(
            c.person, round(c.score, 6), tuple(t for t in query.topic_ids if t in seen[pid]),
            tuple(claims.get(pid, ())), tuple(evidence.get(pid, ())), last.get(pid),
            {name: round(values.get(pid, 0.0) / scale[name], 4) if scale[name] > 0 else 0.0
             for name, (_, values) in mine.items()},
            tuple(m for m in query.expansions if m.topic_id in seen[pid]),
            {} if pid in own else _shares(contributions.get(pid, {})), round(strength, 4)))
    return results


Scored = tuple[DocumentHit, float]


def _hits(store: GraphStore, query: ExpertQuery, weights: RankingWeights) -> list[Scored]:
    """BM25 of the query's terms plus ``related`` times BM25 of its related terms."""
    merged: dict[str, Scored] = {}
    for terms, weight in ((query.terms, 1.0), (query.related_terms, weights.related)):
        for hit in store.search_documents(terms, weights.hits) if terms else ():
            old = merged.get(hit.document_id)
            merged[hit.document_id] = (hit, weight * hit.score + (old[1] if old else 0.0))
    return list(merged.values())


def _document_distribution(hits: list[Scored], temperature: float
                           ) -> dict[str, tuple[DocumentHit, float]]:
    """P(d|q): softmax of the scores relative to the best; weights below 1e-3 dropped."""
    best = max((score for _, score in hits), default=0.0)
    if best <= 0:
        return {}
    raw = {hit.document_id: (hit, math.exp((score - best) / (temperature * best)))
           for hit, score in hits}
    raw = {doc: (hit, w) for doc, (hit, w) in raw.items() if w >= 1e-3}
    total = sum(w for _, w in raw.values())
    return {doc: (hit, w / total) for doc, (hit, w) in raw.items()}


def _document_model(p_doc: Mapping[str, tuple[DocumentHit, float]]
                    ) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """S_doc per person, and what each of their documents contributed to it."""
    part: dict[str, float] = defaultdict(float)
    contributions: dict[str, dict[str, float]] = defaultdict(dict)
    for doc, (hit, p) in p_doc.items():
        for author in hit.authors:
            part[author] += p / len(hit.authors)
            contributions[author][doc] = p / len(hit.authors)
    return part, contributions


def _group_model(store: GraphStore, p_doc: Mapping[str, tuple[DocumentHit, float]],
                 weights: RankingWeights, today: date,
                 last_text: dict[str, date | None]) -> dict[str, float]:
    """S_grp: P(g|q) from the documents, P(p|g) from recency-weighted shares of g's documents.

    Updates ``last_text`` with each person's newest document in the departments read.
    """
    mass: dict[str, float] = defaultdict(float)
    for hit, p in p_doc.values():
        if hit.department_id:
            mass[hit.department_id] += p
    sharpened = {g: m ** weights.group_sharpness for g, m in mass.items()}
    norm = sum(sharpened.values())
    top = {g: m / norm for g, m in sorted(sharpened.items(), key=lambda kv: -kv[1])
           [:weights.departments]}
    share: dict[tuple[str, str], float] = {}
    for row in store.department_authors(list(top)) if top else ():
        share[row.department_id, row.person_id] = row.share * decay(
            row.last_date, weights.group_half_life_days, 0.0, today)
        last_text[row.person_id] = later(last_text.get(row.person_id), row.last_date)
    totals: dict[str, float] = defaultdict(float)
    for (dept, _), value in share.items():
        totals[dept] += value
    part: dict[str, float] = defaultdict(float)
    for (dept, pid), value in share.items():
        if totals[dept] > 0:
            part[pid] += top[dept] * value / totals[dept]
    return part


def _text_evidence(doc_part: Mapping[str, float], group_part: Mapping[str, float],
                   last_text: Mapping[str, date | None], topic_ids: tuple[str, ...],
                   verdicts: Verdicts, weights: RankingWeights, today: date) -> dict[str, float]:
    """``((1 - group) S_doc + group S_grp)``, decayed by the person's newest document and cut
    by the share of the query's topics they rejected."""
    group = weights.group if group_part else 0.0
    out: dict[str, float] = {}
    for pid in {*doc_part, *group_part}:
        value = (1 - group) * doc_part.get(pid, 0.0) + group * group_part.get(pid, 0.0)
        value *= decay(last_text.get(pid), weights.half_life_days, weights.recency_floor, today)
        if topic_ids:
            rejected = sum(verdicts.get((pid, t)) is Verdict.REJECTED for t in topic_ids)
            value *= 1 - rejected / len(topic_ids)
        out[pid] = value
    return out


def _fuse(parts: Mapping[str, tuple[float, Mapping[str, float]]],
          scale: Mapping[str, float]) -> dict[str, float]:
    """``sum_c weight_c * value_c / scale_c`` per person (components on 0..1 once scaled: by
    their maximum, or 1 for an absolute one); people with nothing are left out."""
    total: dict[str, float] = defaultdict(float)
    for name, (weight, values) in parts.items():
        factor = weight / scale[name] if scale[name] > 0 else 0.0
        if factor > 0:
            for pid, value in values.items():
                total[pid] += factor * value
    return {pid: value for pid, value in total.items() if value > 0}


def _shares(contributions: Mapping[str, float]) -> dict[str, float]:
    total = sum(contributions.values())
    if total <= 0:
        return {}
    ranked = sorted(contributions.items(), key=lambda kv: -kv[1])
    return {doc: round(value / total, 4) for doc, value in ranked if value / total >= 0.01}
