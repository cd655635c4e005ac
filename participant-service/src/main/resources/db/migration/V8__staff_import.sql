-- Imports of staff lists (списки сотрудников, XLSX or CSV) into an organization's banks: one row per real run.
-- sha256 identifies the file without keeping it; rows_processed / rows_total is the progress the portal shows.
-- Dry runs are not recorded: they write nothing.
CREATE TABLE import_job (
    id              UUID         PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organization (id),
    file_name       VARCHAR(300),
    sha256          CHAR(64)     NOT NULL,
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    rows_total      INTEGER      NOT NULL CHECK (rows_total >= 0),
    rows_processed  INTEGER      NOT NULL DEFAULT 0 CHECK (rows_processed >= 0),
    created_count   INTEGER      NOT NULL DEFAULT 0,
    updated_count   INTEGER      NOT NULL DEFAULT 0,
    unchanged_count INTEGER      NOT NULL DEFAULT 0,
    failure         VARCHAR(500),
    started_at      TIMESTAMPTZ  NOT NULL,
    finished_at     TIMESTAMPTZ,
    started_by      VARCHAR(200) NOT NULL
);
CREATE INDEX import_job_organization ON import_job (organization_id, started_at DESC);
