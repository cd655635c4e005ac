-- Local read model of people who may take part in pairing, built from participant-service's events.
-- pairing-service never reads participant-service's database.
CREATE TABLE eligible_participant (
    person_id           UUID         PRIMARY KEY,
    organization_id     UUID         NOT NULL,
    municipality_id     UUID         NOT NULL,
    region_id           UUID         NOT NULL,
    full_name           VARCHAR(300) NOT NULL,
    position            VARCHAR(200),
    subject             VARCHAR(200),
    years_of_experience INTEGER      NOT NULL,
    programme_role      VARCHAR(40)  NOT NULL
);
CREATE INDEX eligible_participant_organization ON eligible_participant (organization_id);
