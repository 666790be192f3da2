-- wieweet embedded store. Nodes are tables, relationships are link tables with foreign keys.
-- References are DEFERRABLE so a batch may list a manager after the report or a child
-- department before its parent; they are checked at COMMIT, and a violation rolls back the batch.
CREATE TABLE IF NOT EXISTS department (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    organisation  TEXT NOT NULL DEFAULT '',
    parent_id     TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE IF NOT EXISTS person (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    email         TEXT,
    department_id TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED,
    title         TEXT,
    manager_id    TEXT REFERENCES person(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    start_date    TEXT,
    location      TEXT,
    languages     TEXT NOT NULL DEFAULT '[]',
    bio           TEXT,
    -- the person's own choices (Batch.privacy), never set by an HR import: upserts leave them.
    -- A database made before infer_topics/buddy_opt_out gets them on opening (ADDED_COLUMNS).
    visibility    TEXT NOT NULL DEFAULT 'visible',
    infer_topics  INTEGER NOT NULL DEFAULT 1,
    buddy_opt_out INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS person_department ON person(department_id);

CREATE TABLE IF NOT EXISTS topic (
    id            TEXT PRIMARY KEY,
    label_nl      TEXT NOT NULL,
    label_en      TEXT NOT NULL,
    aliases_nl    TEXT NOT NULL DEFAULT '[]',
    aliases_en    TEXT NOT NULL DEFAULT '[]',
    abbreviations TEXT NOT NULL DEFAULT '[]',
    status        TEXT NOT NULL DEFAULT 'curated'
);

CREATE TABLE IF NOT EXISTS topic_broader (
    topic_id   TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    broader_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    PRIMARY KEY (topic_id, broader_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS topic_broader_up ON topic_broader(broader_id);

CREATE TABLE IF NOT EXISTS claim (
    person_id      TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    topic_id       TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    level          INTEGER,
    ask_me_about   INTEGER NOT NULL DEFAULT 0,
    able_to_mentor INTEGER NOT NULL DEFAULT 0,
    wants_to_learn INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (person_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS claim_topic ON claim(topic_id);

CREATE TABLE IF NOT EXISTS document (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,
    date          TEXT,
    url           TEXT,
    department_id TEXT REFERENCES department(id) DEFERRABLE INITIALLY DEFERRED,
    language      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    -- hash of everything extraction produced: an unchanged document is skipped on re-ingest
    content_hash  TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS document_department ON document(department_id);

CREATE TABLE IF NOT EXISTS authored (
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    position    INTEGER NOT NULL,
    share       REAL NOT NULL,
    PRIMARY KEY (document_id, person_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS authored_person ON authored(person_id);

CREATE TABLE IF NOT EXISTS mention (
    document_id   TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    topic_id      TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    count         INTEGER NOT NULL,
    score         REAL NOT NULL,
    snippet       TEXT NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    snippet_start INTEGER NOT NULL,
    snippet_end   INTEGER NOT NULL,
    PRIMARY KEY (document_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mention_topic ON mention(topic_id);

-- derived: recomputed for the affected people at the end of every batch
CREATE TABLE IF NOT EXISTS knows (
    topic_id       TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    person_id      TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    score          REAL NOT NULL,
    evidence_count INTEGER NOT NULL,
    last_date      TEXT,
    PRIMARY KEY (topic_id, person_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS knows_person ON knows(person_id);

-- derived: who wrote how much of each department's written documents (a document without a
-- department counts for its first author's); recomputed for the affected departments per batch
CREATE TABLE IF NOT EXISTS department_author (
    department_id TEXT NOT NULL,
    person_id     TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    documents     INTEGER NOT NULL,
    share         REAL NOT NULL,
    last_date     TEXT,
    PRIMARY KEY (department_id, person_id)
) WITHOUT ROWID;

-- set by the person themself, never by an import: kept apart from claims so re-imports keep it
CREATE TABLE IF NOT EXISTS topic_feedback (
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    topic_id  TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    verdict   TEXT NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
    PRIMARY KEY (person_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS topic_feedback_topic ON topic_feedback(topic_id);

CREATE TABLE IF NOT EXISTS interaction (
    source TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    target TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    kind   TEXT NOT NULL,
    weight REAL NOT NULL,
    PRIMARY KEY (source, target, kind)
) WITHOUT ROWID;

-- lemmatised, accent-folded text (see AnalysedDocument.index_text); rowid = document.rowid
CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5(
    index_text, tokenize = 'unicode61 remove_diacritics 2'
);

-- accepted buddy pairings, so that buddy proposals do not repeat them
CREATE TABLE IF NOT EXISTS pairing (
    newcomer_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    buddy_id    TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    accepted_on TEXT NOT NULL,
    PRIMARY KEY (newcomer_id, buddy_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS pairing_buddy ON pairing(buddy_id);

-- department or organisation settings (ScopePolicy); NULL: not set here, inherit
CREATE TABLE IF NOT EXISTS scope_policy (
    kind                            TEXT NOT NULL CHECK (kind IN ('department', 'organisation')),
    scope_id                        TEXT NOT NULL,
    infer_from_documents            INTEGER,
    findable_by_other_organisations INTEGER,
    PRIMARY KEY (kind, scope_id)
) WITHOUT ROWID;

-- one row: bumped by every batch that changed something and by every erasure, so caches of
-- derived data know when to rebuild (GraphStore.generation); no row yet reads as 0
CREATE TABLE IF NOT EXISTS store_meta (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);

-- erased people, by sha256 of their id only (see graph.store_records.tombstone)
CREATE TABLE IF NOT EXISTS erased_person (
    id_hash TEXT PRIMARY KEY
) WITHOUT ROWID;

-- operational logs, append-only (erasure deletes or redacts). Timestamps are ISO 8601 text in
-- UTC with microseconds (graph.store_records.utc_text), so text order is time order.
CREATE TABLE IF NOT EXISTS search_log (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    query        TEXT NOT NULL,
    results      INTEGER NOT NULL,
    top_score    REAL NOT NULL,
    topic_ids    TEXT NOT NULL DEFAULT '[]',
    organisation TEXT,
    searcher     TEXT
);
CREATE INDEX IF NOT EXISTS search_log_at ON search_log(at);
CREATE INDEX IF NOT EXISTS search_log_searcher ON search_log(searcher);

CREATE TABLE IF NOT EXISTS audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    role       TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    action     TEXT NOT NULL,
    query      TEXT NOT NULL DEFAULT '',
    actor_person_id TEXT  -- the employee the actor is; not a foreign key: erasure clears it
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log(at);
CREATE INDEX IF NOT EXISTS audit_log_subject ON audit_log(subject_id);
CREATE INDEX IF NOT EXISTS audit_log_actor ON audit_log(actor);

-- API keys: only a hash of the secret
CREATE TABLE IF NOT EXISTS api_key (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT,
    person_id   TEXT          -- not a foreign key: a key outlives nothing, erasure revokes it
) WITHOUT ROWID;
