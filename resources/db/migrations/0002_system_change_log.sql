-- Attest workspace schema 2: the per-system change log (model versions, what changed, who validated it).
-- Same audit rules as every governance table (see 0001_initial.sql).

CREATE TABLE system_changes (
    id            INTEGER PRIMARY KEY,
    system_id     INTEGER NOT NULL REFERENCES ai_systems (id) ON DELETE RESTRICT,
    changed_on    TEXT    NOT NULL,                -- YYYY-MM-DD
    model_version TEXT    NOT NULL DEFAULT '',
    description   TEXT    NOT NULL DEFAULT '',
    validated_by  TEXT    NOT NULL DEFAULT '',
    created_ms    INTEGER NOT NULL,
    updated_ms    INTEGER NOT NULL,
    audit_seq     INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE INDEX system_changes_by_system ON system_changes (system_id, changed_on);

CREATE TRIGGER system_changes_audited_insert BEFORE INSERT ON system_changes
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'system_change' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'system_changes: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER system_changes_audited_update BEFORE UPDATE ON system_changes
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'system_change' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'system_changes: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER system_changes_audited_delete BEFORE DELETE ON system_changes
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'system_change' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'system_changes: a change must be recorded in the audit trail first');
END;
