-- participant-service no longer sends names (they stay where consent is kept); pairing works with ids and the
-- professional attributes matching needs: subjects, category, experience, status, other organizations, topics.
ALTER TABLE eligible_participant DROP COLUMN full_name;
ALTER TABLE eligible_participant ADD COLUMN subjects TEXT[] NOT NULL DEFAULT '{}';
UPDATE eligible_participant SET subjects = ARRAY[subject] WHERE subject IS NOT NULL;
ALTER TABLE eligible_participant DROP COLUMN subject;
ALTER TABLE eligible_participant
    ADD COLUMN qualification_category VARCHAR(40) NOT NULL DEFAULT 'NONE',
    ADD COLUMN status                 VARCHAR(20) NOT NULL DEFAULT 'CANDIDATE',
    ADD COLUMN other_organization_ids UUID[]      NOT NULL DEFAULT '{}';

-- Mentees' requests and mentors' competencies: taxonomy codes with levels 1–3.
CREATE TABLE participant_topic (
    person_id  UUID        NOT NULL REFERENCES eligible_participant (person_id) ON DELETE CASCADE,
    kind       VARCHAR(20) NOT NULL,
    topic_code VARCHAR(60) NOT NULL,
    level      SMALLINT    NOT NULL,
    PRIMARY KEY (person_id, kind, topic_code)
);
