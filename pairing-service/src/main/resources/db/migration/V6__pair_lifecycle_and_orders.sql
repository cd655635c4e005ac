-- Each participant's written consent to take part in the pair or group (not the 152-ФЗ consent to processing,
-- which participant-service holds): when it was signed, the document's reference, who recorded it. A pair may be
-- fixed by the director's order only once everyone in it has one.
CREATE TABLE pair_consent (
    pair_id        UUID         NOT NULL REFERENCES mentoring_pair (id),
    participant_id UUID         NOT NULL,
    signed_on      DATE         NOT NULL,
    document_ref   VARCHAR(100) NOT NULL,
    recorded_by    VARCHAR(200) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (pair_id, participant_id)
);

-- Dissolution: dissolved_on and dissolution_reason (a PairChangeReason code) exist since V5; who did it, and a
-- short comment for the curator (never sent in events).
ALTER TABLE mentoring_pair ADD COLUMN dissolved_by VARCHAR(200);
ALTER TABLE mentoring_pair ADD COLUMN dissolution_note VARCHAR(500);

-- A mentee who left: leave_reason holds the reason code (V5); who recorded the change.
ALTER TABLE pair_member ADD COLUMN changed_by VARCHAR(200);

-- Former mentors of a pair or group, with the date and reason code of the change.
CREATE TABLE pair_former_mentor (
    pair_id     UUID         NOT NULL REFERENCES mentoring_pair (id),
    mentor_id   UUID         NOT NULL,
    left_on     DATE         NOT NULL,
    reason      VARCHAR(40)  NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (pair_id, mentor_id)
);

-- The director's order fixing pairs and groups (приказ о закреплении наставнических пар/групп). Names of the
-- people in the pairs are never stored: the caller passes them only to render the document.
CREATE TABLE pairing_order (
    id                UUID         PRIMARY KEY,
    organization_id   UUID         NOT NULL,
    municipality_id   UUID         NOT NULL,
    region_id         UUID         NOT NULL,
    number            VARCHAR(30)  NOT NULL,
    order_date        DATE         NOT NULL,
    organization_name VARCHAR(300) NOT NULL,
    title             VARCHAR(300) NOT NULL,
    curator_name      VARCHAR(200) NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    UNIQUE (organization_id, number)
);

-- The pairs an order fixes; a pair is fixed by one order at most.
CREATE TABLE pairing_order_pair (
    order_id UUID NOT NULL REFERENCES pairing_order (id),
    pair_id  UUID NOT NULL UNIQUE REFERENCES mentoring_pair (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (order_id, pair_id)
);

-- An organization's edited DOCX template of the order; without one the default shipped in the jar is used.
CREATE TABLE order_template (
    organization_id UUID         PRIMARY KEY,
    content         BYTEA        NOT NULL,
    uploaded_by     VARCHAR(200) NOT NULL,
    uploaded_at     TIMESTAMPTZ  NOT NULL
);
