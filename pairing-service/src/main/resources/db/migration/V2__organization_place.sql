-- Where each organization sits (region → municipality), from OrganizationRegistered: access checks need it.
CREATE TABLE organization_place (
    organization_id UUID PRIMARY KEY,
    municipality_id UUID NOT NULL,
    region_id       UUID NOT NULL
);
