-- Transactional outbox: an integration event is written in the same transaction as the state change
-- it describes, then relayed to Kafka after commit. Rows stay until acknowledged by the broker.
CREATE TABLE platform_outbox (
    position     BIGSERIAL    PRIMARY KEY,
    event_id     UUID         NOT NULL UNIQUE,
    topic        VARCHAR(200) NOT NULL,
    event_key    VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    subject      VARCHAR(200),
    payload      BYTEA        NOT NULL,
    traceparent  VARCHAR(100),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ
);
CREATE INDEX platform_outbox_unpublished ON platform_outbox (position) WHERE published_at IS NULL;
