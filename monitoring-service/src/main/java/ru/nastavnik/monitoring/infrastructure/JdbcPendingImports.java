package ru.nastavnik.monitoring.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.OwnerLevel;
import ru.nastavnik.monitoring.domain.roadmap.PendingImports;

@Repository
class JdbcPendingImports implements PendingImports {

    private final JdbcClient jdbc;

    JdbcPendingImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(PendingImport upload) {
        jdbc.sql("""
                INSERT INTO roadmap_import (id, owner_level, owner_id, academic_year, file_name, content, uploaded_by,
                    uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(upload.id(), upload.ownerLevel().name(), upload.ownerId(), upload.year().startYear(),
                upload.fileName(), upload.content(), upload.uploadedBy(), Timestamp.from(upload.uploadedAt())).update();
    }

    @Override
    public Optional<PendingImport> find(UUID importId) {
        return jdbc.sql("SELECT * FROM roadmap_import WHERE id = ?").param(importId)
                .query((rs, n) -> new PendingImport(rs.getObject("id", UUID.class),
                        OwnerLevel.valueOf(rs.getString("owner_level")), rs.getObject("owner_id", UUID.class),
                        new AcademicYear(rs.getInt("academic_year")), rs.getString("file_name"), rs.getBytes("content"),
                        rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
                .optional();
    }

    @Override
    public void remove(UUID importId) {
        jdbc.sql("DELETE FROM roadmap_import WHERE id = ?").param(importId).update();
    }

    @Override
    public int removeOlderThan(Instant before) {
        return jdbc.sql("DELETE FROM roadmap_import WHERE uploaded_at < ?").param(Timestamp.from(before)).update();
    }
}
