-- The organization directory: region → municipality → organization.
CREATE TABLE region (
    id   UUID         PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT region_name_unique UNIQUE (name)
);

CREATE TABLE municipality (
    id        UUID         PRIMARY KEY,
    region_id UUID         NOT NULL REFERENCES region (id),
    name      VARCHAR(200) NOT NULL,
    CONSTRAINT municipality_name_unique UNIQUE (region_id, name)
);

CREATE TABLE organization (
    id              UUID         PRIMARY KEY,
    municipality_id UUID         NOT NULL REFERENCES municipality (id),
    name            VARCHAR(300) NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    CONSTRAINT organization_name_unique UNIQUE (municipality_id, name)
);

-- A person registered in an organization for the mentoring programme.
CREATE TABLE person (
    id                  UUID         PRIMARY KEY,
    organization_id     UUID         NOT NULL REFERENCES organization (id),
    full_name           VARCHAR(300) NOT NULL,
    position            VARCHAR(200),
    subject             VARCHAR(200),
    years_of_experience INTEGER      NOT NULL CHECK (years_of_experience BETWEEN 0 AND 70),
    programme_role      VARCHAR(40)  NOT NULL,
    registered_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX person_organization ON person (organization_id);
