"""Query expansion for who-knows: related topics from the taxonomy and extra full-text terms.

Pure functions over topics and folded lemma terms (what ``extraction`` produces), so every store
and both the API and the evaluation expand a question the same way.

* Taxonomy expansion: a query topic brings its narrower topics (someone who knows the Wmo
  household help knows about the Wmo) and, at a lower weight, its broader topics. The discounts
  follow the usual practice of weighting a concept's hyponyms above its hypernyms in
  thesaurus-based query expansion [1]_.
* Phrases: adjacent query terms as a phrase, so "API types" counts more where the words stand
  together than where they are far apart (a cheap proximity model, cf. Metzler and Croft's
  sequential dependence model [2]_).
* Prefixes: a long Dutch word without its derivational suffix, as a prefix, so ``architectuur``
  finds ``architecture`` and ``applicatie`` finds ``applications``: Dutch and English share
  these Latin stems, and the suffixes are where they differ.

References
----------
.. [1] E. M. Voorhees, "Query expansion using lexical-semantic relations", SIGIR 1994,
   doi:10.1007/978-1-4471-2099-5_7.
.. [2] D. Metzler and W. B. Croft, "A Markov random field model for term dependencies",
   SIGIR 2005, doi:10.1145/1076034.1076115.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from graph.model import Topic

NARROWER_DISCOUNT = 0.5
BROADER_DISCOUNT = 0.25
PREFIX_MIN_WORD = 8  # shorter words are exact terms only: short prefixes match too much
PREFIX_MIN_STEM = 5
MAX_PHRASE_QUERY = 8  # long queries (mission statements) get no phrases: too many, too noisy
# Dutch derivational endings whose English cognates end differently: -atie/-ation (applicatie),
# -uur/-ure (architectuur), -iteit/-ity (capaciteit), -isch/-ic(al) (technisch); longest first
DUTCH_SUFFIXES = ("aties", "ieën", "atie", "ties", "uren", "iteit", "ische", "isch", "tie", "uur",
                  "teit")


@dataclass(frozen=True)
class TopicMatch:
    """A topic that counts for a query, with its weight and how it got there.

    ``via`` is ``"query"`` for a topic named in the question, ``"narrower"`` or ``"broader"``
    for one reached through the taxonomy from ``source``.
    """

    topic_id: str
    weight: float
    via: str = "query"
    source: str | None = None


def expand_topics(topic_ids: Sequence[str], topics: Mapping[str, Topic], *,
                  narrower: float = NARROWER_DISCOUNT,
                  broader: float = BROADER_DISCOUNT) -> tuple[TopicMatch, ...]:
    """The query topics (weight 1) and their narrower and broader topics, one step, discounted.

    Parameters
    ----------
    topic_ids : sequence of str
        Topics found in the question.
    topics : mapping
        Every topic by id (the taxonomy).
    narrower, broader : float
        Weight of a topic one step below or above a query topic.

    Returns
    -------
    tuple of TopicMatch
        Query topics first; a topic reached twice keeps its highest weight.

    Notes
    -----
    O(T) for T topics: narrower topics are found by scanning the ``broader`` links.

    Examples
    --------
    >>> taxonomy = {"ict": Topic("ict", "ICT", "ICT"),
    ...             "cloud": Topic("cloud", "cloud", "cloud", broader=("ict",))}
    >>> [(m.topic_id, m.weight, m.via) for m in expand_topics(["ict"], taxonomy)]
    [('ict', 1.0, 'query'), ('cloud', 0.5, 'narrower')]
    """
    found: dict[str, TopicMatch] = {t: TopicMatch(t, 1.0) for t in topic_ids}
    direct = set(topic_ids)

    def add(match: TopicMatch) -> None:
        if match.topic_id in topics and (match.topic_id not in found
                                         or found[match.topic_id].weight < match.weight):
            found[match.topic_id] = match

    for topic in topics.values():
        for parent in topic.broader:
            if parent in direct:
                add(TopicMatch(topic.id, narrower, "narrower", parent))
    for topic_id in topic_ids:
        for parent in topics[topic_id].broader if topic_id in topics else ():
            add(TopicMatch(parent, broader, "broader", topic_id))
    return tuple(found.values())


def phrases(terms: Sequence[str], max_terms: int = MAX_PHRASE_QUERY) -> tuple[str, ...]:
    """Adjacent pairs of query terms as phrases, for queries of at most ``max_terms`` terms.

    >>> phrases(["internal", "api", "type"])
    ('internal api', 'api type')
    """
    if not 2 <= len(terms) <= max_terms:
        return ()
    return tuple(dict.fromkeys(f"{a} {b}" for a, b in zip(terms, terms[1:], strict=False)
                               if a != b))


def prefixes(terms: Iterable[str]) -> tuple[str, ...]:
    """Prefix terms (``stem*``) for long words with a Dutch ending that English cognates lack.

    Other words get none: a prefix of an ordinary word (``dienst*``) matches a large part of a
    Dutch corpus, which costs time and adds noise.

    >>> prefixes(["architectuur", "applicaties", "diensten", "capaciteit", "wmo"])
    ('architect*', 'applic*', 'capac*')
    """
    out: dict[str, None] = {}
    for term in terms:
        if len(term) < PREFIX_MIN_WORD or not term.isalpha():
            continue
        for suffix in DUTCH_SUFFIXES:
            if term.endswith(suffix) and len(term) - len(suffix) >= PREFIX_MIN_STEM:
                out[term[: -len(suffix)] + "*"] = None
                break
    return tuple(out)
