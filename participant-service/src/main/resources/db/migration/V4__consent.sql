-- Written consents of a person (152-ФЗ): what was consented to, when, by which document, who recorded it,
-- and when it was withdrawn. At most one active (not withdrawn) consent per person and scope.
-- After withdrawal of PERSONAL_DATA_PROCESSING only the scope and dates are kept (document_reference cleared).
CREATE TABLE consent (
    id                     UUID         PRIMARY KEY,
    person_id              UUID         NOT NULL REFERENCES person (id),
    scope                  VARCHAR(40)  NOT NULL,
    granted_on             DATE         NOT NULL,
    document_reference     VARCHAR(300),
    recorded_by            VARCHAR(200) NOT NULL,
    recorded_at            TIMESTAMPTZ  NOT NULL,
    withdrawn_on           DATE,
    withdrawal_recorded_by VARCHAR(200),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= granted_on)
);
CREATE UNIQUE INDEX consent_one_active ON consent (person_id, scope) WHERE withdrawn_on IS NULL;
CREATE INDEX consent_person ON consent (person_id, granted_on);
