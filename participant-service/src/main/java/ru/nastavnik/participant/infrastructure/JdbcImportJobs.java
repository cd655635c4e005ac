package ru.nastavnik.participant.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.participant.domain.ImportJob;
import ru.nastavnik.participant.domain.ImportJobs;

@Repository
class JdbcImportJobs implements ImportJobs {

    private final JdbcClient jdbc;

    JdbcImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ImportJob job) {
        jdbc.sql("""
                INSERT INTO import_job (id, organization_id, file_name, sha256, status, rows_total, rows_processed,
                    created_count, updated_count, unchanged_count, failure, started_at, finished_at, started_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(job.id(), job.organizationId(), job.fileName(), job.sha256(), job.status().name(), job.rowsTotal(),
                        job.rowsProcessed(), job.created(), job.updated(), job.unchanged(), job.failure(),
                        Timestamp.from(job.startedAt()), job.finishedAt() == null ? null : Timestamp.from(job.finishedAt()),
                        job.startedBy())
                .update();
    }

    @Override
    public Optional<ImportJob> job(UUID id) {
        return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query(JdbcImportJobs::job).optional();
    }

    @Override
    public void progress(UUID id, int rowsProcessed) {
        jdbc.sql("UPDATE import_job SET rows_processed = ? WHERE id = ? AND status = 'RUNNING'").params(rowsProcessed, id).update();
    }

    @Override
    public void succeeded(UUID id, int created, int updated, int unchanged, Instant finishedAt) {
        jdbc.sql("""
                UPDATE import_job SET status = 'SUCCEEDED', rows_processed = rows_total, created_count = ?, updated_count = ?,
                    unchanged_count = ?, finished_at = ? WHERE id = ?""")
                .params(created, updated, unchanged, Timestamp.from(finishedAt), id).update();
    }

    @Override
    public void failed(UUID id, String failure, Instant finishedAt) {
        jdbc.sql("UPDATE import_job SET status = 'FAILED', failure = ?, finished_at = ? WHERE id = ?")
                .params(failure, Timestamp.from(finishedAt), id).update();
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("file_name"), rs.getString("sha256"), ImportJob.Status.valueOf(rs.getString("status")),
                rs.getInt("rows_total"), rs.getInt("rows_processed"), rs.getInt("created_count"),
                rs.getInt("updated_count"), rs.getInt("unchanged_count"), rs.getString("failure"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("started_by"));
    }
}
