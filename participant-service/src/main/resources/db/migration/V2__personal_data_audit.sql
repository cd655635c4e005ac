-- Every read and change of a person's data: who, whose, what, when. Kept where the data lives, so the
-- organization's curator and the regional institute can answer «who looked at my data?».
CREATE TABLE personal_data_audit (
    id              UUID         PRIMARY KEY,
    at              TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    actor_role      VARCHAR(40)  NOT NULL,
    person_id       UUID         NOT NULL,
    organization_id UUID         NOT NULL,
    municipality_id UUID         NOT NULL,
    region_id       UUID         NOT NULL,
    action          VARCHAR(20)  NOT NULL
);
CREATE INDEX personal_data_audit_organization ON personal_data_audit (organization_id, at DESC);
CREATE INDEX personal_data_audit_region ON personal_data_audit (region_id, at DESC);
