package ru.nastavnik.monitoring.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.diagnostic.Criterion;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticForm;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticForms;
import ru.nastavnik.monitoring.domain.diagnostic.FormKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcDiagnosticForms implements DiagnosticForms {

    private static final TypeReference<List<Criterion>> CRITERIA = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcDiagnosticForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DiagnosticForm> ofOrganization(UUID organizationId) {
        return jdbc.sql("SELECT * FROM diagnostic_form WHERE organization_id = ? ORDER BY kind, version")
                .param(organizationId).query(this::form).list();
    }

    @Override
    public Optional<DiagnosticForm> find(UUID formId) {
        return jdbc.sql("SELECT * FROM diagnostic_form WHERE id = ?").param(formId).query(this::form).optional();
    }

    @Override
    public void save(DiagnosticForm form) {
        jdbc.sql("""
                INSERT INTO diagnostic_form (id, kind, organization_id, version, title, criteria)
                VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB))
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, criteria = excluded.criteria
                """)
                .params(form.id(), form.kind().name(), form.organizationId(), form.version(), form.title(),
                        json.writeValueAsString(form.criteria()))
                .update();
    }

    private DiagnosticForm form(ResultSet rs, int row) throws SQLException {
        return new DiagnosticForm(rs.getObject("id", UUID.class), FormKind.valueOf(rs.getString("kind")),
                rs.getObject("organization_id", UUID.class), rs.getInt("version"), rs.getString("title"),
                json.readValue(rs.getString("criteria"), CRITERIA));
    }
}
