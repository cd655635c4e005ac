-- The organization's teaching staff count (latest academic year announced wins) beside its participation counts,
-- and per mentor candidate only whether they are ready (no names): the mentors' share and ready mentors.
ALTER TABLE organization_participation ADD COLUMN teaching_staff INTEGER;
ALTER TABLE organization_participation ADD COLUMN teaching_staff_year VARCHAR(9);

CREATE TABLE mentor_readiness (
    person_id       UUID        PRIMARY KEY,
    organization_id UUID        NOT NULL,
    ready           BOOLEAN     NOT NULL,
    status          VARCHAR(40) NOT NULL
);
CREATE INDEX mentor_readiness_organization ON mentor_readiness (organization_id) WHERE ready;
