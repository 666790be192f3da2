"""Cypher for the Neo4j adapter, as module constants.

Every pattern starts at the node its query already knows (``MATCH (t:Topic {id: id}) MATCH
(t)<-[k:KNOWS]-(p)``, not ``(p)-[k]->(t {id: id})``): Neo4j's planner finds that start either
way, ArcadeDB's expands patterns from the left, and was 10-40x slower written the other way.

Values always travel as ``$parameters``. Labels and relationship types cannot be parameters in
Cypher, so they come only from the two enums below: every builder runs its arguments through
the enum first, and refuses (``ValueError``) anything that is not a member, whatever its type
hints say. The builders run once, at import, to make the constants.
"""

from __future__ import annotations

from enum import StrEnum


class NodeLabel(StrEnum):
    PERSON = "Person"
    DEPARTMENT = "Department"
    TOPIC = "Topic"
    DOCUMENT = "Document"
    TERM = "Term"  # full-text postings where the server has no full-text index
    CORPUS = "Corpus"  # document count and summed length, for BM25's average length
    POLICY = "Policy"  # a ScopePolicy; id "<kind>:<scope id>"
    META = "Meta"  # one node, id "store": the generation counter
    ERASED_PERSON = "ErasedPerson"  # a tombstone: id is sha256 of the erased person's id
    SEARCH_LOG = "SearchLog"  # one who-knows question (id: a random hex string)
    AUDIT_ENTRY = "AuditEntry"  # one look-up of an individual (id: a random hex string)
    API_KEY = "ApiKey"


class RelType(StrEnum):
    MEMBER_OF = "MEMBER_OF"
    REPORTS_TO = "REPORTS_TO"
    PART_OF = "PART_OF"
    BROADER = "BROADER"
    CLAIMS = "CLAIMS"
    AUTHORED = "AUTHORED"
    MENTIONS = "MENTIONS"
    KNOWS = "KNOWS"
    INTERACTS = "INTERACTS"
    FEEDBACK = "FEEDBACK"
    PAIRED_WITH = "PAIRED_WITH"  # an accepted buddy pairing, newcomer to buddy
    HAS_TERM = "HAS_TERM"


# the domain graph, counted by ``counts()`` under the same names as the SQLite store
DOMAIN_LABELS = (NodeLabel.PERSON, NodeLabel.DEPARTMENT, NodeLabel.TOPIC, NodeLabel.DOCUMENT)
DOMAIN_RELS = tuple(r for r in RelType if r is not RelType.HAS_TERM)

ENDS: dict[RelType, tuple[NodeLabel, NodeLabel]] = {
    RelType.MEMBER_OF: (NodeLabel.PERSON, NodeLabel.DEPARTMENT),
    RelType.REPORTS_TO: (NodeLabel.PERSON, NodeLabel.PERSON),
    RelType.PART_OF: (NodeLabel.DEPARTMENT, NodeLabel.DEPARTMENT),
    RelType.BROADER: (NodeLabel.TOPIC, NodeLabel.TOPIC),
    RelType.CLAIMS: (NodeLabel.PERSON, NodeLabel.TOPIC),
    RelType.AUTHORED: (NodeLabel.PERSON, NodeLabel.DOCUMENT),
    RelType.MENTIONS: (NodeLabel.DOCUMENT, NodeLabel.TOPIC),
    RelType.KNOWS: (NodeLabel.PERSON, NodeLabel.TOPIC),
    RelType.INTERACTS: (NodeLabel.PERSON, NodeLabel.PERSON),
    RelType.FEEDBACK: (NodeLabel.PERSON, NodeLabel.TOPIC),
    RelType.PAIRED_WITH: (NodeLabel.PERSON, NodeLabel.PERSON),
    RelType.HAS_TERM: (NodeLabel.DOCUMENT, NodeLabel.TERM),
}

CORPUS_ID = "documents"
META_ID = "store"
FULLTEXT_INDEX = "document_text"


# ---------------------------------------------------------------- builders (enums only)


def merge_nodes(label: NodeLabel) -> str:
    """Upsert ``$rows`` of ``{id, props}``; a null property removes it."""
    return f"UNWIND $rows AS row MERGE (n:{NodeLabel(label)} {{id: row.id}}) SET n += row.props"


