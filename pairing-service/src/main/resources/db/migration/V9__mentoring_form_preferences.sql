-- The form of mentoring each side wants, from their questionnaires: the mentee's preferred format (one) and the
-- formats a mentor candidate is ready to work in (several); the matching criterion MENTORING_FORM compares them.
ALTER TABLE eligible_participant
    ADD COLUMN preferred_form VARCHAR(40),
    ADD COLUMN offered_forms  TEXT[] NOT NULL DEFAULT '{}';
