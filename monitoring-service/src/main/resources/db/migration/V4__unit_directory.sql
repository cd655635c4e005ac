-- Names of the region, its municipalities and organizations, from OrganizationRegistered: dashboards, drill-downs
-- and reports name the units behind every figure without asking participant-service.
CREATE TABLE unit_directory (
    unit_id     UUID         PRIMARY KEY,
    level       VARCHAR(20)  NOT NULL,
    parent_id   UUID,
    name        VARCHAR(300) NOT NULL,
    type        VARCHAR(40)
);
CREATE INDEX unit_directory_parent ON unit_directory (parent_id);
