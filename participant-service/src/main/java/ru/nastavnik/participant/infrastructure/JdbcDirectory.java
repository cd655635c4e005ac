package ru.nastavnik.participant.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.OrganizationType;
import ru.nastavnik.participant.domain.Directory;
import ru.nastavnik.participant.domain.Municipality;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.Region;

@Repository
class JdbcDirectory implements Directory {

    private final JdbcClient jdbc;

    JdbcDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Region region) {
        jdbc.sql("INSERT INTO region (id, name) VALUES (?, ?)").params(region.id(), region.name()).update();
    }

    @Override
    public void add(Municipality municipality) {
        jdbc.sql("INSERT INTO municipality (id, region_id, name) VALUES (?, ?, ?)")
                .params(municipality.id(), municipality.regionId(), municipality.name()).update();
    }

    @Override
    public void add(Organization organization) {
        jdbc.sql("INSERT INTO organization (id, municipality_id, name, type) VALUES (?, ?, ?, ?)")
                .params(organization.id(), organization.municipalityId(), organization.name(),
                        organization.type().name())
                .update();
    }

    @Override
    public Optional<Region> region(UUID id) {
        return jdbc.sql("SELECT id, name FROM region WHERE id = ?").param(id)
                .query((rs, n) -> new Region(rs.getObject("id", UUID.class), rs.getString("name"))).optional();
    }

    @Override
    public Optional<Municipality> municipality(UUID id) {
        return jdbc.sql("SELECT id, region_id, name FROM municipality WHERE id = ?").param(id)
                .query((rs, n) -> new Municipality(rs.getObject("id", UUID.class), rs.getObject("region_id", UUID.class),
                        rs.getString("name")))
                .optional();
    }

    @Override
    public Optional<Organization> organization(UUID id) {
        return jdbc.sql("SELECT id, municipality_id, name, type FROM organization WHERE id = ?").param(id)
                .query((rs, n) -> organization(rs)).optional();
    }

    @Override
    public boolean regionNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM region WHERE lower(name) = lower(?)").param(name)
                .query(Long.class).single() > 0;
    }

    @Override
    public boolean municipalityNamed(UUID regionId, String name) {
        return jdbc.sql("SELECT count(*) FROM municipality WHERE region_id = ? AND lower(name) = lower(?)")
                .params(regionId, name).query(Long.class).single() > 0;
    }

    @Override
    public boolean organizationNamed(UUID municipalityId, String name) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE municipality_id = ? AND lower(name) = lower(?)")
                .params(municipalityId, name).query(Long.class).single() > 0;
    }

    @Override
    public List<Region> regions() {
        return jdbc.sql("SELECT id, name FROM region ORDER BY name")
                .query((rs, n) -> new Region(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    @Override
    public List<Municipality> municipalitiesOf(UUID regionId) {
        return jdbc.sql("SELECT id, region_id, name FROM municipality WHERE region_id = ? ORDER BY name").param(regionId)
                .query((rs, n) -> new Municipality(rs.getObject("id", UUID.class), rs.getObject("region_id", UUID.class),
                        rs.getString("name")))
                .list();
    }

    @Override
    public List<Organization> organizationsOf(UUID municipalityId) {
        return jdbc.sql("SELECT id, municipality_id, name, type FROM organization WHERE municipality_id = ? ORDER BY name")
                .param(municipalityId).query((rs, n) -> organization(rs)).list();
    }

    private static Organization organization(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Organization(rs.getObject("id", UUID.class), rs.getObject("municipality_id", UUID.class),
                rs.getString("name"), OrganizationType.valueOf(rs.getString("type")));
    }
}
