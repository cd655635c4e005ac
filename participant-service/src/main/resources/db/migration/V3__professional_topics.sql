-- The taxonomy of professional topics (профессиональные запросы наставляемых, компетенции наставников).
-- Default topics (region_id NULL) are shipped here with stable codes; a regional institute may add topics
-- visible only in its region. Codes are unique across all regions.
CREATE TABLE professional_topic (
    code        VARCHAR(60)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    topic_group VARCHAR(200) NOT NULL,
    region_id   UUID         REFERENCES region (id),
    position    INTEGER      NOT NULL DEFAULT 1000
);
CREATE INDEX professional_topic_region ON professional_topic (region_id);

INSERT INTO professional_topic (code, name, topic_group, position) VALUES
    ('METHODS_SUBJECT',     'Методика преподавания предмета',            'Методическая работа', 10),
    ('DIGITAL_TOOLS',       'Цифровые инструменты и ЭОР',                'Методическая работа', 20),
    ('EXAM_PREPARATION',    'Подготовка к ОГЭ и ЕГЭ',                    'Методическая работа', 30),
    ('PROJECT_WORK',        'Проектная и исследовательская деятельность', 'Методическая работа', 40),
    ('DISCIPLINE',          'Дисциплина и управление классом',           'Работа с обучающимися', 50),
    ('INCLUSIVE_EDUCATION', 'Инклюзивное образование',                   'Работа с обучающимися', 60),
    ('GIFTED_CHILDREN',     'Работа с одарёнными детьми',                'Работа с обучающимися', 70),
    ('CLASS_TUTORSHIP',     'Классное руководство',                      'Воспитательная работа и взаимодействие', 80),
    ('WORK_WITH_PARENTS',   'Работа с родителями',                       'Воспитательная работа и взаимодействие', 90),
    ('TEAM_ADAPTATION',     'Адаптация в коллективе',                    'Профессиональное становление', 100),
    ('DOCUMENTATION',       'Ведение документации',                      'Профессиональное становление', 110),
    ('SELF_EDUCATION',      'Профессиональное саморазвитие',             'Профессиональное становление', 120);

-- A person's professional requests (kind REQUEST) and competencies (kind COMPETENCY): topic, level 1–3, comment.
CREATE TABLE person_topic (
    person_id  UUID          NOT NULL REFERENCES person (id),
    kind       VARCHAR(20)   NOT NULL,
    topic_code VARCHAR(60)   NOT NULL REFERENCES professional_topic (code),
    level      SMALLINT      NOT NULL CHECK (level BETWEEN 1 AND 3),
    comment    VARCHAR(1000),
    position   INTEGER       NOT NULL,
    PRIMARY KEY (person_id, kind, topic_code)
);
