-- Tables of the starter's test application only.
CREATE TABLE test_organization (
    id   UUID         PRIMARY KEY,
    name VARCHAR(300) NOT NULL
);

CREATE TABLE test_counter (
    organization_id UUID    PRIMARY KEY,
    registrations   INTEGER NOT NULL
);
