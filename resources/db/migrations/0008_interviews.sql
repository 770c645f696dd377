-- Attest workspace schema 8: audit interviews. A session (who, when, where, which systems, which questions) walks
-- through an ordered list of requirements; each answer (status, notes, follow-up flag, whether it is applied to
-- the requirement's assessment) is a governance record like any other, audited and guarded. Completing a session
-- records the interviewees' acknowledgement and applies the answers in the same transaction; from then on the
-- session and its answers refuse changes (corrections are new, audited assessments).
-- interview_progress and interview_drafts are the interviewer's working state, not governance data: where the
-- session stands and the note being typed, saved within a second so a crash loses no word. A draft becomes the
-- answer of record (audited) when the interviewer moves on, pauses, or closes the session.

CREATE TABLE interview_sessions (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL CHECK (title <> ''),
    framework_id    INTEGER REFERENCES frameworks (id) ON DELETE RESTRICT,  -- the scope, or NULL for a chosen set
    interviewer     TEXT    NOT NULL DEFAULT '',
    held_on         TEXT    NOT NULL DEFAULT '',   -- YYYY-MM-DD
    place           TEXT    NOT NULL DEFAULT '',
    status          TEXT    NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'completed')),
    acknowledged_by TEXT    NOT NULL DEFAULT '',
    acknowledged_on TEXT    NOT NULL DEFAULT '',
    summary         TEXT    NOT NULL DEFAULT '',
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL,
    audit_seq       INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

CREATE TABLE interview_systems (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES interview_sessions (id) ON DELETE RESTRICT,
    system_id  INTEGER NOT NULL REFERENCES ai_systems (id) ON DELETE RESTRICT,
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    audit_seq  INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (session_id, system_id)
) STRICT;

CREATE TABLE interview_interviewees (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES interview_sessions (id) ON DELETE RESTRICT,
    name       TEXT    NOT NULL CHECK (name <> ''),
    role       TEXT    NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    audit_seq  INTEGER NOT NULL REFERENCES audit_events (seq)
) STRICT;

-- The questions in their order, fixed when the session is planned.
CREATE TABLE interview_questions (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES interview_sessions (id) ON DELETE RESTRICT,
    position       INTEGER NOT NULL CHECK (position >= 0),
    requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    audit_seq      INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (session_id, position),
    UNIQUE (session_id, requirement_id)
) STRICT;

CREATE TABLE interview_answers (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES interview_sessions (id) ON DELETE RESTRICT,
    requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE RESTRICT,
    status         TEXT    NOT NULL DEFAULT 'not_assessed'
                           CHECK (status IN ('compliant', 'partial', 'non_compliant', 'not_applicable', 'not_assessed')),
    notes          TEXT    NOT NULL DEFAULT '',
    follow_up      INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1)),
    apply          INTEGER NOT NULL DEFAULT 1 CHECK (apply IN (0, 1)),  -- 0: the interviewer kept the current assessment
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL,
    audit_seq      INTEGER NOT NULL REFERENCES audit_events (seq),
    UNIQUE (session_id, requirement_id)
) STRICT;

