-- 152-ФЗ: pairing may draw only on people who consented to the processing of their personal data.
-- Learnt from ConsentGranted / ConsentWithdrawn (scope PERSONAL_DATA_PROCESSING) only.
ALTER TABLE eligible_participant ADD COLUMN consent_to_processing BOOLEAN NOT NULL DEFAULT FALSE;

-- People who withdrew that consent: their data is erased at once, and a later (replayed) ParticipantRegistered
-- must not bring it back. Only the id and the date: no personal data by itself.
CREATE TABLE withdrawn_person (
    person_id    UUID PRIMARY KEY,
    withdrawn_on DATE NOT NULL
);
