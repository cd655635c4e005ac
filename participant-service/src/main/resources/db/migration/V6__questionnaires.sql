-- Questionnaires (анкеты) as versioned data. A form is identified by id; its content (title, description and the
-- questions as JSONB) lives in immutable-once-answered versions. Shipped default forms have organization_id NULL
-- and are never edited; a curator edits a copy for the organization (based_on: the form it was copied from).
-- Editing a version that already has submissions creates the next version; old submissions keep theirs.
-- revision counts every edit (optimistic locking: an edit names the revision it was made on).
CREATE TABLE questionnaire_form (
    id              UUID         PRIMARY KEY,
    code            VARCHAR(60)  NOT NULL,
    purpose         VARCHAR(40)  NOT NULL CHECK (purpose IN ('MENTOR_CANDIDATE', 'MENTEE', 'NETWORKING_PREFERENCE')),
    organization_id UUID         REFERENCES organization (id),
    based_on        UUID         REFERENCES questionnaire_form (id),
    state           VARCHAR(20)  NOT NULL CHECK (state IN ('PUBLISHED', 'ARCHIVED')),
    version         INTEGER      NOT NULL CHECK (version >= 1),
    revision        INTEGER      NOT NULL CHECK (revision >= 1),
    created_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX questionnaire_form_organization ON questionnaire_form (organization_id);

-- Questions: [{code, type (SINGLE_CHOICE | MULTIPLE_CHOICE | SCALE | FREE_TEXT | RANKED_PEOPLE), text, hint,
-- required, options: [{code, label}], maxRanks, rankedRole, maxLength, minLabel, maxLabel}]; SCALE is 1–10.
CREATE TABLE questionnaire_form_version (
    form_id     UUID          NOT NULL REFERENCES questionnaire_form (id),
    version     INTEGER       NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    description VARCHAR(2000),
    questions   JSONB         NOT NULL,
    created_by  VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (form_id, version)
);

-- A filled questionnaire: the exact form version, whose it is, who entered it (on_behalf: the curator from paper).
CREATE TABLE questionnaire_submission (
    id              UUID         PRIMARY KEY,
    form_id         UUID         NOT NULL,
    form_version    INTEGER      NOT NULL,
    person_id       UUID         NOT NULL REFERENCES person (id),
    organization_id UUID         NOT NULL REFERENCES organization (id),
    submitted_by    VARCHAR(200) NOT NULL,
    on_behalf       BOOLEAN      NOT NULL,
    submitted_at    TIMESTAMPTZ  NOT NULL,
    FOREIGN KEY (form_id, form_version) REFERENCES questionnaire_form_version (form_id, version)
);
CREATE INDEX questionnaire_submission_person ON questionnaire_submission (person_id, submitted_at);
CREATE INDEX questionnaire_submission_organization ON questionnaire_submission (organization_id, submitted_at);
CREATE INDEX questionnaire_submission_form ON questionnaire_submission (form_id, form_version);

-- One answer per question: choices (JSONB array of option codes), scale (1–10), text (free text: personal data,
-- erased on withdrawal of consent to processing), ranked (JSONB [{personId, rank}]).
CREATE TABLE questionnaire_answer (
    submission_id UUID          NOT NULL REFERENCES questionnaire_submission (id),
    question_code VARCHAR(60)   NOT NULL,
    position      INTEGER       NOT NULL,
    type          VARCHAR(20)   NOT NULL,
    choices       JSONB,
    scale         SMALLINT      CHECK (scale BETWEEN 1 AND 10),
    text          TEXT,
    ranked_role   VARCHAR(40),
    ranked        JSONB,
    PRIMARY KEY (submission_id, question_code)
);

-- The default forms, in Russian, as school curators use them. Competencies and requests use the taxonomy codes of V3.
INSERT INTO questionnaire_form (id, code, purpose, organization_id, based_on, state, version, revision, created_by, updated_at)
VALUES ('00000000-0000-4000-9000-000000000001', 'MENTOR_CANDIDATE', 'MENTOR_CANDIDATE', NULL, NULL, 'PUBLISHED', 1, 1, 'system', TIMESTAMPTZ '2026-09-01 00:00:00+00');

INSERT INTO questionnaire_form_version (form_id, version, title, description, questions, created_by, created_at)
VALUES ('00000000-0000-4000-9000-000000000001', 1, 'Анкета кандидата в наставники', 'Заполняется педагогом, готовым стать наставником. Ответы помогают куратору сформировать банк наставников и подобрать пары.', $json$
[
  {"code": "MOTIVATION", "type": "MULTIPLE_CHOICE", "text": "Что побуждает вас стать наставником?", "hint": "Можно выбрать несколько вариантов", "required": true, "options": [{"code": "SHARE_EXPERIENCE", "label": "Желание поделиться профессиональным опытом"}, {"code": "SUPPORT_YOUNG", "label": "Помочь молодым педагогам адаптироваться в профессии"}, {"code": "OWN_GROWTH", "label": "Собственное профессиональное развитие"}, {"code": "TEAM_CLIMATE", "label": "Улучшение климата в коллективе"}, {"code": "CERTIFICATION", "label": "Аттестация и профессиональный рост"}, {"code": "ADMINISTRATION", "label": "Предложение администрации"}]},
  {"code": "MENTORING_EXPERIENCE", "type": "SINGLE_CHOICE", "text": "Есть ли у вас опыт наставничества?", "required": true, "options": [{"code": "NONE", "label": "Нет"}, {"code": "INFORMAL", "label": "Да, неформальный: помогал(а) коллегам по своей инициативе"}, {"code": "FORMAL_UNDER_1Y", "label": "Да, официальный, менее года"}, {"code": "FORMAL_1_3Y", "label": "Да, официальный, от 1 до 3 лет"}, {"code": "FORMAL_OVER_3Y", "label": "Да, официальный, более 3 лет"}]},
  {"code": "COMPETENCIES", "type": "MULTIPLE_CHOICE", "text": "Какими профессиональными компетенциями вы готовы делиться?", "hint": "Темы из справочника профессиональных запросов и компетенций", "required": true, "options": [{"code": "METHODS_SUBJECT", "label": "Методика преподавания предмета"}, {"code": "DIGITAL_TOOLS", "label": "Цифровые инструменты и ЭОР"}, {"code": "EXAM_PREPARATION", "label": "Подготовка к ОГЭ и ЕГЭ"}, {"code": "PROJECT_WORK", "label": "Проектная и исследовательская деятельность"}, {"code": "DISCIPLINE", "label": "Дисциплина и управление классом"}, {"code": "INCLUSIVE_EDUCATION", "label": "Инклюзивное образование"}, {"code": "GIFTED_CHILDREN", "label": "Работа с одарёнными детьми"}, {"code": "CLASS_TUTORSHIP", "label": "Классное руководство"}, {"code": "WORK_WITH_PARENTS", "label": "Работа с родителями"}, {"code": "TEAM_ADAPTATION", "label": "Адаптация в коллективе"}, {"code": "DOCUMENTATION", "label": "Ведение документации"}, {"code": "SELF_EDUCATION", "label": "Профессиональное саморазвитие"}]},
  {"code": "ROLE_MODELS", "type": "MULTIPLE_CHOICE", "text": "Какие формы наставничества вам ближе?", "required": true, "options": [{"code": "TEACHER_TEACHER", "label": "Учитель – учитель"}, {"code": "HEAD_TEACHER", "label": "Руководитель – учитель"}, {"code": "PUPIL_PUPIL", "label": "Ученик – ученик"}, {"code": "STUDENT_PUPIL", "label": "Студент – ученик"}, {"code": "STUDENT_STUDENT", "label": "Студент – студент"}, {"code": "EMPLOYER_STUDENT", "label": "Работодатель – студент"}]},
  {"code": "FORMATS", "type": "MULTIPLE_CHOICE", "text": "В каком формате вы готовы работать?", "required": true, "options": [{"code": "TRADITIONAL", "label": "Традиционное (долгосрочное) наставничество"}, {"code": "SHORT_TERM", "label": "Краткосрочное, целеполагающее"}, {"code": "SITUATIONAL", "label": "Ситуационное"}, {"code": "SPEED", "label": "Скоростное"}, {"code": "GROUP", "label": "Групповое"}, {"code": "VIRTUAL", "label": "Виртуальное (дистанционное)"}, {"code": "REVERSE", "label": "Реверсивное"}]},
  {"code": "READINESS", "type": "SCALE", "text": "Оцените свою готовность стать наставником", "required": true, "minLabel": "совсем не готов(а)", "maxLabel": "полностью готов(а)"},
  {"code": "TIME_PER_MONTH", "type": "SINGLE_CHOICE", "text": "Сколько времени в месяц вы готовы уделять наставничеству?", "required": true, "options": [{"code": "UP_TO_2H", "label": "До 2 часов"}, {"code": "FROM_2_TO_4H", "label": "2–4 часа"}, {"code": "FROM_4_TO_8H", "label": "4–8 часов"}, {"code": "OVER_8H", "label": "Более 8 часов"}]},
  {"code": "COMMENT", "type": "FREE_TEXT", "text": "Что ещё вы хотели бы сообщить куратору наставничества?", "required": false, "maxLength": 2000}
]
$json$::jsonb, 'system', TIMESTAMPTZ '2026-09-01 00:00:00+00');

INSERT INTO questionnaire_form (id, code, purpose, organization_id, based_on, state, version, revision, created_by, updated_at)
VALUES ('00000000-0000-4000-9000-000000000002', 'MENTEE', 'MENTEE', NULL, NULL, 'PUBLISHED', 1, 1, 'system', TIMESTAMPTZ '2026-09-01 00:00:00+00');

INSERT INTO questionnaire_form_version (form_id, version, title, description, questions, created_by, created_at)
VALUES ('00000000-0000-4000-9000-000000000002', 1, 'Анкета наставляемого', 'Заполняется педагогом, которому нужна поддержка наставника. Ответы помогают куратору сформировать банк наставляемых и их профессиональные запросы.', $json$
[
  {"code": "DIFFICULTIES", "type": "MULTIPLE_CHOICE", "text": "С какими трудностями вы сталкиваетесь в работе?", "hint": "Можно выбрать несколько вариантов", "required": true, "options": [{"code": "LESSON_PLANNING", "label": "Планирование и проведение урока"}, {"code": "DISCIPLINE", "label": "Дисциплина на уроке"}, {"code": "PARENTS", "label": "Взаимодействие с родителями"}, {"code": "DOCUMENTATION", "label": "Ведение документации"}, {"code": "WORKLOAD", "label": "Высокая нагрузка, нехватка времени"}, {"code": "TEAM", "label": "Адаптация в коллективе"}, {"code": "ASSESSMENT", "label": "Оценивание результатов обучающихся"}, {"code": "NONE", "label": "Трудностей не испытываю"}]},
  {"code": "REQUESTS", "type": "MULTIPLE_CHOICE", "text": "Ваши профессиональные запросы: в чём вам нужна помощь наставника?", "required": true, "options": [{"code": "METHODS_SUBJECT", "label": "Методика преподавания предмета"}, {"code": "DIGITAL_TOOLS", "label": "Цифровые инструменты и ЭОР"}, {"code": "EXAM_PREPARATION", "label": "Подготовка к ОГЭ и ЕГЭ"}, {"code": "PROJECT_WORK", "label": "Проектная и исследовательская деятельность"}, {"code": "DISCIPLINE", "label": "Дисциплина и управление классом"}, {"code": "INCLUSIVE_EDUCATION", "label": "Инклюзивное образование"}, {"code": "GIFTED_CHILDREN", "label": "Работа с одарёнными детьми"}, {"code": "CLASS_TUTORSHIP", "label": "Классное руководство"}, {"code": "WORK_WITH_PARENTS", "label": "Работа с родителями"}, {"code": "TEAM_ADAPTATION", "label": "Адаптация в коллективе"}, {"code": "DOCUMENTATION", "label": "Ведение документации"}, {"code": "SELF_EDUCATION", "label": "Профессиональное саморазвитие"}]},
  {"code": "EXPECTATIONS", "type": "MULTIPLE_CHOICE", "text": "Чего вы ждёте от наставничества?", "required": true, "options": [{"code": "METHODICAL_HELP", "label": "Методической помощи"}, {"code": "PSYCHOLOGICAL_SUPPORT", "label": "Психологической поддержки"}, {"code": "LESSON_VISITS", "label": "Взаимопосещения уроков"}, {"code": "CAREER_PATH", "label": "Помощи в построении профессиональной траектории"}, {"code": "CONTEST_PREPARATION", "label": "Подготовки к профессиональным конкурсам"}, {"code": "CERTIFICATION", "label": "Подготовки к аттестации"}]},
  {"code": "PREFERRED_FORMAT", "type": "SINGLE_CHOICE", "text": "Какой формат работы с наставником вам удобнее?", "required": true, "options": [{"code": "FACE_TO_FACE", "label": "Очные встречи"}, {"code": "ONLINE", "label": "Дистанционно"}, {"code": "MIXED", "label": "Смешанный формат"}, {"code": "GROUP", "label": "Групповые занятия"}]},
  {"code": "SELF_ASSESSMENT", "type": "SCALE", "text": "Оцените свою уверенность в профессиональной деятельности", "required": true, "minLabel": "очень неуверенно", "maxLabel": "полностью уверенно"},
  {"code": "TEAM_COMFORT", "type": "SCALE", "text": "Насколько комфортно вам в педагогическом коллективе?", "required": false, "minLabel": "некомфортно", "maxLabel": "очень комфортно"},
  {"code": "COMMENT", "type": "FREE_TEXT", "text": "Опишите ситуацию, в которой вам особенно нужна поддержка", "required": false, "maxLength": 2000}
]
$json$::jsonb, 'system', TIMESTAMPTZ '2026-09-01 00:00:00+00');

INSERT INTO questionnaire_form (id, code, purpose, organization_id, based_on, state, version, revision, created_by, updated_at)
VALUES ('00000000-0000-4000-9000-000000000003', 'NETWORKING_PREFERENCE', 'NETWORKING_PREFERENCE', NULL, NULL, 'PUBLISHED', 1, 1, 'system', TIMESTAMPTZ '2026-09-01 00:00:00+00');

INSERT INTO questionnaire_form_version (form_id, version, title, description, questions, created_by, created_at)
VALUES ('00000000-0000-4000-9000-000000000003', 1, 'Анкета участника нетворкинг-встречи', 'Заполняется после нетворкинг-встречи: кого вы хотели бы видеть наставником или наставляемым.', $json$
[
  {"code": "PARTICIPANT_ROLE", "type": "SINGLE_CHOICE", "text": "В какой роли вы участвуете во встрече?", "required": true, "options": [{"code": "MENTOR", "label": "Наставник"}, {"code": "MENTEE", "label": "Наставляемый"}]},
  {"code": "PREFERRED_MENTORS", "type": "RANKED_PEOPLE", "text": "Кого вы хотели бы видеть своим наставником?", "hint": "Выберите до 3 человек по приоритету: 1 — самый желательный", "required": false, "maxRanks": 3, "rankedRole": "MENTOR_CANDIDATE"},
  {"code": "PREFERRED_MENTEES", "type": "RANKED_PEOPLE", "text": "Кого вы хотели бы видеть своим наставляемым?", "hint": "Выберите до 3 человек по приоритету: 1 — самый желательный", "required": false, "maxRanks": 3, "rankedRole": "MENTEE_CANDIDATE"},
  {"code": "REASONS", "type": "FREE_TEXT", "text": "Почему вы выбрали этих людей?", "required": false, "maxLength": 2000},
  {"code": "COMMUNICATION_FORMATS", "type": "MULTIPLE_CHOICE", "text": "Какие форматы общения вам удобны?", "required": false, "options": [{"code": "FACE_TO_FACE", "label": "Очные встречи"}, {"code": "ONLINE", "label": "Видеосвязь"}, {"code": "MESSENGER", "label": "Переписка в мессенджере"}, {"code": "LESSON_VISITS", "label": "Взаимопосещение уроков"}]},
  {"code": "MEETING_USEFULNESS", "type": "SCALE", "text": "Насколько полезной была для вас встреча?", "required": false, "minLabel": "бесполезной", "maxLabel": "очень полезной"}
]
$json$::jsonb, 'system', TIMESTAMPTZ '2026-09-01 00:00:00+00');
