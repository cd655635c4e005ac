-- A pair's personalized mentoring programme (персонализированная программа наставничества): goals, tasks, approval by
-- order, completion with self-assessments. One programme per pair that is not completed. version: optimistic locking.
CREATE TABLE programme (
    id               UUID          PRIMARY KEY,
    pair_id          UUID          NOT NULL,
    goals            TEXT[]        NOT NULL DEFAULT '{}',
    state            VARCHAR(20)   NOT NULL,
    order_number     VARCHAR(50),
    order_date       DATE,
    approved_at      TIMESTAMPTZ,
    results_summary  VARCHAR(4000),
    completed_at     TIMESTAMPTZ,
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    version          INTEGER       NOT NULL DEFAULT 0,
    CHECK (state IN ('DRAFT', 'APPROVED', 'COMPLETED'))
);
CREATE UNIQUE INDEX programme_one_active_per_pair ON programme (pair_id) WHERE state <> 'COMPLETED';
CREATE INDEX programme_pair ON programme (pair_id);

-- Tasks of a programme, in their order: a deadline, an expected result, done (when and by whom).
CREATE TABLE programme_task (
    id              UUID          PRIMARY KEY,
    programme_id    UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    deadline        DATE          NOT NULL,
    expected_result VARCHAR(2000) NOT NULL,
    done_on         DATE,
    done_at         TIMESTAMPTZ,
    done_by         VARCHAR(200)
);
CREATE INDEX programme_task_programme ON programme_task (programme_id, position);

-- The final self-assessment of each side: the mentor and each mentee, 1–10 and a text.
CREATE TABLE programme_self_assessment (
    programme_id UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    person_id    UUID          NOT NULL,
    side         VARCHAR(10)   NOT NULL CHECK (side IN ('MENTOR', 'MENTEE')),
    score        INTEGER       NOT NULL CHECK (score BETWEEN 1 AND 10),
    text         VARCHAR(2000) NOT NULL,
    submitted_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (programme_id, person_id)
);

-- Meetings of a pair or group: type, time, place or link, notes; held once attendance is recorded.
CREATE TABLE pair_meeting (
    id               UUID          PRIMARY KEY,
    pair_id          UUID          NOT NULL,
    organization_id  UUID          NOT NULL,
    type             VARCHAR(20)   NOT NULL,
    starts_at        TIMESTAMPTZ   NOT NULL,
    duration_minutes INTEGER       NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    place            VARCHAR(300),
    link             VARCHAR(500),
    notes            VARCHAR(4000),
    held             BOOLEAN       NOT NULL DEFAULT FALSE,
    recorded_by      VARCHAR(200)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX pair_meeting_pair ON pair_meeting (pair_id, starts_at);
CREATE INDEX pair_meeting_organization ON pair_meeting (organization_id, starts_at);

-- Who of the pair's members attended a meeting.
CREATE TABLE meeting_attendance (
    meeting_id UUID    NOT NULL REFERENCES pair_meeting (id) ON DELETE CASCADE,
    person_id  UUID    NOT NULL,
    side       VARCHAR(10) NOT NULL CHECK (side IN ('MENTOR', 'MENTEE')),
    present    BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_attendance_person ON meeting_attendance (person_id) WHERE present;

-- The feedback form (анкета обратной связи) each present participant fills in after a meeting, once.
CREATE TABLE meeting_feedback (
    meeting_id   UUID          NOT NULL REFERENCES pair_meeting (id) ON DELETE CASCADE,
    person_id    UUID          NOT NULL,
    usefulness   INTEGER       NOT NULL CHECK (usefulness BETWEEN 1 AND 10),
    went_well    VARCHAR(2000) NOT NULL DEFAULT '',
    difficulties VARCHAR(2000) NOT NULL DEFAULT '',
    next_steps   VARCHAR(2000) NOT NULL DEFAULT '',
    submitted_at TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);

-- Reminders already published (FeedbackReminderDue per meeting, PairInactive per pair and period): never twice.
CREATE TABLE reminder_sent (
    kind       VARCHAR(30)  NOT NULL,
    subject_id UUID         NOT NULL,
    period     VARCHAR(40)  NOT NULL,
    sent_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (kind, subject_id, period)
);