def unlink(rel: RelType, *, incoming: bool = False) -> str:
    """Delete the ``rel`` relationships of the nodes ``$ids`` (outgoing, or incoming)."""
    rel = RelType(rel)
    source, target = ENDS[rel]
    if incoming:
        return f"UNWIND $ids AS id MATCH (:{target} {{id: id}})<-[r:{rel}]-() DELETE r"
    return f"UNWIND $ids AS id MATCH (:{source} {{id: id}})-[r:{rel}]->() DELETE r"


def link(rel: RelType) -> str:
    """Upsert ``$rows`` of ``{source, links: [{target, props}]}`` as ``rel`` relationships."""
    rel = RelType(rel)
    source, target = ENDS[rel]
    return (f"UNWIND $rows AS row MATCH (a:{source} {{id: row.source}}) "
            f"UNWIND row.links AS item MATCH (b:{target} {{id: item.target}}) "
            f"MERGE (a)-[r:{rel}]->(b) SET r += item.props")


def missing(label: NodeLabel) -> str:
    """The ids among ``$ids`` that no ``label`` node has."""
    return (f"UNWIND $ids AS id OPTIONAL MATCH (n:{NodeLabel(label)} {{id: id}}) "
            "WITH id, n WHERE n IS NULL RETURN id")


def unique_id(label: NodeLabel) -> str:
    """The uniqueness constraint on ``label``'s id (which also indexes it)."""
    label = NodeLabel(label)
    return (f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
            f"FOR (n:{label}) REQUIRE n.id IS UNIQUE")


def snapshot(label: NodeLabel, rels: tuple[RelType, ...]) -> str:
    """The nodes ``$ids`` with their properties and outgoing ``rels`` (each a list of the
    relationship's properties plus ``target``), to compare before and after a write."""
    label = NodeLabel(label)
    columns = ["id AS key", "n {.*} AS props"]
    for rel in map(RelType, rels):
        source, target = ENDS[rel]
        if source is not label:
            raise ValueError(f"{rel} does not start at {label}")
        columns.append(f"[(n)-[r:{rel}]->(x:{target}) | r {{.*, target: x.id}}] AS {rel.lower()}")
    return f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN " + ", ".join(columns)


def person_degrees() -> str:
    """How many relationships of each type ``$id``'s person has, as one row by type name."""
    columns = []
    for rel in RelType:
        source, target = ENDS[rel]
        ends = []
        if source is NodeLabel.PERSON:
            ends.append(f"size([(p)-[:{rel}]->(:{target}) | 1])")
        if target is NodeLabel.PERSON:
            ends.append(f"size([(p)<-[:{rel}]-(:{source}) | 1])")
        if ends:
            columns.append(" + ".join(ends) + f" AS {rel}")
    return "MATCH (p:Person {id: $id}) RETURN " + ", ".join(columns)


def counts() -> str:
    """One query counting every domain label and relationship type, as ``name, n`` rows."""
    parts = [f"CALL {{ MATCH (x:{NodeLabel(label)}) RETURN count(x) AS n }} "
             f"RETURN 'node' AS kind, '{label}' AS name, n" for label in DOMAIN_LABELS]
    parts += [f"CALL {{ MATCH ()-[r:{RelType(rel)}]->() RETURN count(r) AS n }} "
              f"RETURN 'rel' AS kind, '{rel}' AS name, n" for rel in DOMAIN_RELS]
    return " UNION ALL ".join(parts)


# ---------------------------------------------------------------- schema

SCHEMA = (
    *(unique_id(label) for label in NodeLabel),
    "CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind)",
    "CREATE INDEX document_department IF NOT EXISTS FOR (n:Document) ON (n.department_id)",
    "CREATE INDEX search_log_at IF NOT EXISTS FOR (n:SearchLog) ON (n.at)",
    "CREATE INDEX search_log_searcher IF NOT EXISTS FOR (n:SearchLog) ON (n.searcher)",
    "CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)",
    "CREATE INDEX audit_entry_subject IF NOT EXISTS FOR (n:AuditEntry) ON (n.subject_id)",
    "CREATE INDEX audit_entry_actor IF NOT EXISTS FOR (n:AuditEntry) ON (n.actor)",
)
# Neo4j's own full-text index (Lucene). ArcadeDB refuses the statement: see neo4j_store.
CREATE_FULLTEXT = (
    f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Document) ON EACH [n.index_text] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}")
AWAIT_FULLTEXT = f"CALL db.awaitIndex('{FULLTEXT_INDEX}', 300)"
WIPE = "MATCH (n) DETACH DELETE n"

