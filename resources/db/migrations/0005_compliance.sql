-- Attest workspace schema 5: the organisation's control library and what it achieves. Controls mapped to catalog
-- requirements; which frameworks apply to each AI system; how each control is implemented (organisation-wide or
-- per system); manual assessments of requirements (overrides, with a justification); evidence files and their links;
-- findings; the ISO/IEC 27001 Statement of Applicability.
-- Same audit rules as every governance table (see 0001_initial.sql). Requirement statuses and coverage are derived
-- from these records when they are needed, never stored.

CREATE TABLE controls (
    id                  INTEGER PRIMARY KEY,
    code                TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    name                TEXT    NOT NULL CHECK (name <> ''),
    description         TEXT    NOT NULL DEFAULT '',
    type                TEXT    NOT NULL CHECK (type IN ('preventive', 'detective', 'corrective')),
    owner               TEXT    NOT NULL DEFAULT '',
    operation_frequency TEXT    NOT NULL DEFAULT '',
    test_frequency      TEXT    NOT NULL DEFAULT '',
    origin              TEXT    NOT NULL DEFAULT 'custom' CHECK (origin IN ('seeded', 'custom')),
    created_ms          INTEGER NOT NULL,
    updated_ms          INTEGER NOT NULL,
    audit_seq           INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE TABLE control_mappings (
    id             INTEGER PRIMARY KEY,
    control_id     INTEGER NOT NULL REFERENCES controls (id) ON DELETE RESTRICT,
    requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,
    rationale      TEXT    NOT NULL DEFAULT '',   -- our words: why the control serves the requirement
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    audit_seq      INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (control_id, requirement_id)
) STRICT;

CREATE INDEX control_mappings_by_requirement ON control_mappings (requirement_id);

-- Which frameworks apply to a system, as the user confirmed them (until then Attest proposes from the system's facts).
CREATE TABLE system_frameworks (
    id           INTEGER PRIMARY KEY,
    system_id    INTEGER NOT NULL REFERENCES ai_systems (id) ON DELETE RESTRICT,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE RESTRICT,
    applies      INTEGER NOT NULL CHECK (applies IN (0, 1)),
    reason       TEXT    NOT NULL CHECK (reason <> ''),
    created_ms   INTEGER NOT NULL,
    updated_ms   INTEGER NOT NULL,
    audit_seq    INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (system_id, framework_id)
) STRICT;

-- How a control is implemented: organisation-wide (system_id NULL, the default for every system) or for one system.
CREATE TABLE control_implementations (
    id               INTEGER PRIMARY KEY,
    control_id       INTEGER NOT NULL REFERENCES controls (id) ON DELETE RESTRICT,
    system_id        INTEGER REFERENCES ai_systems (id) ON DELETE RESTRICT,
    status           TEXT    NOT NULL CHECK (status IN ('not_started', 'planned', 'partial', 'implemented',
                                                        'not_applicable')),
    justification    TEXT    NOT NULL DEFAULT '',
    owner            TEXT    NOT NULL DEFAULT '',
    target_date      TEXT    NOT NULL DEFAULT '',   -- YYYY-MM-DD or empty
    last_test_date   TEXT    NOT NULL DEFAULT '',   -- YYYY-MM-DD or empty
    last_test_result TEXT    NOT NULL DEFAULT '' CHECK (last_test_result IN ('', 'passed', 'failed')),
    notes            TEXT    NOT NULL DEFAULT '',
    created_ms       INTEGER NOT NULL,
    updated_ms       INTEGER NOT NULL,
    audit_seq        INTEGER NOT NULL REFERENCES audit_events (seq),
    CHECK (status <> 'not_applicable' OR justification <> '')
) STRICT;

CREATE UNIQUE INDEX control_implementations_per_system ON control_implementations (system_id, control_id)
    WHERE system_id IS NOT NULL;
CREATE UNIQUE INDEX control_implementations_organisation ON control_implementations (control_id)
    WHERE system_id IS NULL;

-- A person's assessment of a requirement, overriding what the controls say (system_id NULL: organisation level).
CREATE TABLE requirement_assessments (
    id             INTEGER PRIMARY KEY,
    requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,
    system_id      INTEGER REFERENCES ai_systems (id) ON DELETE RESTRICT,
    status         TEXT    NOT NULL CHECK (status IN ('compliant', 'partial', 'non_compliant', 'not_applicable',
                                                      'not_assessed')),
    justification  TEXT    NOT NULL CHECK (justification <> ''),
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    audit_seq      INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE UNIQUE INDEX requirement_assessments_per_system ON requirement_assessments (system_id, requirement_id)
    WHERE system_id IS NOT NULL;
CREATE UNIQUE INDEX requirement_assessments_organisation ON requirement_assessments (requirement_id)
    WHERE system_id IS NULL;

CREATE TABLE evidence (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL CHECK (title <> ''),
    kind         TEXT    NOT NULL CHECK (kind IN ('file', 'link', 'note')),
    file_name    TEXT    NOT NULL DEFAULT '',
    media_type   TEXT    NOT NULL DEFAULT '',
    size         INTEGER NOT NULL DEFAULT 0,
    sha256       TEXT    NOT NULL DEFAULT '',   -- hex; for files, the content in evidence_blobs
    url          TEXT    NOT NULL DEFAULT '',
    note         TEXT    NOT NULL DEFAULT '',
    collected_on TEXT    NOT NULL DEFAULT '',   -- YYYY-MM-DD
    valid_until  TEXT    NOT NULL DEFAULT '',   -- YYYY-MM-DD or empty (no end)
    created_ms   INTEGER NOT NULL,
    updated_ms   INTEGER NOT NULL,
    audit_seq    INTEGER NOT NULL REFERENCES audit_events (seq),
    CHECK (kind <> 'file' OR length(sha256) = 64),
    CHECK (kind <> 'link' OR url <> '')
) STRICT;

-- Evidence file contents, addressed by their SHA-256 (audited through the evidence record that names the hash; the
-- hash is checked whenever a file is read back). Contents never change: a new file is a new blob.
CREATE TABLE evidence_blobs (
    sha256 TEXT    PRIMARY KEY CHECK (length(sha256) = 64),
    size   INTEGER NOT NULL,
    data   BLOB    NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER evidence_blobs_immutable BEFORE UPDATE ON evidence_blobs
BEGIN
    SELECT RAISE(ABORT, 'evidence_blobs: stored evidence never changes');
END;

CREATE TRIGGER evidence_blobs_kept BEFORE DELETE ON evidence_blobs
BEGIN
    SELECT RAISE(ABORT, 'evidence_blobs: stored evidence is kept');
END;

-- What an evidence item supports: a control (optionally for one system) or a requirement (optionally for one system).
CREATE TABLE evidence_links (
    id             INTEGER PRIMARY KEY,
    evidence_id    INTEGER NOT NULL REFERENCES evidence (id) ON DELETE RESTRICT,
    control_id     INTEGER REFERENCES controls (id) ON DELETE RESTRICT,
    requirement_id INTEGER REFERENCES requirements (id) ON DELETE RESTRICT,
    system_id      INTEGER REFERENCES ai_systems (id) ON DELETE RESTRICT,
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    audit_seq      INTEGER NOT NULL REFERENCES audit_events (seq),
    CHECK ((control_id IS NULL) <> (requirement_id IS NULL))
) STRICT;

CREATE INDEX evidence_links_by_evidence ON evidence_links (evidence_id);
CREATE INDEX evidence_links_by_control ON evidence_links (control_id);
CREATE INDEX evidence_links_by_requirement ON evidence_links (requirement_id);

CREATE TABLE findings (
    id                  INTEGER PRIMARY KEY,
    title               TEXT    NOT NULL CHECK (title <> ''),
    description         TEXT    NOT NULL DEFAULT '',
    source              TEXT    NOT NULL CHECK (source IN ('requirement', 'control_test', 'manual')),
    system_id           INTEGER REFERENCES ai_systems (id) ON DELETE RESTRICT,
    requirement_id      INTEGER REFERENCES requirements (id) ON DELETE RESTRICT,
    control_id          INTEGER REFERENCES controls (id) ON DELETE RESTRICT,
    severity            TEXT    NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    owner               TEXT    NOT NULL DEFAULT '',
    due_date            TEXT    NOT NULL DEFAULT '',   -- YYYY-MM-DD or empty
    status              TEXT    NOT NULL DEFAULT 'open'
                                CHECK (status IN ('open', 'in_progress', 'closed', 'risk_accepted')),
    closure_evidence_id INTEGER REFERENCES evidence (id) ON DELETE RESTRICT,
    closure_note        TEXT    NOT NULL DEFAULT '',
    closed_on           TEXT    NOT NULL DEFAULT '',
    created_ms          INTEGER NOT NULL,
    updated_ms          INTEGER NOT NULL,
    audit_seq           INTEGER NOT NULL REFERENCES audit_events (seq),
    CHECK (source <> 'requirement' OR requirement_id IS NOT NULL),
    CHECK (source <> 'control_test' OR control_id IS NOT NULL),
    CHECK (status NOT IN ('closed', 'risk_accepted') OR closure_note <> '' OR closure_evidence_id IS NOT NULL)
) STRICT;

CREATE INDEX findings_by_system ON findings (system_id);
CREATE INDEX findings_by_status ON findings (status, due_date);

-- The Statement of Applicability (ISO/IEC 27001:2022 Annex A) at organisation level. A control without a row is
-- applicable and not yet justified.
CREATE TABLE soa_entries (
    id             INTEGER PRIMARY KEY,
    requirement_id INTEGER NOT NULL UNIQUE REFERENCES requirements (id) ON DELETE RESTRICT,
    applicable     INTEGER NOT NULL CHECK (applicable IN (0, 1)),
    justification  TEXT    NOT NULL DEFAULT '',
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    audit_seq      INTEGER NOT NULL REFERENCES audit_events (seq),
    CHECK (applicable = 1 OR justification <> '')
) STRICT;

-- Audit guards, as for every governance table.

CREATE TRIGGER controls_audited_insert BEFORE INSERT ON controls
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'control' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'controls: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER controls_audited_update BEFORE UPDATE ON controls
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'control' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'controls: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER controls_audited_delete BEFORE DELETE ON controls
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'control' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'controls: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER control_mappings_audited_insert BEFORE INSERT ON control_mappings
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'control_mapping' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'control_mappings: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER control_mappings_audited_update BEFORE UPDATE ON control_mappings
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'control_mapping' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'control_mappings: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER control_mappings_audited_delete BEFORE DELETE ON control_mappings
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'control_mapping' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'control_mappings: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER system_frameworks_audited_insert BEFORE INSERT ON system_frameworks
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'applicability' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'system_frameworks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER system_frameworks_audited_update BEFORE UPDATE ON system_frameworks
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'applicability' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'system_frameworks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER system_frameworks_audited_delete BEFORE DELETE ON system_frameworks
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'applicability' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'system_frameworks: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER control_implementations_audited_insert BEFORE INSERT ON control_implementations
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'control_implementation' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'control_implementations: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER control_implementations_audited_update BEFORE UPDATE ON control_implementations
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'control_implementation' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'control_implementations: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER control_implementations_audited_delete BEFORE DELETE ON control_implementations
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'control_implementation' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'control_implementations: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirement_assessments_audited_insert BEFORE INSERT ON requirement_assessments
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'requirement_assessment' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'requirement_assessments: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirement_assessments_audited_update BEFORE UPDATE ON requirement_assessments
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'requirement_assessment' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'requirement_assessments: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER requirement_assessments_audited_delete BEFORE DELETE ON requirement_assessments
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'requirement_assessment' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'requirement_assessments: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER evidence_audited_insert BEFORE INSERT ON evidence
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'evidence' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'evidence: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER evidence_audited_update BEFORE UPDATE ON evidence
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'evidence' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'evidence: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER evidence_audited_delete BEFORE DELETE ON evidence
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'evidence' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'evidence: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER evidence_links_audited_insert BEFORE INSERT ON evidence_links
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'evidence_link' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'evidence_links: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER evidence_links_audited_update BEFORE UPDATE ON evidence_links
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'evidence_link' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'evidence_links: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER evidence_links_audited_delete BEFORE DELETE ON evidence_links
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'evidence_link' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'evidence_links: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER findings_audited_insert BEFORE INSERT ON findings
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'finding' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'findings: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER findings_audited_update BEFORE UPDATE ON findings
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'finding' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'findings: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER findings_audited_delete BEFORE DELETE ON findings
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'finding' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'findings: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER soa_entries_audited_insert BEFORE INSERT ON soa_entries
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'soa_entry' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'soa_entries: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER soa_entries_audited_update BEFORE UPDATE ON soa_entries
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'soa_entry' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'soa_entries: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER soa_entries_audited_delete BEFORE DELETE ON soa_entries
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'soa_entry' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'soa_entries: a change must be recorded in the audit trail first');
END;
