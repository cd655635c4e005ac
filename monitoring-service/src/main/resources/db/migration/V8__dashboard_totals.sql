-- Regional dashboards add up every organization of a region (3,000 × 8 indicators a year, 72,000 rows over three years):
-- too much to sum on every request on a small server. indicator_total keeps those sums per municipality, year and
-- indicator, maintained by a trigger in the same transaction as each fact, so projections keep writing indicator_fact
-- only and a regional dashboard reads at most 40 municipalities × 8 indicators a year. below_target counts the
-- organizations (fact rows) below the indicator's target, for the «organizations below target» figures.

-- The catalogue's targets, for the trigger; the service writes them from the Indicator enum at start-up and rebuilds
-- indicator_total when one changed (JdbcIndicatorTargets).
CREATE TABLE indicator_target (
    indicator VARCHAR(40)   PRIMARY KEY,
    kind      VARCHAR(10)   NOT NULL,
    target    NUMERIC(10,2) NOT NULL
);
INSERT INTO indicator_target (indicator, kind, target) VALUES
    ('MENTORS_SHARE_OF_TEACHING_STAFF', 'SHARE', 5),
    ('PARTICIPANTS_IN_PAIRS', 'SHARE', 100),
    ('PLAN_FULFILMENT', 'SHARE', 90),
    ('FEEDBACK_AFTER_MEETINGS', 'SHARE', 100),
    ('DIAGNOSTICS_COVERAGE', 'SHARE', 100),
    ('FINAL_MEETING_PARTICIPATION', 'SHARE', 90),
    ('ROADMAP_ON_TIME', 'SHARE', 100),
    ('PRACTICES_PUBLISHED', 'COUNT', 2);

CREATE TABLE indicator_total (
    municipality_id UUID        NOT NULL,
    region_id       UUID        NOT NULL,
    academic_year   INTEGER     NOT NULL,
    indicator       VARCHAR(40) NOT NULL,
    numerator       BIGINT      NOT NULL DEFAULT 0,
    denominator     BIGINT      NOT NULL DEFAULT 0,
    organizations   INTEGER     NOT NULL DEFAULT 0,
    below_target    INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (municipality_id, academic_year, indicator)
);
CREATE INDEX indicator_total_region ON indicator_total (region_id, academic_year);

-- 1 when an organization's figures are below the target: a share with data under its percentage, a count under its
-- minimum; 0 otherwise (also for a share without a denominator: no data is not «below»).
CREATE FUNCTION indicator_below_target(code VARCHAR, n BIGINT, d BIGINT) RETURNS INTEGER
LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT CASE WHEN t.kind = 'SHARE' THEN (d > 0 AND n * 100 < t.target * d)::int
                                 ELSE (n < t.target)::int END
                     FROM indicator_target t WHERE t.indicator = code), 0)
$$;

CREATE FUNCTION indicator_total_add(m UUID, r UUID, y INTEGER, code VARCHAR, n BIGINT, d BIGINT, o INTEGER, b INTEGER)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO indicator_total AS t (municipality_id, region_id, academic_year, indicator, numerator, denominator,
        organizations, below_target)
    VALUES (m, r, y, code, n, d, o, b)
    ON CONFLICT (municipality_id, academic_year, indicator) DO UPDATE
        SET numerator = t.numerator + excluded.numerator, denominator = t.denominator + excluded.denominator,
            organizations = t.organizations + excluded.organizations, below_target = t.below_target + excluded.below_target
$$;

CREATE FUNCTION indicator_total_follow_fact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM indicator_total_add(OLD.municipality_id, OLD.region_id, OLD.academic_year, OLD.indicator,
            -OLD.numerator, -OLD.denominator, -1, -indicator_below_target(OLD.indicator, OLD.numerator, OLD.denominator));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM indicator_total_add(NEW.municipality_id, NEW.region_id, NEW.academic_year, NEW.indicator,
            NEW.numerator, NEW.denominator, 1, indicator_below_target(NEW.indicator, NEW.numerator, NEW.denominator));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER indicator_fact_totals AFTER INSERT OR UPDATE OR DELETE ON indicator_fact
    FOR EACH ROW EXECUTE FUNCTION indicator_total_follow_fact();

CREATE FUNCTION indicator_total_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE indicator_total;
    RETURN NULL;
END
$$;

CREATE TRIGGER indicator_fact_cleared AFTER TRUNCATE ON indicator_fact
    FOR EACH STATEMENT EXECUTE FUNCTION indicator_total_clear();

-- Facts written before this migration.
INSERT INTO indicator_total (municipality_id, region_id, academic_year, indicator, numerator, denominator, organizations,
    below_target)
SELECT municipality_id, region_id, academic_year, indicator, sum(numerator), sum(denominator), count(*),
       sum(indicator_below_target(indicator, numerator, denominator))
FROM indicator_fact GROUP BY municipality_id, region_id, academic_year, indicator;