# ---------------------------------------------------------------- writes

DELETE_TOPICS = "UNWIND $ids AS id MATCH (t:Topic {id: id}) DETACH DELETE t"
MERGE_DEPARTMENTS = merge_nodes(NodeLabel.DEPARTMENT)
MERGE_TOPICS = merge_nodes(NodeLabel.TOPIC)
MERGE_DOCUMENTS = merge_nodes(NodeLabel.DOCUMENT)
# the privacy fields are the person's own choices: set on creation, never by an upsert
MERGE_PEOPLE = ("UNWIND $rows AS row MERGE (n:Person {id: row.id}) "
                "ON CREATE SET n.visibility = 'visible', n.infer_topics = true, "
                "n.buddy_opt_out = false SET n += row.props")
DOCUMENT_STATE = """
UNWIND $ids AS id MATCH (d:Document {id: id})
RETURN d.id AS id, d.content_hash AS hash, coalesce(d.length, 0) AS length,
       [(d)<-[:AUTHORED]-(p:Person) | p.id] AS authors"""
MERGE_TERMS = "UNWIND $ids AS id MERGE (:Term {id: id})"
# deleted first in the same transaction, so CREATE stays idempotent and skips MERGE's lookup
CREATE_POSTINGS = """
UNWIND $rows AS row MATCH (d:Document {id: row.source})
UNWIND row.terms AS term MATCH (t:Term {id: term[0]})
CREATE (d)-[:HAS_TERM {tf: term[1]}]->(t)"""
UPDATE_CORPUS = f"""
MERGE (c:Corpus {{id: '{CORPUS_ID}'}})
SET c.documents = coalesce(c.documents, 0) + $documents, c.tokens = coalesce(c.tokens, 0) + $tokens
"""
# the SQLite adapter's _RECOMPUTE_KNOWS, for the people whose documents changed (their KNOWS
# were deleted just before, in the same transaction: CREATE, one per person and topic)
RECOMPUTE_KNOWS = """
UNWIND $ids AS id
MATCH (p:Person {id: id})-[a:AUTHORED]->(d:Document)-[m:MENTIONS]->(t:Topic)
WITH p, t, sum(m.score * a.share) AS score, count(*) AS evidence, max(d.date) AS last
CREATE (p)-[k:KNOWS]->(t)
SET k.score = score, k.evidence_count = evidence, k.last_date = last"""
MERGE_INTERACTIONS = """
UNWIND $rows AS row MATCH (a:Person {id: row.source}) MATCH (b:Person {id: row.target})
MERGE (a)-[r:INTERACTS {kind: row.kind}]->(b) SET r.weight = row.weight"""
# the person's own verdict: the last one wins, and no import touches it
MERGE_FEEDBACK = """
UNWIND $rows AS row MATCH (p:Person {id: row.source}) MATCH (t:Topic {id: row.target})
MERGE (p)-[r:FEEDBACK]->(t) SET r.verdict = row.verdict"""

# a choice left None keeps the stored one; a node from before the field existed gets its default
SET_PRIVACY = """
UNWIND $rows AS row MATCH (p:Person {id: row.id})
SET p.visibility = coalesce(row.visibility, p.visibility, 'visible'),
    p.infer_topics = coalesce(row.infer_topics, p.infer_topics, true),
    p.buddy_opt_out = coalesce(row.buddy_opt_out, p.buddy_opt_out, false)"""
MERGE_PAIRINGS = """
UNWIND $rows AS row MATCH (n:Person {id: row.source}) MATCH (b:Person {id: row.target})
MERGE (n)-[r:PAIRED_WITH]->(b) SET r.accepted_on = row.accepted_on"""
# a policy replaces the stored one whole (None: not set here)
MERGE_POLICIES = "UNWIND $rows AS row MERGE (n:Policy {id: row.id}) SET n = row.props"
BUMP_GENERATION = (f"MERGE (m:Meta {{id: '{META_ID}'}}) "
                   "SET m.generation = coalesce(m.generation, 0) + 1")
SNAPSHOT_DEPARTMENTS = snapshot(NodeLabel.DEPARTMENT, (RelType.PART_OF,))
SNAPSHOT_TOPICS = snapshot(NodeLabel.TOPIC, (RelType.BROADER,))
SNAPSHOT_PEOPLE = snapshot(NodeLabel.PERSON, (
    RelType.MEMBER_OF, RelType.REPORTS_TO, RelType.CLAIMS, RelType.INTERACTS, RelType.FEEDBACK,
    RelType.PAIRED_WITH))

