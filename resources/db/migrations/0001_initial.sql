-- Attest workspace schema 1: workspace identity, the audit trail and the AI system inventory.
--
-- Rules that hold for every governance table (here and in later migrations):
--   * every row carries `audit_seq`, the audit event that produced its current state;
--   * guard triggers refuse an INSERT, UPDATE or DELETE unless the newest audit event describes exactly that
--     change (same entity, same action, appended in the same transaction just before it). A change without its
--     audit event is therefore impossible through any SQL client, not only discouraged;
--   * audit events are append-only and must extend the hash chain (see audit_events_extend_chain).
-- Only the storage layer (models/storage/WriteTransaction) writes these tables, and it always writes the event
-- first and the row second.

CREATE TABLE workspace_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY CHECK (seq > 0), -- 1, 2, 3, ... without gaps
    at_ms       INTEGER NOT NULL,      -- UTC, milliseconds since the epoch
    actor       TEXT    NOT NULL,      -- display name from the settings
    os_account  TEXT    NOT NULL,      -- operating-system account that ran Attest
    action      TEXT    NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    entity_type TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL,
    changes     TEXT    NOT NULL,      -- JSON: {"field": [before, after], ...}
    reason      TEXT    NOT NULL,      -- the user action, e.g. "Edit AI system FRAUD-01"
    batch       TEXT    NOT NULL,      -- groups the events of one user action (one transaction)
    state_hash  BLOB,                  -- digest of the record's complete state after the change (NULL: deleted);
                                       -- lets verification prove that every record is what the trail says
    prev_hash   BLOB    NOT NULL,      -- hash of event seq - 1 (32 zero bytes for the first event)
    hash        BLOB    NOT NULL       -- SHA-256 of this event's canonical serialisation, prev_hash included
) STRICT;

CREATE INDEX audit_events_by_entity ON audit_events (entity_type, entity_id);
CREATE INDEX audit_events_by_time ON audit_events (at_ms);
CREATE INDEX audit_events_by_actor ON audit_events (actor);
CREATE INDEX audit_events_by_action ON audit_events (action, seq);

CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only: recorded events cannot be changed');
END;

CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only: recorded events cannot be deleted');
END;

-- attest_audit_hash() is registered by Attest on its own connections: a client without it cannot append. (It is no
-- secret: the canonical form is documented, so a determined forger can append well-formed events; verification
-- with an anchor kept outside the file, and signed exports, address that.)
CREATE TRIGGER audit_events_extend_chain BEFORE INSERT ON audit_events
WHEN NEW.seq IS NOT (SELECT IFNULL(MAX(seq), 0) + 1 FROM audit_events)
  OR NEW.prev_hash IS NOT IFNULL((SELECT hash FROM audit_events WHERE seq = NEW.seq - 1), zeroblob(32))
  OR (NEW.action = 'delete') IS NOT (NEW.state_hash IS NULL)
  OR NEW.hash IS NOT attest_audit_hash(NEW.seq, NEW.at_ms, NEW.actor, NEW.os_account, NEW.action,
                                       NEW.entity_type, NEW.entity_id, NEW.changes, NEW.reason, NEW.batch,
                                       NEW.state_hash, NEW.prev_hash)
BEGIN
    SELECT RAISE(ABORT, 'audit_events: a new event must extend the hash chain');
END;

CREATE TABLE ai_systems (
    id                  INTEGER PRIMARY KEY,
    code                TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name                TEXT    NOT NULL,
    description         TEXT    NOT NULL DEFAULT '',
    purpose             TEXT    NOT NULL DEFAULT '',
    business_owner      TEXT    NOT NULL DEFAULT '',
    technical_owner     TEXT    NOT NULL DEFAULT '',
    business_unit       TEXT    NOT NULL DEFAULT '',
    lifecycle           TEXT    NOT NULL DEFAULT 'idea',
    deployment          TEXT    NOT NULL DEFAULT '',
    model_type          TEXT    NOT NULL DEFAULT '',
    provider_kind       TEXT    NOT NULL DEFAULT '',
    provider_name       TEXT    NOT NULL DEFAULT '',
    components          TEXT    NOT NULL DEFAULT '',   -- one "kind: name" per line
    data_categories     TEXT    NOT NULL DEFAULT '',   -- comma-separated codes
    data_sources        TEXT    NOT NULL DEFAULT '',
    automated_decisions TEXT    NOT NULL DEFAULT 'unknown',
    human_oversight     TEXT    NOT NULL DEFAULT '',
    ai_act_tier         TEXT    NOT NULL DEFAULT 'unclassified',
    criticality         TEXT    NOT NULL DEFAULT '',
    monitoring          TEXT    NOT NULL DEFAULT '',   -- comma-separated codes
    next_review         TEXT    NOT NULL DEFAULT '',   -- YYYY-MM-DD or empty
    tags                TEXT    NOT NULL DEFAULT '',   -- comma-separated
    notes               TEXT    NOT NULL DEFAULT '',
    -- bookkeeping, not audited field by field:
    created_ms          INTEGER NOT NULL,
    updated_ms          INTEGER NOT NULL,
    audit_seq           INTEGER NOT NULL REFERENCES audit_events (seq),
    search_text         TEXT    NOT NULL DEFAULT ''    -- case-folded text columns, for filter-as-you-type
) STRICT;

CREATE INDEX ai_systems_by_name ON ai_systems (name COLLATE NOCASE);
CREATE INDEX ai_systems_by_lifecycle ON ai_systems (lifecycle);

CREATE TRIGGER ai_systems_audited_insert BEFORE INSERT ON ai_systems
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'ai_system' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'ai_systems: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER ai_systems_audited_update BEFORE UPDATE ON ai_systems
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'ai_system' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'ai_systems: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER ai_systems_audited_delete BEFORE DELETE ON ai_systems
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'ai_system' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'ai_systems: a change must be recorded in the audit trail first');
END;
