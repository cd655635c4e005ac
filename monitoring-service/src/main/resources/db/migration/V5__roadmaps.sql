-- Roadmaps (дорожные карты) of organizations, municipalities and the region, one per owner and academic year
-- (start year: 2025 is 2025/2026). Region and municipality are stored with the roadmap so access checks and the
-- completion views need no join. No personal data: responsible executors are roles or text as written.
CREATE TABLE roadmap (
    id              UUID         PRIMARY KEY,
    owner_level     VARCHAR(20)  NOT NULL,
    owner_id        UUID         NOT NULL,
    region_id       UUID         NOT NULL,
    municipality_id UUID,
    organization_id UUID,
    academic_year   INTEGER      NOT NULL,
    title           VARCHAR(500) NOT NULL,
    version         INTEGER      NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL,
    UNIQUE (owner_id, academic_year)
);
CREATE INDEX roadmap_municipality ON roadmap (municipality_id, academic_year);
CREATE INDEX roadmap_region ON roadmap (region_id, academic_year);

-- Items in document order (position); number is derived from the tree and stored for exports and reading.
CREATE TABLE roadmap_item (
    id                    UUID         PRIMARY KEY,
    roadmap_id            UUID         NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    parent_id             UUID,
    position              INTEGER      NOT NULL,
    number                VARCHAR(30)  NOT NULL,
    stage                 TEXT         NOT NULL,
    activities            TEXT         NOT NULL,
    deadline_text         TEXT         NOT NULL,
    deadline_kind         VARCHAR(20)  NOT NULL,
    deadline_from         DATE,
    deadline_to           DATE,
    deadline_recurrence   VARCHAR(20)  NOT NULL,
    responsible           TEXT         NOT NULL,
    responsible_municipal TEXT         NOT NULL,
    expected_result       TEXT         NOT NULL,
    indicator_text        TEXT         NOT NULL,
    kpi                   VARCHAR(40),
    status                VARCHAR(20)  NOT NULL,
    done_on               DATE,
    recurring             BOOLEAN      NOT NULL,
    evidence_link         VARCHAR(1000)
);
CREATE INDEX roadmap_item_roadmap ON roadmap_item (roadmap_id, position);

-- Uploaded evidence of an item (an order, a protocol, a photo); one file per item, size-limited by the service.
CREATE TABLE roadmap_evidence (
    item_id      UUID         PRIMARY KEY REFERENCES roadmap_item (id) ON DELETE CASCADE,
    file_name    VARCHAR(300) NOT NULL,
    content_type VARCHAR(150) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  VARCHAR(200) NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A file uploaded for import and previewed, waiting for the curator's confirmation.
CREATE TABLE roadmap_import (
    id            UUID         PRIMARY KEY,
    owner_level   VARCHAR(20)  NOT NULL,
    owner_id      UUID         NOT NULL,
    academic_year INTEGER      NOT NULL,
    file_name     VARCHAR(300) NOT NULL,
    content       BYTEA        NOT NULL,
    uploaded_by   VARCHAR(200) NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL
);