# ---------------------------------------------------------------- reads

_PERSON_FIELDS = """
OPTIONAL MATCH (p)-[:MEMBER_OF]->(d:Department)
OPTIONAL MATCH (p)-[:REPORTS_TO]->(m:Person)
RETURN p {.*} AS person, d.id AS department_id, m.id AS manager_id,
       [(p)-[c:CLAIMS]->(t:Topic) | c {.*, topic_id: t.id}] AS claims
ORDER BY p.id"""
ALL_PEOPLE = "MATCH (p:Person)" + _PERSON_FIELDS
PEOPLE = "UNWIND $ids AS id MATCH (p:Person {id: id})" + _PERSON_FIELDS
DEPARTMENTS = """
MATCH (d:Department) OPTIONAL MATCH (d)-[:PART_OF]->(parent:Department)
RETURN d.id AS id, d.name AS name, d.organisation AS organisation, parent.id AS parent_id
ORDER BY d.id"""
_TOPIC_FIELDS = """
RETURN t {.*} AS topic, [(t)-[:BROADER]->(b:Topic) | b.id] AS broader ORDER BY t.id"""
ALL_TOPICS = "MATCH (t:Topic)" + _TOPIC_FIELDS
TOPICS = "UNWIND $ids AS id MATCH (t:Topic {id: id})" + _TOPIC_FIELDS
_SCORE_FIELDS = """
RETURN p.id AS person_id, t.id AS topic_id, k.score AS score,
       k.evidence_count AS evidence_count, k.last_date AS last_date
ORDER BY topic_id, person_id"""
ALL_TOPIC_SCORES = "MATCH (p:Person)-[k:KNOWS]->(t:Topic)" + _SCORE_FIELDS
TOPIC_SCORES = ("UNWIND $topics AS id MATCH (t:Topic {id: id}) MATCH (t)<-[k:KNOWS]-(p:Person)"
                + _SCORE_FIELDS)
# one person's page: from the person (a unique-id seek), so only their own KNOWS are read
PERSON_SCORES = ("UNWIND $people AS id MATCH (p:Person {id: id})-[k:KNOWS]->(t:Topic)"
                 + _SCORE_FIELDS)
PERSON_TOPIC_SCORES = ("UNWIND $people AS id MATCH (p:Person {id: id})-[k:KNOWS]->(t:Topic) "
                       "WHERE t.id IN $topics" + _SCORE_FIELDS)
CLAIMS = """
UNWIND $ids AS id MATCH (t:Topic {id: id}) MATCH (t)<-[c:CLAIMS]-(p:Person)
RETURN p.id AS person_id, t.id AS topic_id, c {.*, topic_id: t.id} AS claim
ORDER BY topic_id, person_id"""
CORPUS = (f"MATCH (c:Corpus {{id: '{CORPUS_ID}'}}) "
          "RETURN c.documents AS documents, c.tokens AS tokens")
POSTINGS = """
UNWIND $ids AS id MATCH (t:Term {id: id}) MATCH (t)<-[h:HAS_TERM]-(d:Document)
RETURN id AS term, d.id AS document_id, h.tf AS tf, d.length AS length"""
# a prefix's postings: every term that starts with it, summed per document (a range-index seek)
PREFIX_POSTINGS = """
UNWIND $ids AS prefix MATCH (t:Term) WHERE t.id STARTS WITH prefix
MATCH (t)<-[h:HAS_TERM]-(d:Document)
RETURN prefix AS term, d.id AS document_id, sum(h.tf) AS tf, d.length AS length"""
INDEX_TEXTS = """
UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.index_text AS text"""
FULLTEXT_HITS = f"""
CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $search, {{limit: $limit}})
YIELD node, score RETURN node.id AS document_id, score"""
# a hit's department: the document's, or its first author's when it has none
DOCUMENT_HITS = """
UNWIND $ids AS id MATCH (d:Document {id: id})
OPTIONAL MATCH (d)<-[:AUTHORED {position: 0}]-(first:Person)
OPTIONAL MATCH (first)-[:MEMBER_OF]->(home:Department)
RETURN d.id AS id, d.date AS date, coalesce(d.department_id, home.id) AS department_id,
       [(d)<-[a:AUTHORED]-(p:Person) | [a.position, p.id]] AS authors"""
