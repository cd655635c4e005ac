-- Choices from the networking-meeting form (QuestionnaireSubmitted, purpose NETWORKING_PREFERENCE): whom a person
-- would like as mentor or mentee, ranked (1 = first choice). Replaced by each new submission.
CREATE TABLE networking_preference (
    person_id    UUID        NOT NULL,
    preferred_id UUID        NOT NULL,
    rank         SMALLINT    NOT NULL,
    preferred_as VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, preferred_id)
);

-- A round of matching run by a curator: the weights and options it ran with, and what it proposed.
CREATE TABLE matching_round (
    id                UUID         PRIMARY KEY,
    organization_id   UUID         NOT NULL,
    run_by            VARCHAR(200) NOT NULL,
    run_at            TIMESTAMPTZ  NOT NULL,
    weights           JSONB        NOT NULL,
    network_mentoring BOOLEAN      NOT NULL,
    total_score       BIGINT       NOT NULL
);
CREATE INDEX matching_round_organization ON matching_round (organization_id, run_at DESC);

-- A proposed pair with each criterion's contribution and the next-best alternatives, and the curator's decision.
CREATE TABLE matching_proposal (
    round_id      UUID        NOT NULL REFERENCES matching_round (id),
    mentee_id     UUID        NOT NULL,
    mentor_id     UUID        NOT NULL,
    score         INTEGER     NOT NULL,
    contributions JSONB       NOT NULL,
    alternatives  JSONB       NOT NULL,
    decision      VARCHAR(20) NOT NULL,
    pair_id       UUID,
    PRIMARY KEY (round_id, mentee_id)
);

-- Mentees the round left without a pair, and why; they stay in the search and get priority next round.
CREATE TABLE matching_unmatched (
    round_id  UUID        NOT NULL REFERENCES matching_round (id),
    mentee_id UUID        NOT NULL,
    reason    VARCHAR(40) NOT NULL,
    PRIMARY KEY (round_id, mentee_id)
);
