"""The storage seam: one Protocol in domain dataclasses, and the factory that picks an adapter.

No SQL or Cypher leaks out of an adapter, and no code outside the adapters asks which backend
it has.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from graph.errors import ConfigurationError
from graph.model import (
    ApiKey,
    AuditEntry,
    Authorship,
    Batch,
    BatchResult,
    Department,
    DepartmentAuthor,
    DocumentHit,
    ErasureReport,
    Evidence,
    Interaction,
    Pairing,
    Person,
    PersonClaim,
    PersonTopicScore,
    ScopePolicy,
    SearchLogEntry,
    StoreCounts,
    Topic,
    TopicFeedback,
)


@runtime_checkable
class GraphStore(Protocol):
    """What wieweet needs from a graph database."""

    def apply(self, batch: Batch) -> BatchResult:
        """Upsert a whole batch in one transaction and recompute derived KNOWS scores.

        Raises ``InvalidInputError`` (and writes nothing) when the batch refers to unknown ids.
        """
        ...

    def people(self, ids: Collection[str] | None = None) -> list[Person]:
        """People by id (unknown ids are left out), or everyone when ``ids`` is None."""
        ...

    def departments(self) -> list[Department]:
        """Every department, parents before children is not guaranteed."""
        ...

    def topics(self, ids: Collection[str] | None = None) -> list[Topic]:
        """Topics by id, or all topics when ``ids`` is None."""
        ...

    def topic_scores(self, topic_ids: Collection[str] | None = None, *,
                     person_ids: Collection[str] | None = None) -> list[PersonTopicScore]:
        """Derived per-person aggregates (KNOWS) for these topics and these people (None: all).

        Hidden people's rows are included: callers decide what to show. With ``person_ids``
        the read is indexed by person and costs their own rows only (a person page), ordered
        by topic, then person.
        """
        ...

    def claims(self, topic_ids: Collection[str]) -> list[PersonClaim]:
        """Profile claims on these topics."""
        ...

    def search_documents(self, terms: Sequence[str], limit: int) -> list[DocumentHit]:
        """Full-text search over analysed (lemmatised, folded) document text; best first.

        The terms are ORed; a term of several words is a phrase, and a term ending in ``*`` is a
        prefix (``architect*`` finds ``architecture``).
        """
        ...

    def department_authors(self, department_ids: Collection[str]) -> list[DepartmentAuthor]:
        """Who wrote the written documents (profiles excluded) of these departments, and how much.

        A department's own documents only, not its sub-departments'; a document without a
        department counts for its first author's department.
        """
        ...

    def feedback(self, person_ids: Collection[str] | None = None,
                 topic_ids: Collection[str] | None = None) -> list[TopicFeedback]:
        """Confirmed and rejected topics, for these people and topics (None: all)."""
        ...

    def evidence(
        self,
        person_ids: Collection[str],
        topic_ids: Collection[str],
        document_ids: Collection[str],
        terms: Sequence[str],
        per_person: int,
    ) -> list[Evidence]:
        """Snippets from documents the people wrote that mention the topics or are among the hits.

        A mention's own sentence is the snippet; for a full-text hit, the sentence where one of
        ``terms`` occurs. At most ``2 * per_person`` rows per person: their documents among
        ``document_ids`` first, then the strongest mentions (mention score times share).
        """
        ...

    def authorships(self) -> list[Authorship]:
        """Every written document's authors (profiles excluded), for the collaboration graph."""
        ...

    def interactions(self) -> list[Interaction]:
        """Every imported interaction tie."""
        ...

    def pairings(self, person_ids: Collection[str] | None = None) -> list[Pairing]:
        """Accepted buddy pairings in which these people are newcomer or buddy (None: all)."""
        ...

    def policies(self) -> list[ScopePolicy]:
        """Every department and organisation setting."""
        ...

    def generation(self) -> int:
        """A number that changes whenever a batch or an erasure changed something, so caches
        of derived data (the collaboration graph) know when to rebuild. Cheap to read."""
        ...

    def erase_person(self, person_id: str) -> ErasureReport:
        """Remove a person and everything derived from or pointing at them, in one transaction.

        Removed: the person, their claims, verdicts, privacy choices, KNOWS scores, interactions,
        pairings, their profile pseudo-document, their authorship of documents (a document left
        without authors is removed with its mentions and full-text entry), search-log entries
        they made, and their id in the audit log (replaced by ``"(erased)"``). People who
        reported to them lose the manager link. A hash of the id is kept as a tombstone so a
        later import does not bring the person back (see ``erased``). Raises ``NotFoundError``
        for an unknown id.
        """
        ...

    def erased(self, person_ids: Collection[str]) -> set[str]:
        """Which of these ids belong to erased people (checked against the tombstone hashes)."""
        ...

    def log_search(self, entry: SearchLogEntry) -> None:
        """Append one who-knows question to the search log."""
        ...

    def searches(self, since: datetime | None = None) -> list[SearchLogEntry]:
        """The search log from ``since`` (None: all), oldest first."""
        ...

    def log_audit(self, entry: AuditEntry) -> None:
        """Append one look-up of an individual to the audit log."""
        ...

    def audit_log(self, since: datetime | None = None,
                  subject_id: str | None = None) -> list[AuditEntry]:
        """The audit log from ``since``, optionally about one person, oldest first."""
        ...

    def put_api_key(self, key: ApiKey) -> None:
        """Insert or replace an API key record (revoking sets ``revoked_at``)."""
        ...

    def api_keys(self) -> list[ApiKey]:
        """Every API key record, revoked ones included."""
        ...

    def counts(self) -> StoreCounts:
        """Node and relationship counts, by label and type."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def open_store(url: str, *, username: str | None = None, password: str | None = None,
               database: str | None = None) -> GraphStore:
    """Open the store a URL names: ``sqlite:///path.db`` or ``neo4j://``, ``bolt://``, ``neo4j+s://``.

    Neo4j credentials come with the URL's caller (see ``api.settings``) and are ignored for
    SQLite; a bare path is taken as a SQLite file.

    Raises:
        ConfigurationError: an unknown scheme.
        StoreUnavailableError: the store cannot be opened or reached.
    """
    if url.startswith("sqlite:///") or "://" not in url:
        from graph.sqlite_store import SqliteStore

        return SqliteStore(url.removeprefix("sqlite:///") if "://" in url else url)
    scheme = url.split("://", 1)[0]
    if scheme in {"neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"}:
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(url, username=username, password=password, database=database)
    raise ConfigurationError(f"unknown store URL scheme {scheme!r}: use sqlite:///file.db or neo4j://host")
