-- Attest workspace schema 6: AI risk assessment. The threat catalog (seeded, extendable) with its links to OWASP and
-- MITRE ATLAS entries and the controls it suggests; the organisation's risk matrix, versioned (a new version per edit,
-- old versions kept so every stored score can be read with the matrix it was made with); the risk register per AI
-- system with the controls treating each risk.
-- Same audit rules as every governance table (see 0001_initial.sql).

CREATE TABLE threats (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name        TEXT    NOT NULL CHECK (name <> ''),
    description TEXT    NOT NULL DEFAULT '',
    assets      TEXT    NOT NULL DEFAULT '',   -- comma-separated: training_data, model, pipeline, endpoint, outputs
    origin      TEXT    NOT NULL DEFAULT 'custom' CHECK (origin IN ('seeded', 'custom')),
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL,
    audit_seq   INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE TABLE threat_links (
    id             INTEGER PRIMARY KEY,
    threat_id      INTEGER NOT NULL REFERENCES threats (id) ON DELETE RESTRICT,
    requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,  -- OWASP, MITRE ATLAS entries
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    audit_seq      INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (threat_id, requirement_id)
) STRICT;

CREATE TABLE threat_controls (
    id         INTEGER PRIMARY KEY,
    threat_id  INTEGER NOT NULL REFERENCES threats (id) ON DELETE RESTRICT,
    control_id INTEGER NOT NULL REFERENCES controls (id) ON DELETE RESTRICT,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    audit_seq  INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (threat_id, control_id)
) STRICT;

-- One row per version of the organisation's risk matrix; the highest version is the current one.
CREATE TABLE risk_matrices (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL UNIQUE CHECK (version > 0),
    definition TEXT    NOT NULL CHECK (json_valid(definition)),  -- scales, labels, level bands, acceptance threshold
    note       TEXT    NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    audit_seq  INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE TABLE risks (
    id                       INTEGER PRIMARY KEY,
    system_id                INTEGER NOT NULL REFERENCES ai_systems (id) ON DELETE RESTRICT,
    threat_id                INTEGER NOT NULL REFERENCES threats (id) ON DELETE RESTRICT,
    scenario                 TEXT    NOT NULL DEFAULT '',
    assets                   TEXT    NOT NULL DEFAULT '',
    matrix_version           INTEGER NOT NULL REFERENCES risk_matrices (version) ON DELETE RESTRICT,
    likelihood               INTEGER NOT NULL CHECK (likelihood > 0),
    impact                   INTEGER NOT NULL CHECK (impact > 0),
    inherent_score           INTEGER NOT NULL,
    inherent_level           TEXT    NOT NULL,
    treatment                TEXT    NOT NULL DEFAULT '' CHECK (treatment IN ('', 'mitigate', 'accept', 'transfer', 'avoid')),
    residual_likelihood      INTEGER,
    residual_impact          INTEGER,
    residual_score           INTEGER,
    residual_level           TEXT    NOT NULL DEFAULT '',
    owner                    TEXT    NOT NULL DEFAULT '',
    due_date                 TEXT    NOT NULL DEFAULT '',
    next_review              TEXT    NOT NULL DEFAULT '',
    status                   TEXT    NOT NULL DEFAULT 'open'
                                     CHECK (status IN ('open', 'treating', 'accepted', 'closed')),
    accepted_by              TEXT    NOT NULL DEFAULT '',
    accepted_on              TEXT    NOT NULL DEFAULT '',
    acceptance_justification TEXT    NOT NULL DEFAULT '',
    created_ms               INTEGER NOT NULL,
    updated_ms               INTEGER NOT NULL,
    audit_seq                INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE INDEX risks_by_system ON risks (system_id);
CREATE INDEX risks_by_level ON risks (residual_level, inherent_level);

CREATE TABLE risk_controls (
    id         INTEGER PRIMARY KEY,
    risk_id    INTEGER NOT NULL REFERENCES risks (id) ON DELETE RESTRICT,
    control_id INTEGER NOT NULL REFERENCES controls (id) ON DELETE RESTRICT,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    audit_seq  INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (risk_id, control_id)
) STRICT;

CREATE INDEX risk_controls_by_control ON risk_controls (control_id);

-- Audit guards, as for every governance table.

CREATE TRIGGER threats_audited_insert BEFORE INSERT ON threats
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'threat' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'threats: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER threats_audited_update BEFORE UPDATE ON threats
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'threat' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'threats: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER threats_audited_delete BEFORE DELETE ON threats
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'threat' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'threats: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER threat_links_audited_insert BEFORE INSERT ON threat_links
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'threat_link' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'threat_links: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER threat_links_audited_update BEFORE UPDATE ON threat_links
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'threat_link' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'threat_links: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER threat_links_audited_delete BEFORE DELETE ON threat_links
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'threat_link' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'threat_links: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER threat_controls_audited_insert BEFORE INSERT ON threat_controls
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'threat_control' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'threat_controls: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER threat_controls_audited_update BEFORE UPDATE ON threat_controls
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'threat_control' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'threat_controls: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER threat_controls_audited_delete BEFORE DELETE ON threat_controls
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'threat_control' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'threat_controls: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risk_matrices_audited_insert BEFORE INSERT ON risk_matrices
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'risk_matrix' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'risk_matrices: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risk_matrices_audited_update BEFORE UPDATE ON risk_matrices
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'risk_matrix' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'risk_matrices: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risk_matrices_audited_delete BEFORE DELETE ON risk_matrices
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'risk_matrix' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'risk_matrices: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risks_audited_insert BEFORE INSERT ON risks
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'risk' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'risks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risks_audited_update BEFORE UPDATE ON risks
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'risk' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'risks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risks_audited_delete BEFORE DELETE ON risks
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'risk' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'risks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risk_controls_audited_insert BEFORE INSERT ON risk_controls
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'risk_control' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'risk_controls: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risk_controls_audited_update BEFORE UPDATE ON risk_controls
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'risk_control' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'risk_controls: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER risk_controls_audited_delete BEFORE DELETE ON risk_controls
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'risk_control' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'risk_controls: a change must be recorded in the audit trail first');
END;
