-- Stage 4 of the target model: selection and training of mentors (отбор и обучение наставников).

-- Criteria an organization selects its mentors by, in order; a criterion is either required or weighted (1–10).
CREATE TABLE selection_criterion (
    id              UUID         PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organization (id),
    position        INTEGER      NOT NULL,
    text            VARCHAR(300) NOT NULL,
    weight          SMALLINT     CHECK (weight BETWEEN 1 AND 10),
    required        BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX selection_criterion_organization ON selection_criterion (organization_id, position);

-- Shipped defaults, offered to an organization that has no criteria of its own yet.
CREATE TABLE default_selection_criterion (
    position INTEGER      PRIMARY KEY,
    text     VARCHAR(300) NOT NULL,
    weight   SMALLINT     CHECK (weight BETWEEN 1 AND 10),
    required BOOLEAN      NOT NULL
);
INSERT INTO default_selection_criterion (position, text, weight, required) VALUES
    (10, 'Педагогический стаж не менее 5 лет',                               NULL, TRUE),
    (20, 'Высшая или первая квалификационная категория',                      NULL, TRUE),
    (30, 'Опыт руководства методическим объединением',                        3,    FALSE),
    (40, 'Рекомендация методического совета',                                 3,    FALSE),
    (50, 'Готовность и мотивация к наставнической деятельности (собеседование)', NULL, TRUE),
    (60, 'Высокие результаты обучающихся и участие в профессиональных конкурсах', 2,  FALSE);

-- A mentor candidate's selection: interview (notes are personal data), decision and reason; and an optional
-- explicit confirmation of readiness by the curator (with a reason) in place of a training record.
CREATE TABLE mentor_selection (
    person_id               UUID          PRIMARY KEY REFERENCES person (id),
    interview_date          DATE,
    interviewer             VARCHAR(200),
    interview_notes         VARCHAR(4000),
    decision                VARCHAR(20)   NOT NULL CHECK (decision IN ('PENDING', 'SELECTED', 'RESERVE', 'REJECTED')),
    reason                  VARCHAR(1000),
    updated_by              VARCHAR(200)  NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL,
    readiness_confirmed_by  VARCHAR(200),
    readiness_confirmed_at  TIMESTAMPTZ,
    readiness_reason        VARCHAR(1000)
);

-- Per criterion: met or not, as judged at the interview. Removing a criterion removes its marks.
CREATE TABLE mentor_selection_mark (
    person_id    UUID    NOT NULL REFERENCES mentor_selection (person_id),
    criterion_id UUID    NOT NULL REFERENCES selection_criterion (id) ON DELETE CASCADE,
    met          BOOLEAN NOT NULL,
    PRIMARY KEY (person_id, criterion_id)
);

-- Completed trainings of a mentor candidate. Deleting keeps the row (deleted_at, who, why) for the history;
-- the certificate number is cleared on erasure, hours and dates stay for the counts.
CREATE TABLE mentor_training (
    id                    UUID          PRIMARY KEY,
    person_id             UUID          NOT NULL REFERENCES person (id),
    course_title          VARCHAR(300)  NOT NULL,
    provider              VARCHAR(300),
    hours                 INTEGER       NOT NULL CHECK (hours BETWEEN 1 AND 500),
    completed_on          DATE          NOT NULL CHECK (completed_on >= DATE '2000-01-01'),
    certificate_reference VARCHAR(200),
    recorded_by           VARCHAR(200)  NOT NULL,
    recorded_at           TIMESTAMPTZ   NOT NULL,
    deleted_at            TIMESTAMPTZ,
    deleted_by            VARCHAR(200),
    deletion_reason       VARCHAR(1000)
);
CREATE UNIQUE INDEX mentor_training_unique ON mentor_training (person_id, lower(course_title), completed_on)
    WHERE deleted_at IS NULL;
CREATE INDEX mentor_training_person ON mentor_training (person_id, completed_on);

-- Teaching staff of an organization per academic year (1 September – 31 August), every recording kept;
-- the latest recording of a year is the count.
CREATE TABLE teaching_staff_count (
    id              UUID         PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organization (id),
    academic_year   VARCHAR(9)   NOT NULL CHECK (academic_year ~ '^[0-9]{4}/[0-9]{4}$'),
    teaching_staff  INTEGER      NOT NULL CHECK (teaching_staff BETWEEN 1 AND 100000),
    recorded_by     VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX teaching_staff_count_organization ON teaching_staff_count (organization_id, academic_year, recorded_at DESC);
