package ru.nastavnik.pairing.infrastructure;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.pairing.domain.OrganizationPlaces;

@Repository
class JdbcOrganizationPlaces implements OrganizationPlaces {

    private final JdbcClient jdbc;

    JdbcOrganizationPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(UUID organizationId, UUID municipalityId, UUID regionId) {
        jdbc.sql("""
                INSERT INTO organization_place (organization_id, municipality_id, region_id) VALUES (?, ?, ?)
                ON CONFLICT (organization_id) DO UPDATE SET municipality_id = excluded.municipality_id,
                    region_id = excluded.region_id
                """).params(organizationId, municipalityId, regionId).update();
    }

    @Override
    public Optional<UUID[]> of(UUID organizationId) {
        return jdbc.sql("SELECT region_id, municipality_id FROM organization_place WHERE organization_id = ?")
                .param(organizationId)
                .query((rs, n) -> new UUID[] { rs.getObject("region_id", UUID.class), rs.getObject("municipality_id", UUID.class) })
                .optional();
    }
}