# written documents of these departments, and those without one whose first author is there
DEPARTMENT_DOCUMENT_AUTHORS = """
UNWIND $ids AS dept MATCH (d:Document {department_id: dept})<-[a:AUTHORED]-(p:Person)
WHERE d.kind = $kind
RETURN dept AS department_id, p.id AS person_id, a.share AS share, d.date AS date"""
FIRST_AUTHOR_DOCUMENT_AUTHORS = """
UNWIND $ids AS dept
MATCH (:Department {id: dept})<-[:MEMBER_OF]-(:Person)-[:AUTHORED {position: 0}]->(d:Document)
WHERE d.kind = $kind AND d.department_id IS NULL
MATCH (d)<-[a:AUTHORED]-(p:Person)
RETURN dept AS department_id, p.id AS person_id, a.share AS share, d.date AS date"""
# one row per mention of a wanted topic, or per full-text hit without one (the SQLite LEFT JOIN)
EVIDENCE = """
UNWIND $people AS pid
MATCH (p:Person {id: pid})-[a:AUTHORED]->(d:Document)
OPTIONAL MATCH (d)-[m:MENTIONS]->(t:Topic) WHERE t.id IN $topics
WITH p, a, d, m, t WHERE t IS NOT NULL OR d.id IN $documents
RETURN p.id AS person_id, d.id AS document_id, d.title AS title, d.date AS date, d.url AS url,
       d.kind AS kind, coalesce(d.language, 'nl') AS language, t.id AS topic_id,
       m.snippet AS snippet, coalesce(m.score, 0.0) * a.share AS weight,
       CASE WHEN m IS NULL OR m.snippet = '' THEN d.text END AS text"""
AUTHORSHIPS = """
MATCH (d:Document) WHERE d.kind = $kind
RETURN d.id AS id, d.department_id AS department_id, d.date AS date,
       [(d)<-[a:AUTHORED]-(p:Person) | [a.position, p.id]] AS authors
ORDER BY d.id"""
INTERACTIONS = """
MATCH (a:Person)-[r:INTERACTS]->(b:Person)
RETURN a.id AS source, b.id AS target, r.weight AS weight, r.kind AS kind
ORDER BY source, target, kind"""
_FEEDBACK_FIELDS = """
RETURN p.id AS person_id, t.id AS topic_id, r.verdict AS verdict ORDER BY person_id, topic_id"""
ALL_FEEDBACK = "MATCH (p:Person)-[r:FEEDBACK]->(t:Topic)" + _FEEDBACK_FIELDS
PERSON_FEEDBACK = ("UNWIND $people AS id MATCH (p:Person {id: id})-[r:FEEDBACK]->(t:Topic)"
                   + _FEEDBACK_FIELDS)
TOPIC_FEEDBACK = ("UNWIND $topics AS id MATCH (t:Topic {id: id}) MATCH (t)<-[r:FEEDBACK]-(p:Person)"
                  + _FEEDBACK_FIELDS)
PERSON_TOPIC_FEEDBACK = ("UNWIND $people AS id MATCH (p:Person {id: id})-[r:FEEDBACK]->(t:Topic) "
                         "WHERE t.id IN $topics" + _FEEDBACK_FIELDS)
COUNTS = counts()
GENERATION = f"MATCH (m:Meta {{id: '{META_ID}'}}) RETURN m.generation AS generation"
ORGANISATIONS = "MATCH (d:Department) RETURN DISTINCT d.organisation AS organisation"
POLICIES = "MATCH (n:Policy) RETURN n {.*} AS policy ORDER BY n.kind, n.scope_id"
_PAIRING_FIELDS = " RETURN n.id AS newcomer_id, b.id AS buddy_id, r.accepted_on AS accepted_on"
ALL_PAIRINGS = "MATCH (n:Person)-[r:PAIRED_WITH]->(b:Person)" + _PAIRING_FIELDS
PAIRINGS = ("UNWIND $ids AS id MATCH (n:Person {id: id})-[r:PAIRED_WITH]->(b:Person)"
            + _PAIRING_FIELDS + " UNION UNWIND $ids AS id MATCH (b:Person {id: id}) "
            "MATCH (b)<-[r:PAIRED_WITH]-(n:Person)" + _PAIRING_FIELDS)
ERASED = "UNWIND $ids AS id MATCH (e:ErasedPerson {id: id}) RETURN e.id AS id"
