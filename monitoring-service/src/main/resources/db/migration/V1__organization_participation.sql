-- Projection: how many people each organization has registered for the programme, by role.
-- Counts only: monitoring keeps no personal data.
CREATE TABLE organization_participation (
    organization_id    UUID         PRIMARY KEY,
    municipality_id    UUID         NOT NULL,
    region_id          UUID         NOT NULL,
    organization_name  VARCHAR(300),
    mentor_candidates  INTEGER      NOT NULL DEFAULT 0,
    mentee_candidates  INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX organization_participation_municipality ON organization_participation (municipality_id);
