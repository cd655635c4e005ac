-- The version of each organization's yearly results as published in OrganizationResultsRecorded: raised once per
-- transaction that changed the organization's facts of that year. The row lock the raise takes orders those
-- transactions, so a higher version always carries figures at least as recent.
CREATE TABLE organization_results_version (
    organization_id UUID    NOT NULL,
    academic_year   INTEGER NOT NULL,
    version         BIGINT  NOT NULL,
    PRIMARY KEY (organization_id, academic_year)
);
