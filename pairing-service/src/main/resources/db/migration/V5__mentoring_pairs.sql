-- Mentor readiness as participant-service announces it (selected and trained, or confirmed by the curator).
ALTER TABLE eligible_participant ADD COLUMN mentor_ready BOOLEAN NOT NULL DEFAULT FALSE;

-- How many mentees a mentor takes at once; set by the curator, 1 until then.
CREATE TABLE mentor_capacity (
    mentor_id UUID    PRIMARY KEY,
    capacity  INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 10)
);

-- A mentoring pair (one mentee) or group (several): one mentor, one form (role model + format), dates, status.
-- Organization, municipality and region are the mentees' (a network pair may take a mentor from another
-- organization of the municipality).
CREATE TABLE mentoring_pair (
    id                 UUID         PRIMARY KEY,
    organization_id    UUID         NOT NULL,
    municipality_id    UUID         NOT NULL,
    region_id          UUID         NOT NULL,
    mentor_id          UUID         NOT NULL,
    role_model         VARCHAR(40)  NOT NULL,
    format             VARCHAR(40)  NOT NULL,
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    formed_by          VARCHAR(200) NOT NULL,
    formed_at          TIMESTAMPTZ  NOT NULL,
    dissolved_on       DATE,
    dissolution_reason VARCHAR(500),
    version            INTEGER      NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX mentoring_pair_organization ON mentoring_pair (organization_id, status);
CREATE INDEX mentoring_pair_mentor ON mentoring_pair (mentor_id, status);

-- The mentees of a pair or group; a replaced member keeps their row with the date and reason they left.
CREATE TABLE pair_member (
    pair_id      UUID         NOT NULL REFERENCES mentoring_pair (id),
    mentee_id    UUID         NOT NULL,
    joined_on    DATE         NOT NULL,
    left_on      DATE,
    leave_reason VARCHAR(500),
    PRIMARY KEY (pair_id, mentee_id)
);
CREATE INDEX pair_member_mentee ON pair_member (mentee_id) WHERE left_on IS NULL;
