-- Ledger of events a consumer has applied: written in the consumer's own transaction, so a redelivered
-- event (Kafka is at-least-once) is recognised and has no second effect.
CREATE TABLE platform_processed_event (
    consumer     VARCHAR(200) NOT NULL,
    event_id     VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
