-- Attest workspace schema 12: copies of an encrypted workspace written outside its encryption (a decrypted copy),
-- each recorded in the audit trail in the same step that writes it, so that the workspace and the copy both show
-- who took the data out of its encryption, when, and where to. Written only by models/storage/WorkspaceExportLog;
-- every column is audited (see 0001_initial.sql).

CREATE TABLE workspace_exports (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind <> ''), -- 'decrypted_copy'
    target     TEXT    NOT NULL CHECK (target <> ''), -- the absolute path written
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    audit_seq  INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE TRIGGER workspace_exports_audited_insert BEFORE INSERT ON workspace_exports
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'workspace_export' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'workspace_exports: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER workspace_exports_audited_update BEFORE UPDATE ON workspace_exports
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'workspace_export' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'workspace_exports: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER workspace_exports_audited_delete BEFORE DELETE ON workspace_exports
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'workspace_export' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'workspace_exports: a change must be recorded in the audit trail first');
END;
