package ru.nastavnik.monitoring.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.domain.directory.Unit;
import ru.nastavnik.monitoring.domain.directory.Unit.Level;
import ru.nastavnik.monitoring.domain.directory.UnitDirectory;
import ru.nastavnik.platform.security.Place;

@Repository
class JdbcUnitDirectory implements UnitDirectory {

    private static final String UPSERT = """
            INSERT INTO unit_directory (unit_id, level, parent_id, name, type) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (unit_id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id,
                type = COALESCE(excluded.type, unit_directory.type)
            """;

    private final JdbcClient jdbc;

    JdbcUnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void organizationRegistered(UUID organizationId, String name, String type, UUID municipalityId,
            String municipalityName, UUID regionId, String regionName) {
        jdbc.sql(UPSERT).params(regionId, Level.REGION.name(), null, regionName, null).update();
        jdbc.sql(UPSERT).params(municipalityId, Level.MUNICIPALITY.name(), regionId, municipalityName, null).update();
        jdbc.sql(UPSERT).params(organizationId, Level.ORGANIZATION.name(), municipalityId, name, type).update();
    }

    @Override
    public Optional<Unit> find(UUID unitId) {
        return jdbc.sql("SELECT * FROM unit_directory WHERE unit_id = ?").param(unitId).query(JdbcUnitDirectory::unit)
                .optional();
    }

    @Override
    public List<Unit> children(UUID unitId) {
        return jdbc.sql("SELECT * FROM unit_directory WHERE parent_id = ? ORDER BY name").param(unitId)
                .query(JdbcUnitDirectory::unit).list();
    }

    @Override
    public Optional<Place> placeOf(UUID unitId) {
        return find(unitId).flatMap(unit -> switch (unit.level()) {
            case REGION -> Optional.of(Place.region(unit.id()));
            case MUNICIPALITY -> Optional.of(Place.municipality(unit.parentId(), unit.id()));
            case ORGANIZATION -> find(unit.parentId())
                    .map(municipality -> new Place(municipality.parentId(), municipality.id(), unit.id()));
        });
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getObject("unit_id", UUID.class), Level.valueOf(rs.getString("level")),
                rs.getObject("parent_id", UUID.class), rs.getString("name"), rs.getString("type"));
    }

    @Override
    public void clear() {
        jdbc.sql("TRUNCATE unit_directory").update();
    }
}
