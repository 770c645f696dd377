-- Attest workspace schema 4: framework catalogs (frameworks and their requirement trees), requirement-to-requirement
-- mappings with provenance, and a full-text index over the requirements.
-- Same audit rules as every governance table (see 0001_initial.sql).

CREATE TABLE frameworks (
    id              INTEGER PRIMARY KEY,
    key             TEXT    NOT NULL UNIQUE,      -- stable identifier, e.g. 'iso27001-2022'
    name            TEXT    NOT NULL,
    short_name      TEXT    NOT NULL DEFAULT '',
    edition         TEXT    NOT NULL DEFAULT '',
    publisher       TEXT    NOT NULL DEFAULT '',
    source_document TEXT    NOT NULL DEFAULT '',
    licence         TEXT    NOT NULL DEFAULT '',
    attribution     TEXT    NOT NULL DEFAULT '',
    effective_date  TEXT    NOT NULL DEFAULT '',
    url             TEXT    NOT NULL DEFAULT '',
    origin          TEXT    NOT NULL DEFAULT 'shipped',  -- shipped | imported | tailored
    release         TEXT    NOT NULL DEFAULT '',         -- digest of the shipped catalog file it was loaded from
    metadata        TEXT    NOT NULL DEFAULT '',         -- JSON: what an imported catalog says about itself
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL,
    audit_seq       INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE TABLE requirements (
    id           INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE RESTRICT,
    parent_id    INTEGER REFERENCES requirements (id) ON DELETE RESTRICT,
    ref          TEXT    NOT NULL,                 -- the framework's own identifier: 'A.5.1', 'Art. 22', '164.308(a)(1)'
    title        TEXT    NOT NULL,
    kind         TEXT    NOT NULL DEFAULT '',      -- chapter, section, article, clause, control, standard, ...
    summary      TEXT    NOT NULL DEFAULT '',      -- our words
    question     TEXT    NOT NULL DEFAULT '',      -- our words: the interview question
    statement    TEXT    NOT NULL DEFAULT '',      -- an imported catalog's own requirement text, readable
    guidance     TEXT    NOT NULL DEFAULT '',      -- an imported catalog's guidance, readable
    assessable   INTEGER NOT NULL DEFAULT 0,
    flags        TEXT    NOT NULL DEFAULT '',      -- JSON object, e.g. {"implementation":"Addressable"}
    sort_order   INTEGER NOT NULL DEFAULT 0,
    status       TEXT    NOT NULL DEFAULT 'current', -- current | changed | withdrawn
    status_note  TEXT    NOT NULL DEFAULT '',
    created_ms   INTEGER NOT NULL,
    updated_ms   INTEGER NOT NULL,
    audit_seq    INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (framework_id, ref)
) STRICT;

CREATE INDEX requirements_by_parent ON requirements (framework_id, parent_id, sort_order);

CREATE TABLE requirement_mappings (
    id              INTEGER PRIMARY KEY,
    from_id         INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,
    to_id           INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,
    relationship    TEXT    NOT NULL CHECK (relationship IN ('equal', 'subset', 'superset', 'intersect', 'related')),
    provenance_kind TEXT    NOT NULL CHECK (provenance_kind IN ('published', 'derived', 'authored')),
    provenance      TEXT    NOT NULL,              -- the crosswalk it comes from, or what it was derived through
    rationale       TEXT    NOT NULL DEFAULT '',   -- our words; required for authored mappings
    note            TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'current', -- current | withdrawn
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL,
    audit_seq       INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (from_id, to_id, provenance_kind),
    CHECK (from_id <> to_id),
    CHECK (provenance_kind <> 'authored' OR rationale <> '')
) STRICT;

CREATE INDEX requirement_mappings_by_to ON requirement_mappings (to_id);

-- Full-text search across every catalog, kept in step with the requirements by the triggers below (derived data,
-- not governance data: it needs no audit event of its own).
CREATE VIRTUAL TABLE requirement_search USING fts5 (
    ref, title, summary, question, statement,
    content = 'requirements', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER requirements_search_insert AFTER INSERT ON requirements
BEGIN
    INSERT INTO requirement_search (rowid, ref, title, summary, question, statement)
    VALUES (NEW.id, NEW.ref, NEW.title, NEW.summary, NEW.question, NEW.statement);
END;

CREATE TRIGGER requirements_search_delete AFTER DELETE ON requirements
BEGIN
    INSERT INTO requirement_search (requirement_search, rowid, ref, title, summary, question, statement)
    VALUES ('delete', OLD.id, OLD.ref, OLD.title, OLD.summary, OLD.question, OLD.statement);
END;

CREATE TRIGGER requirements_search_update AFTER UPDATE ON requirements
BEGIN
    INSERT INTO requirement_search (requirement_search, rowid, ref, title, summary, question, statement)
    VALUES ('delete', OLD.id, OLD.ref, OLD.title, OLD.summary, OLD.question, OLD.statement);
    INSERT INTO requirement_search (rowid, ref, title, summary, question, statement)
    VALUES (NEW.id, NEW.ref, NEW.title, NEW.summary, NEW.question, NEW.statement);
END;

-- Audit guards, as for every governance table.
CREATE TRIGGER frameworks_audited_insert BEFORE INSERT ON frameworks
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'framework' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'frameworks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER frameworks_audited_update BEFORE UPDATE ON frameworks
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'framework' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'frameworks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER frameworks_audited_delete BEFORE DELETE ON frameworks
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'framework' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'frameworks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirements_audited_insert BEFORE INSERT ON requirements
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'requirement' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'requirements: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirements_audited_update BEFORE UPDATE ON requirements
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'requirement' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'requirements: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirements_audited_delete BEFORE DELETE ON requirements
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'requirement' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'requirements: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirement_mappings_audited_insert BEFORE INSERT ON requirement_mappings
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'requirement_mapping' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'requirement_mappings: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirement_mappings_audited_update BEFORE UPDATE ON requirement_mappings
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'requirement_mapping' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'requirement_mappings: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirement_mappings_audited_delete BEFORE DELETE ON requirement_mappings
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'requirement_mapping' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'requirement_mappings: a change must be recorded in the audit trail first');
END;
