-- Attest workspace schema 9: each AI system's data-protection record: what GDPR Art. 30 asks to be recorded about
-- the processing, and the impact assessment of Art. 35. One row per system at most; every column is audited (same
-- rules as every governance table, see 0001_initial.sql). Codes and their meaning: models/privacy/ProcessingRecord.

CREATE TABLE processing_records (
    id                   INTEGER PRIMARY KEY,
    system_id            INTEGER NOT NULL UNIQUE REFERENCES ai_systems (id) ON DELETE RESTRICT,
    role                 TEXT    NOT NULL DEFAULT '',
    controller_contact   TEXT    NOT NULL DEFAULT '',
    joint_controllers    TEXT    NOT NULL DEFAULT '',
    representative       TEXT    NOT NULL DEFAULT '',
    dpo_contact          TEXT    NOT NULL DEFAULT '',
    processor_for        TEXT    NOT NULL DEFAULT '',
    processing_purposes  TEXT    NOT NULL DEFAULT '',
    lawful_basis         TEXT    NOT NULL DEFAULT '',
    legitimate_interest  TEXT    NOT NULL DEFAULT '',
    data_subjects        TEXT    NOT NULL DEFAULT '',
    personal_data        TEXT    NOT NULL DEFAULT '',
    recipients           TEXT    NOT NULL DEFAULT '',
    transfers            TEXT    NOT NULL DEFAULT '',
    retention            TEXT    NOT NULL DEFAULT '',
    security_measures    TEXT    NOT NULL DEFAULT '',
    record_reviewed      TEXT    NOT NULL DEFAULT '',
    dpia_criteria        TEXT    NOT NULL DEFAULT '',
    dpia_operations      TEXT    NOT NULL DEFAULT '',
    dpia_necessity       TEXT    NOT NULL DEFAULT '',
    dpia_risks           TEXT    NOT NULL DEFAULT '',
    dpia_measures        TEXT    NOT NULL DEFAULT '',
    dpo_advice           TEXT    NOT NULL DEFAULT '',
    data_subject_views   TEXT    NOT NULL DEFAULT '',
    dpia_outcome         TEXT    NOT NULL DEFAULT '',
    dpia_approved_by     TEXT    NOT NULL DEFAULT '',
    dpia_approved_on     TEXT    NOT NULL DEFAULT '',
    dpia_next_review     TEXT    NOT NULL DEFAULT '',
    created_ms           INTEGER NOT NULL,
    updated_ms           INTEGER NOT NULL,
    audit_seq            INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE TRIGGER processing_records_audited_insert BEFORE INSERT ON processing_records
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'processing_record' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'processing_records: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER processing_records_audited_update BEFORE UPDATE ON processing_records
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'processing_record' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'processing_records: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER processing_records_audited_delete BEFORE DELETE ON processing_records
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'processing_record' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'processing_records: a change must be recorded in the audit trail first');
END;
