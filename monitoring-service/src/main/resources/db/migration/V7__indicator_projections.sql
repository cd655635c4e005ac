-- The live indicators' own state, fed from pairing, participant and publication events and recomputed into
-- indicator_fact. Person ids appear only where distinct counting needs them (who is in a pair, who is a programme
-- participant); never a name. Every table here is emptied and refilled by the projection rebuild.

-- Programme participants of the banks: registered with a programme role; LEFT ones no longer count.
CREATE TABLE indicator_participant (
    person_id       UUID        PRIMARY KEY,
    organization_id UUID        NOT NULL,
    municipality_id UUID        NOT NULL,
    region_id       UUID        NOT NULL,
    programme_role  VARCHAR(40) NOT NULL,
    left_programme  BOOLEAN     NOT NULL
);
CREATE INDEX indicator_participant_organization ON indicator_participant (organization_id);

-- The teaching staff of each academic year (the latest count of a year replaces earlier ones).
CREATE TABLE indicator_teaching_staff (
    organization_id UUID    NOT NULL,
    academic_year   INTEGER NOT NULL,
    teaching_staff  INTEGER NOT NULL,
    PRIMARY KEY (organization_id, academic_year)
);

-- Pairs and groups, in the academic year they started.
CREATE TABLE indicator_pair (
    pair_id         UUID        PRIMARY KEY,
    organization_id UUID        NOT NULL,
    municipality_id UUID        NOT NULL,
    region_id       UUID        NOT NULL,
    academic_year   INTEGER     NOT NULL,
    role_model      VARCHAR(40),
    format          VARCHAR(40),
    status          VARCHAR(20) NOT NULL
);
CREATE INDEX indicator_pair_organization ON indicator_pair (organization_id, academic_year);

-- Who is (current = true) or was a member of a pair; a replaced member stays with current = false.
CREATE TABLE indicator_pair_member (
    pair_id   UUID        NOT NULL,
    person_id UUID        NOT NULL,
    side      VARCHAR(10) NOT NULL,
    current   BOOLEAN     NOT NULL,
    PRIMARY KEY (pair_id, person_id)
);
CREATE INDEX indicator_pair_member_person ON indicator_pair_member (person_id);

-- Each programme's latest known progress, in the academic year of its approval (or of the first event seen).
CREATE TABLE indicator_programme (
    programme_id    UUID    PRIMARY KEY,
    pair_id         UUID    NOT NULL,
    organization_id UUID    NOT NULL,
    municipality_id UUID    NOT NULL,
    region_id       UUID    NOT NULL,
    academic_year   INTEGER NOT NULL,
    approved        BOOLEAN NOT NULL,
    completed       BOOLEAN NOT NULL,
    tasks_done      INTEGER NOT NULL,
    tasks_total     INTEGER NOT NULL
);
CREATE INDEX indicator_programme_organization ON indicator_programme (organization_id, academic_year);
CREATE INDEX indicator_programme_pair ON indicator_programme (pair_id);

-- Held meetings with their attendance and the feedback forms received, in the academic year of the meeting's start.
-- A form may arrive for a meeting not (yet) seen: the row exists with held = false and counts nothing until it is.
CREATE TABLE indicator_meeting (
    meeting_id      UUID        PRIMARY KEY,
    pair_id         UUID        NOT NULL,
    organization_id UUID        NOT NULL,
    municipality_id UUID        NOT NULL,
    region_id       UUID        NOT NULL,
    academic_year   INTEGER     NOT NULL,
    meeting_type    VARCHAR(20) NOT NULL,
    held            BOOLEAN     NOT NULL,
    attended        INTEGER     NOT NULL,
    participants    INTEGER     NOT NULL,
    feedback_forms  INTEGER     NOT NULL
);
CREATE INDEX indicator_meeting_organization ON indicator_meeting (organization_id, academic_year);
CREATE INDEX indicator_meeting_pair ON indicator_meeting (pair_id);

-- Published practices, once each however many levels they climb, in the academic year of their first publication.
CREATE TABLE indicator_practice (
    practice_id     UUID    PRIMARY KEY,
    organization_id UUID    NOT NULL,
    academic_year   INTEGER NOT NULL
);
CREATE INDEX indicator_practice_organization ON indicator_practice (organization_id, academic_year);