CREATE TABLE interview_progress (
    session_id INTEGER PRIMARY KEY REFERENCES interview_sessions (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    updated_ms INTEGER NOT NULL
) STRICT;

CREATE TABLE interview_drafts (
    session_id     INTEGER NOT NULL REFERENCES interview_sessions (id) ON DELETE CASCADE,
    requirement_id INTEGER NOT NULL REFERENCES requirements (id) ON DELETE CASCADE,
    notes          TEXT    NOT NULL,
    updated_ms     INTEGER NOT NULL,
    PRIMARY KEY (session_id, requirement_id)
) STRICT;

-- A completed session and its record stay as they were: corrections are new, audited assessments. Its working
-- state is closed too.
CREATE TRIGGER interview_drafts_completed_insert BEFORE INSERT ON interview_drafts
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_drafts: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_drafts_completed_update BEFORE UPDATE ON interview_drafts
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_drafts: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_sessions_completed_delete BEFORE DELETE ON interview_sessions
WHEN OLD.status = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_sessions: a completed interview cannot be deleted');
END;

CREATE TRIGGER interview_sessions_completed_locked BEFORE UPDATE ON interview_sessions
WHEN OLD.status = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_sessions: a completed interview cannot be changed');
END;

CREATE TRIGGER interview_systems_completed_insert BEFORE INSERT ON interview_systems
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_systems: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_systems_completed_update BEFORE UPDATE ON interview_systems
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_systems: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_systems_completed_delete BEFORE DELETE ON interview_systems
WHEN (SELECT status FROM interview_sessions WHERE id = OLD.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_systems: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_interviewees_completed_insert BEFORE INSERT ON interview_interviewees
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_interviewees: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_interviewees_completed_update BEFORE UPDATE ON interview_interviewees
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_interviewees: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_interviewees_completed_delete BEFORE DELETE ON interview_interviewees
WHEN (SELECT status FROM interview_sessions WHERE id = OLD.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_interviewees: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_questions_completed_insert BEFORE INSERT ON interview_questions
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_questions: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_questions_completed_update BEFORE UPDATE ON interview_questions
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_questions: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_questions_completed_delete BEFORE DELETE ON interview_questions
WHEN (SELECT status FROM interview_sessions WHERE id = OLD.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_questions: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_answers_completed_insert BEFORE INSERT ON interview_answers
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_answers: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_answers_completed_update BEFORE UPDATE ON interview_answers
WHEN (SELECT status FROM interview_sessions WHERE id = NEW.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_answers: the interview is completed and cannot be changed');
END;

CREATE TRIGGER interview_answers_completed_delete BEFORE DELETE ON interview_answers
WHEN (SELECT status FROM interview_sessions WHERE id = OLD.session_id) = 'completed'
BEGIN
    SELECT RAISE(ABORT, 'interview_answers: the interview is completed and cannot be changed');
END;

-- Audit guards, as for every governance table.

CREATE TRIGGER interview_sessions_audited_insert BEFORE INSERT ON interview_sessions
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'interview_session' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_sessions: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_sessions_audited_update BEFORE UPDATE ON interview_sessions
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'interview_session' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_sessions: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_sessions_audited_delete BEFORE DELETE ON interview_sessions
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'interview_session' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_sessions: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_systems_audited_insert BEFORE INSERT ON interview_systems
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'interview_system' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_systems: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_systems_audited_update BEFORE UPDATE ON interview_systems
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'interview_system' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_systems: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_systems_audited_delete BEFORE DELETE ON interview_systems
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'interview_system' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_systems: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_interviewees_audited_insert BEFORE INSERT ON interview_interviewees
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'interview_interviewee' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_interviewees: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_interviewees_audited_update BEFORE UPDATE ON interview_interviewees
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'interview_interviewee' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_interviewees: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_interviewees_audited_delete BEFORE DELETE ON interview_interviewees
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'interview_interviewee' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_interviewees: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_questions_audited_insert BEFORE INSERT ON interview_questions
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'interview_question' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_questions: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_questions_audited_update BEFORE UPDATE ON interview_questions
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'interview_question' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_questions: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_questions_audited_delete BEFORE DELETE ON interview_questions
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'interview_question' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_questions: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_answers_audited_insert BEFORE INSERT ON interview_answers
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.action = 'create' AND e.entity_type = 'interview_answer' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_answers: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_answers_audited_update BEFORE UPDATE ON interview_answers
WHEN NEW.id IS NOT OLD.id
  OR NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq = NEW.audit_seq
                   AND e.seq > OLD.audit_seq
                   AND e.action = 'update' AND e.entity_type = 'interview_answer' AND e.entity_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_answers: a change must be recorded in the audit trail first');
END;

CREATE TRIGGER interview_answers_audited_delete BEFORE DELETE ON interview_answers
WHEN NOT EXISTS (SELECT 1 FROM audit_events e
                 WHERE e.seq = (SELECT MAX(seq) FROM audit_events) AND e.seq > OLD.audit_seq
                   AND e.action = 'delete' AND e.entity_type = 'interview_answer' AND e.entity_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'interview_answers: a change must be recorded in the audit trail first');
END;
