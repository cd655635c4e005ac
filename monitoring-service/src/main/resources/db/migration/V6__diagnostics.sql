-- Diagnostics and surveys (stage 7 of the target model): forms as data, rounds, assignments, 1–10 answers, and a
-- small roster of programme participants (ids and roles only) fed by participant-events. No names anywhere.

-- Curators' own versions of a form for their organization; the Russian defaults live in code (version 1).
CREATE TABLE diagnostic_form (
    id              UUID         PRIMARY KEY,
    kind            VARCHAR(40)  NOT NULL,
    organization_id UUID         NOT NULL,
    version         INTEGER      NOT NULL,
    title           VARCHAR(300) NOT NULL,
    criteria        JSONB        NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (organization_id, kind, version)
);

-- A quarterly diagnostic round (one form, one quarter of an academic year) or the end-of-programme surveys of one
-- pair's programme (several forms, no quarter).
CREATE TABLE diagnostic_round (
    id              UUID         PRIMARY KEY,
    stage           VARCHAR(20)  NOT NULL,
    organization_id UUID         NOT NULL,
    municipality_id UUID         NOT NULL,
    region_id       UUID         NOT NULL,
    academic_year   INTEGER      NOT NULL,
    quarter         SMALLINT,
    form_kind       VARCHAR(40),
    programme_id    UUID,
    pair_id         UUID,
    status          VARCHAR(20)  NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    closed_at       TIMESTAMPTZ
);
CREATE UNIQUE INDEX diagnostic_round_quarter ON diagnostic_round (organization_id, academic_year, quarter, form_kind)
    WHERE stage = 'QUARTERLY';
CREATE UNIQUE INDEX diagnostic_round_programme ON diagnostic_round (programme_id) WHERE programme_id IS NOT NULL;
CREATE INDEX diagnostic_round_municipality ON diagnostic_round (municipality_id, academic_year);
CREATE INDEX diagnostic_round_region ON diagnostic_round (region_id, academic_year);

-- One form one respondent owes in a round. person_id is null for the curator's programme-quality survey and after
-- the person withdrew consent (their submitted answers stay, anonymous, in the organization's averages).
CREATE TABLE diagnostic_assignment (
    id                 UUID          PRIMARY KEY,
    round_id           UUID          NOT NULL REFERENCES diagnostic_round (id),
    form_id            UUID          NOT NULL,
    form_kind          VARCHAR(40)   NOT NULL,
    respondent         VARCHAR(20)   NOT NULL,
    person_id          UUID,
    status             VARCHAR(20)   NOT NULL,
    entered_by_curator BOOLEAN       NOT NULL DEFAULT FALSE,
    average_score      NUMERIC(4, 2),
    submitted_at       TIMESTAMPTZ
);
CREATE INDEX diagnostic_assignment_round ON diagnostic_assignment (round_id);
CREATE INDEX diagnostic_assignment_person ON diagnostic_assignment (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX diagnostic_assignment_form ON diagnostic_assignment (form_id);

CREATE TABLE diagnostic_answer (
    assignment_id  UUID        NOT NULL REFERENCES diagnostic_assignment (id),
    criterion_code VARCHAR(40) NOT NULL,
    scale          VARCHAR(20) NOT NULL,
    score          SMALLINT    NOT NULL CHECK (score BETWEEN 1 AND 10),
    PRIMARY KEY (assignment_id, criterion_code)
);

-- Who owes quarterly diagnostics: the organization's programme participants, from participant-events.
CREATE TABLE diagnostic_roster (
    person_id       UUID        PRIMARY KEY,
    organization_id UUID        NOT NULL,
    municipality_id UUID        NOT NULL,
    region_id       UUID        NOT NULL,
    respondent      VARCHAR(20) NOT NULL
);
CREATE INDEX diagnostic_roster_organization ON diagnostic_roster (organization_id);
