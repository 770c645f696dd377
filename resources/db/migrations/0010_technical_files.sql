-- Attest workspace schema 10: each AI system's technical documentation beyond the inventory (EU AI Act Art. 11 and
-- Annex IV: versions, development, validation, performance and its limits, standards, conformity, post-market
-- monitoring). One row per system at most; every column is audited (see 0001_initial.sql). Field meanings:
-- models/inventory/TechnicalFile.

CREATE TABLE technical_files (
    id                         INTEGER PRIMARY KEY,
    system_id                  INTEGER NOT NULL UNIQUE REFERENCES ai_systems (id) ON DELETE RESTRICT,
    software_versions          TEXT    NOT NULL DEFAULT '',
    forms_of_supply            TEXT    NOT NULL DEFAULT '',
    hardware                   TEXT    NOT NULL DEFAULT '',
    deployer_interface         TEXT    NOT NULL DEFAULT '',
    instructions_for_use       TEXT    NOT NULL DEFAULT '',
    development_methods        TEXT    NOT NULL DEFAULT '',
    design_choices             TEXT    NOT NULL DEFAULT '',
    architecture               TEXT    NOT NULL DEFAULT '',
    datasheets                 TEXT    NOT NULL DEFAULT '',
    oversight_assessment       TEXT    NOT NULL DEFAULT '',
    predetermined_changes      TEXT    NOT NULL DEFAULT '',
    validation_testing         TEXT    NOT NULL DEFAULT '',
    cybersecurity              TEXT    NOT NULL DEFAULT '',
    capabilities_limitations   TEXT    NOT NULL DEFAULT '',
    unintended_outcomes        TEXT    NOT NULL DEFAULT '',
    input_specifications       TEXT    NOT NULL DEFAULT '',
    metrics_rationale          TEXT    NOT NULL DEFAULT '',
    standards_applied          TEXT    NOT NULL DEFAULT '',
    declaration_of_conformity  TEXT    NOT NULL DEFAULT '',
    post_market_plan           TEXT    NOT NULL DEFAULT '',
    created_ms                 INTEGER NOT NULL,
    updated_ms                 INTEGER NOT NULL,
    audit_seq                  INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE TRIGGER technical_files_audited_insert BEFORE INSERT ON technical_files
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'technical_file' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'technical_files: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER technical_files_audited_update BEFORE UPDATE ON technical_files
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'technical_file' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'technical_files: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER technical_files_audited_delete BEFORE DELETE ON technical_files
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'technical_file' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'technical_files: a change must be recorded in the audit trail first');
END;
