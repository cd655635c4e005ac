-- Every indicator's figures per organization and academic year (start year: 2025 is 2025/2026), written by the
-- projections. Municipal and regional dashboards are sums over these rows; no personal data lives here.
CREATE TABLE indicator_fact (
    organization_id UUID        NOT NULL,
    municipality_id UUID        NOT NULL,
    region_id       UUID        NOT NULL,
    academic_year   INTEGER     NOT NULL,
    indicator       VARCHAR(40) NOT NULL,
    numerator       BIGINT      NOT NULL DEFAULT 0,
    denominator     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, academic_year, indicator)
);
CREATE INDEX indicator_fact_municipality ON indicator_fact (municipality_id, academic_year);
CREATE INDEX indicator_fact_region ON indicator_fact (region_id, academic_year);
