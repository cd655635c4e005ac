package ru.nastavnik.monitoring.infrastructure;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.indicator.Indicator;
import ru.nastavnik.monitoring.domain.roadmap.Completion;
import ru.nastavnik.monitoring.domain.roadmap.Deadline;
import ru.nastavnik.monitoring.domain.roadmap.EvidenceFile;
import ru.nastavnik.monitoring.domain.roadmap.ItemStatus;
import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;
import ru.nastavnik.monitoring.domain.roadmap.Roadmap;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapItem;
import ru.nastavnik.monitoring.domain.roadmap.Roadmaps;
import ru.nastavnik.platform.jdbc.SqlArrays;

@Repository
class JdbcRoadmaps implements Roadmaps {

    private static final String ITEMS = """
            SELECT i.*, e.file_name, e.content_type, e.size_bytes FROM roadmap_item i
            LEFT JOIN roadmap_evidence e ON e.item_id = i.id
            WHERE i.roadmap_id = ? ORDER BY i.position
            """;

    private final JdbcClient jdbc;

    JdbcRoadmaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(Roadmap roadmap, UnitPlace place) {
        int inserted = jdbc.sql("""
                INSERT INTO roadmap (id, owner_level, owner_id, region_id, municipality_id, organization_id, academic_year,
                    title, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (owner_id, academic_year) DO NOTHING
                """)
                .params(roadmap.id(), roadmap.ownerLevel().name(), roadmap.ownerId(), place.regionId(),
                        place.municipalityId(), place.organizationId(), roadmap.year().startYear(), roadmap.title(),
                        Timestamp.from(roadmap.updatedAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        writeItems(roadmap);
        return true;
    }

    @Override
    public Optional<Roadmap> find(UUID roadmapId) {
        return jdbc.sql("SELECT * FROM roadmap WHERE id = ?").param(roadmapId).query(this::roadmap).optional();
    }

    @Override
    public Optional<Roadmap> find(UUID ownerId, AcademicYear year) {
        return jdbc.sql("SELECT * FROM roadmap WHERE owner_id = ? AND academic_year = ?")
                .params(ownerId, year.startYear()).query(this::roadmap).optional();
    }

    @Override
    public List<Roadmap> ofOwner(UUID ownerId) {
        return jdbc.sql("SELECT * FROM roadmap WHERE owner_id = ? ORDER BY academic_year DESC").param(ownerId)
                .query(this::roadmap).list();
    }

    @Override
    public Optional<Roadmap> update(Roadmap roadmap, int expectedVersion) {
        Instant now = roadmap.updatedAt();
        int updated = jdbc.sql("UPDATE roadmap SET title = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
                .params(roadmap.title(), Timestamp.from(now), roadmap.id(), expectedVersion).update();
        if (updated == 0) {
            return Optional.empty();
        }
        writeItems(roadmap);
        return find(roadmap.id());
    }

    /** Deletes the items no longer there (their evidence goes with them) and upserts the rest in order. */
    private void writeItems(Roadmap roadmap) {
        List<UUID> ids = roadmap.items().stream().map(RoadmapItem::id).toList();
        if (ids.isEmpty()) {
            jdbc.sql("DELETE FROM roadmap_item WHERE roadmap_id = ?").param(roadmap.id()).update();
            return;
        }
        jdbc.sql("DELETE FROM roadmap_item WHERE roadmap_id = ? AND NOT (id = ANY (?::uuid[]))")
                .params(roadmap.id(), SqlArrays.literal(ids)).update();
        int position = 0;
        for (RoadmapItem item : roadmap.items()) {
            Deadline d = item.deadline();
            jdbc.sql("""
                    INSERT INTO roadmap_item (id, roadmap_id, parent_id, position, number, stage, activities, deadline_text,
                        deadline_kind, deadline_from, deadline_to, deadline_recurrence, responsible, responsible_municipal,
                        expected_result, indicator_text, kpi, status, done_on, recurring, evidence_link)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, position = excluded.position,
                        number = excluded.number, stage = excluded.stage, activities = excluded.activities,
                        deadline_text = excluded.deadline_text, deadline_kind = excluded.deadline_kind,
                        deadline_from = excluded.deadline_from, deadline_to = excluded.deadline_to,
                        deadline_recurrence = excluded.deadline_recurrence, responsible = excluded.responsible,
                        responsible_municipal = excluded.responsible_municipal, expected_result = excluded.expected_result,
                        indicator_text = excluded.indicator_text, kpi = excluded.kpi, status = excluded.status,
                        done_on = excluded.done_on, recurring = excluded.recurring, evidence_link = excluded.evidence_link
                    """)
                    .params(item.id(), roadmap.id(), item.parentId(), position++, item.number(), item.stage(),
                            item.activities(), d.original(), d.kind().name(), date(d.from()), date(d.to()),
                            d.recurrence().name(), item.responsible(), item.responsibleMunicipal(), item.expectedResult(),
                            item.indicatorText(), item.kpi() == null ? null : item.kpi().name(), item.status().name(),
                            date(item.doneOn()), item.recurring(), item.evidenceLink())
                    .update();
        }
    }

    @Override
    public Map<UUID, Completion> completionOfOrganizations(Collection<UUID> organizationIds, AcademicYear year,
            LocalDate today) {
        Map<UUID, Completion> result = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return result;
        }
        // The same rule as Completion.of, summed in the database so a region's view reads counts, not items.
        jdbc.sql("""
                SELECT r.owner_id,
                    count(i.id) FILTER (WHERE i.status <> 'CANCELLED') AS items,
                    count(i.id) FILTER (WHERE i.status = 'DONE') AS done,
                    count(i.id) FILTER (WHERE i.status = 'DONE' AND i.deadline_to IS NOT NULL
                        AND i.done_on <= i.deadline_to) AS on_time,
                    count(i.id) FILTER (WHERE i.status IN ('PLANNED', 'IN_PROGRESS') AND i.deadline_to < ?) AS overdue,
                    count(i.id) FILTER (WHERE i.status <> 'CANCELLED' AND i.deadline_to IS NOT NULL
                        AND (i.status = 'DONE' OR i.deadline_to < ?)) AS assessable
                FROM roadmap r LEFT JOIN roadmap_item i ON i.roadmap_id = r.id
                WHERE r.owner_level = 'ORGANIZATION' AND r.academic_year = ? AND r.owner_id = ANY (?::uuid[])
                GROUP BY r.owner_id
                """)
                .params(Date.valueOf(today), Date.valueOf(today), year.startYear(), SqlArrays.literal(organizationIds))
                .query(rs -> {
                    result.put(rs.getObject("owner_id", UUID.class), new Completion(rs.getInt("items"), rs.getInt("done"),
                            rs.getInt("on_time"), rs.getInt("overdue"), rs.getInt("assessable")));
                });
        return result;
    }

    @Override
    public List<UUID> organizationRoadmaps(AcademicYear year) {
        return jdbc.sql("SELECT id FROM roadmap WHERE owner_level = 'ORGANIZATION' AND academic_year = ?")
                .param(year.startYear()).query(UUID.class).list();
    }

    @Override
    public void storeEvidence(UUID itemId, String fileName, String contentType, byte[] content, String uploadedBy) {
        jdbc.sql("""
                INSERT INTO roadmap_evidence (item_id, file_name, content_type, size_bytes, content, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (item_id) DO UPDATE SET file_name = excluded.file_name, content_type = excluded.content_type,
                    size_bytes = excluded.size_bytes, content = excluded.content, uploaded_by = excluded.uploaded_by,
                    uploaded_at = now()
                """).params(itemId, fileName, contentType, content.length, content, uploadedBy).update();
    }

    @Override
    public Optional<StoredEvidence> evidence(UUID itemId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM roadmap_evidence WHERE item_id = ?").param(itemId)
                .query((rs, n) -> new StoredEvidence(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    @Override
    public void deleteEvidence(UUID itemId) {
        jdbc.sql("DELETE FROM roadmap_evidence WHERE item_id = ?").param(itemId).update();
    }

    @Override
    public UnitPlace placeOf(UUID roadmapId) {
        return jdbc.sql("SELECT region_id, municipality_id, organization_id FROM roadmap WHERE id = ?").param(roadmapId)
                .query((rs, n) -> new UnitPlace(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class)))
                .single();
    }

    private Roadmap roadmap(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<RoadmapItem> items = new ArrayList<>(jdbc.sql(ITEMS).param(id).query(JdbcRoadmaps::item).list());
        return new Roadmap(id, OwnerLevel.valueOf(rs.getString("owner_level")), rs.getObject("owner_id", UUID.class),
                new AcademicYear(rs.getInt("academic_year")), rs.getString("title"), items, rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static RoadmapItem item(ResultSet rs, int row) throws SQLException {
        Deadline deadline = new Deadline(rs.getString("deadline_text"), Deadline.Kind.valueOf(rs.getString("deadline_kind")),
                local(rs.getDate("deadline_from")), local(rs.getDate("deadline_to")),
                Deadline.Recurrence.valueOf(rs.getString("deadline_recurrence")));
        String kpi = rs.getString("kpi");
        String fileName = rs.getString("file_name");
        return new RoadmapItem(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
                rs.getString("number"), rs.getString("stage"), rs.getString("activities"), deadline,
                rs.getString("responsible"), rs.getString("responsible_municipal"), rs.getString("expected_result"),
                rs.getString("indicator_text"), kpi == null ? null : Indicator.valueOf(kpi),
                ItemStatus.valueOf(rs.getString("status")), local(rs.getDate("done_on")), rs.getBoolean("recurring"),
                rs.getString("evidence_link"),
                fileName == null ? null : new EvidenceFile(fileName, rs.getString("content_type"), rs.getLong("size_bytes")));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
