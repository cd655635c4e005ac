-- The full profile of a person in the banks of mentors and mentees.
-- subjects: the subjects a teacher teaches (several are common: «математика», «информатика»).
-- qualification_category: see QualificationCategory. email/phone: contacts, personal data.
-- status: where the person stands in the programme (CANDIDATE … LEFT), with the reason of the last change.
-- normalized_name: lower case, «ё» as «е», single spaces — finds duplicates and serves the bank's search.
-- version: optimistic locking of profile edits.
ALTER TABLE person
    ADD COLUMN subjects               TEXT[]       NOT NULL DEFAULT '{}',
    ADD COLUMN qualification_category VARCHAR(40)  NOT NULL DEFAULT 'NONE',
    ADD COLUMN email                  VARCHAR(200),
    ADD COLUMN phone                  VARCHAR(40),
    ADD COLUMN status                 VARCHAR(20)  NOT NULL DEFAULT 'CANDIDATE',
    ADD COLUMN status_reason          VARCHAR(500),
    ADD COLUMN status_changed_at      TIMESTAMPTZ,
    ADD COLUMN normalized_name        VARCHAR(300),
    ADD COLUMN version                INTEGER      NOT NULL DEFAULT 0;

UPDATE person SET subjects = CASE WHEN subject IS NULL THEN '{}' ELSE ARRAY[subject] END,
                  normalized_name = lower(regexp_replace(replace(replace(full_name, 'ё', 'е'), 'Ё', 'Е'), '\s+', ' ', 'g'));
ALTER TABLE person ALTER COLUMN normalized_name SET NOT NULL;
ALTER TABLE person DROP COLUMN subject;

-- One person is one row even when they work in two organizations, so an e-mail names one person.
CREATE UNIQUE INDEX person_email_unique ON person (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX person_organization_name ON person (organization_id, normalized_name);

-- Further organizations a person works in (совместительство); person.organization_id is the main one,
-- whose curator keeps the person's data.
CREATE TABLE person_employment (
    person_id       UUID         NOT NULL REFERENCES person (id),
    organization_id UUID         NOT NULL REFERENCES organization (id),
    position        VARCHAR(200),
    since           DATE,
    PRIMARY KEY (person_id, organization_id)
);
CREATE INDEX person_employment_organization ON person_employment (organization_id);

-- The programme role of a person in each academic year (a mentee one year may mentor the next).
-- academic_year is the year the academic year starts in (2025 = 2025/2026).
CREATE TABLE person_programme_role (
    person_id      UUID        NOT NULL REFERENCES person (id),
    academic_year  INTEGER     NOT NULL CHECK (academic_year BETWEEN 2000 AND 2100),
    programme_role VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, academic_year)
);
INSERT INTO person_programme_role (person_id, academic_year, programme_role)
SELECT id, CASE WHEN extract(MONTH FROM registered_at) >= 9 THEN extract(YEAR FROM registered_at)
                ELSE extract(YEAR FROM registered_at) - 1 END, programme_role
FROM person;
