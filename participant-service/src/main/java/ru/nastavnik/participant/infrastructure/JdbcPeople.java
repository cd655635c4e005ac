package ru.nastavnik.participant.infrastructure;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.ConsentScope;
import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.participant.domain.BankPage;
import ru.nastavnik.participant.domain.BankQuery;
import ru.nastavnik.participant.domain.Employment;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.PersonName;
import ru.nastavnik.participant.domain.RoleInYear;
import ru.nastavnik.platform.jdbc.SqlArrays;

@Repository
class JdbcPeople implements People {

    private static final String COLUMNS = "p.id, p.organization_id, p.full_name, p.position, p.subjects, p.qualification_category,"
            + " p.years_of_experience, p.email, p.phone, p.programme_role, p.status, p.status_reason, p.registered_at, p.version";

    /** Rows per JDBC batch of the bulk methods (staff-list imports). */
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    JdbcPeople(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    @Override
    public void add(Person person) {
        jdbc.sql("""
                INSERT INTO person (id, organization_id, full_name, normalized_name, position, subjects, qualification_category,
                    years_of_experience, email, phone, programme_role, status, status_reason, registered_at, version)
                VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(person.id(), person.organizationId(), person.fullName(), person.normalizedName(), person.position(),
                        SqlArrays.literal(person.subjects()), person.qualificationCategory().name(), person.yearsOfExperience(),
                        person.email(), person.phone(), person.programmeRole().name(), person.status().name(),
                        person.statusReason(), Timestamp.from(person.registeredAt()))
                .update();
    }

    @Override
    public void addAll(List<Person> people) {
        batches.batchUpdate("""
                INSERT INTO person (id, organization_id, full_name, normalized_name, position, subjects, qualification_category,
                    years_of_experience, email, phone, programme_role, status, status_reason, registered_at, version)
                VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, 0)""", people, BATCH, (ps, person) -> {
            ps.setObject(1, person.id());
            ps.setObject(2, person.organizationId());
            ps.setString(3, person.fullName());
            ps.setString(4, person.normalizedName());
            ps.setString(5, person.position());
            ps.setString(6, SqlArrays.literal(person.subjects()));
            ps.setString(7, person.qualificationCategory().name());
            ps.setInt(8, person.yearsOfExperience());
            ps.setString(9, person.email());
            ps.setString(10, person.phone());
            ps.setString(11, person.programmeRole().name());
            ps.setString(12, person.status().name());
            ps.setString(13, person.statusReason());
            ps.setTimestamp(14, Timestamp.from(person.registeredAt()));
        });
    }

    @Override
    public List<UUID> updateAll(List<Person> people) {
        int[][] counts = batches.batchUpdate("""
                UPDATE person SET full_name = ?, normalized_name = ?, position = ?, subjects = ?::text[],
                    qualification_category = ?, years_of_experience = ?, email = ?, phone = ?, programme_role = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""", people, BATCH, (ps, person) -> {
            ps.setString(1, person.fullName());
            ps.setString(2, person.normalizedName());
            ps.setString(3, person.position());
            ps.setString(4, SqlArrays.literal(person.subjects()));
            ps.setString(5, person.qualificationCategory().name());
            ps.setInt(6, person.yearsOfExperience());
            ps.setString(7, person.email());
            ps.setString(8, person.phone());
            ps.setString(9, person.programmeRole().name());
            ps.setObject(10, person.id());
            ps.setInt(11, person.version());
        });
        List<UUID> stale = new ArrayList<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count == 0) {
                    stale.add(people.get(i).id());
                }
                i++;
            }
        }
        return stale;
    }

    @Override
    public List<Person> withEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        // A join with the list (not «= ANY»): hashed, so checking 10,000 addresses of an import stays one quick query.
        return jdbc.sql("SELECT " + COLUMNS + " FROM person p JOIN unnest(?::text[]) AS wanted(email)"
                        + " ON lower(p.email) = wanted.email WHERE p.email IS NOT NULL")
                .param(SqlArrays.literal(emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList()))
                .query(JdbcPeople::person).list();
    }

    @Override
    public Optional<Person> person(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE p.id = ?").param(id).query(JdbcPeople::person).optional();
    }

    @Override
    public boolean update(Person person) {
        return jdbc.sql("""
                UPDATE person SET full_name = ?, normalized_name = ?, position = ?, subjects = ?::text[],
                    qualification_category = ?, years_of_experience = ?, email = ?, phone = ?, programme_role = ?,
                    status_changed_at = CASE WHEN status <> ? THEN now() ELSE status_changed_at END,
                    status = ?, status_reason = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(person.fullName(), person.normalizedName(), person.position(), SqlArrays.literal(person.subjects()),
                        person.qualificationCategory().name(), person.yearsOfExperience(), person.email(), person.phone(),
                        person.programmeRole().name(), person.status().name(), person.status().name(), person.statusReason(),
                        person.id(), person.version())
                .update() == 1;
    }

    @Override
    public List<Person> ofOrganization(UUID organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE p.organization_id = :org"
                        + " OR p.id IN (SELECT person_id FROM person_employment WHERE organization_id = :org)"
                        + " ORDER BY p.normalized_name, p.id")
                .param("org", organizationId).query(JdbcPeople::person).list();
    }

    @Override
    public Optional<Person> sameAs(UUID organizationId, String fullName, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE (p.organization_id = ? AND p.normalized_name = ?)"
                        + " OR (CAST(? AS text) IS NOT NULL AND lower(p.email) = lower(CAST(? AS text))) ORDER BY p.registered_at LIMIT 1")
                .params(organizationId, PersonName.normalize(fullName), email, email)
                .query(JdbcPeople::person).optional();
    }

    @Override
    public BankPage search(BankQuery q) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (q.organizationId() != null) {
            where.append("(p.organization_id = ? OR p.id IN (SELECT person_id FROM person_employment WHERE organization_id = ?))");
            params.add(q.organizationId());
            params.add(q.organizationId());
        } else {
            where.append("(p.organization_id IN (SELECT id FROM organization WHERE municipality_id = ?))");
            params.add(q.municipalityId());
        }
        if (q.role() != null) {
            where.append(" AND p.programme_role = ?");
            params.add(q.role().name());
        }
        if (q.status() != null) {
            where.append(" AND p.status = ?");
            params.add(q.status().name());
        }
        if (q.category() != null) {
            where.append(" AND p.qualification_category = ?");
            params.add(q.category().name());
        }
        if (q.topicCode() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM person_topic t WHERE t.person_id = p.id AND t.topic_code = ?)");
            params.add(q.topicCode());
        }
        String consentedSql = "EXISTS (SELECT 1 FROM consent c WHERE c.person_id = p.id AND c.scope = '"
                + ConsentScope.PERSONAL_DATA_PROCESSING.name() + "' AND c.withdrawn_on IS NULL)";
        if (q.consented() != null) {
            where.append(q.consented() ? " AND " : " AND NOT ").append(consentedSql);
        }
        if (q.text() != null) {
            // The name is stored normalized; position and subjects are matched case-insensitively as written.
            String like = "%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (p.normalized_name LIKE ? OR lower(replace(coalesce(p.position, ''), 'ё', 'е')) LIKE ?"
                    + " OR lower(replace(array_to_string(p.subjects, ' '), 'ё', 'е')) LIKE ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("SELECT count(*) FROM person p WHERE " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(q.limit());
        pageParams.add(q.offset());
        List<Person> people = jdbc.sql("SELECT " + COLUMNS + " FROM person p WHERE " + where
                        + " ORDER BY p.normalized_name, p.id LIMIT ? OFFSET ?")
                .params(pageParams).query(JdbcPeople::person).list();
        Set<UUID> consented = new HashSet<>();
        if (!people.isEmpty()) {
            consented.addAll(jdbc.sql("SELECT DISTINCT person_id FROM consent WHERE scope = ? AND withdrawn_on IS NULL"
                            + " AND person_id = ANY (?::uuid[])")
                    .params(ConsentScope.PERSONAL_DATA_PROCESSING.name(),
                            SqlArrays.literal(people.stream().map(Person::id).toList()))
                    .query(UUID.class).list());
        }
        return new BankPage(total, people, consented);
    }

    @Override
    public long countOfOrganization(UUID organizationId) {
        return jdbc.sql("SELECT count(*) FROM person WHERE organization_id = ?").param(organizationId)
                .query(Long.class).single();
    }

    @Override
    public long countOfOrganization(UUID organizationId, ProgrammeRole programmeRole) {
        return jdbc.sql("SELECT count(*) FROM person WHERE organization_id = ? AND programme_role = ?")
                .params(organizationId, programmeRole.name()).query(Long.class).single();
    }

    @Override
    public List<Employment> employments(UUID personId) {
        return jdbc.sql("SELECT organization_id, position, since FROM person_employment WHERE person_id = ? ORDER BY since, organization_id")
                .param(personId)
                .query((rs, row) -> new Employment(rs.getObject("organization_id", UUID.class), rs.getString("position"),
                        rs.getDate("since") == null ? null : rs.getDate("since").toLocalDate()))
                .list();
    }

    @Override
    public void employ(UUID personId, Employment employment) {
        jdbc.sql("""
                INSERT INTO person_employment (person_id, organization_id, position, since) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id, organization_id) DO UPDATE SET position = excluded.position, since = excluded.since""")
                .params(personId, employment.organizationId(), employment.position(),
                        employment.since() == null ? null : Date.valueOf(employment.since()))
                .update();
    }

    @Override
    public boolean dismiss(UUID personId, UUID organizationId) {
        return jdbc.sql("DELETE FROM person_employment WHERE person_id = ? AND organization_id = ?")
                .params(personId, organizationId).update() == 1;
    }

    @Override
    public List<RoleInYear> roles(UUID personId) {
        return jdbc.sql("SELECT academic_year, programme_role FROM person_programme_role WHERE person_id = ? ORDER BY academic_year")
                .param(personId)
                .query((rs, row) -> new RoleInYear(new AcademicYear(rs.getInt("academic_year")),
                        ProgrammeRole.valueOf(rs.getString("programme_role"))))
                .list();
    }

    @Override
    public void recordRole(UUID personId, RoleInYear role) {
        jdbc.sql("""
                INSERT INTO person_programme_role (person_id, academic_year, programme_role) VALUES (?, ?, ?)
                ON CONFLICT (person_id, academic_year) DO UPDATE SET programme_role = excluded.programme_role""")
                .params(personId, role.academicYear().startYear(), role.programmeRole().name())
                .update();
    }

    @Override
    public void recordRoles(Map<UUID, RoleInYear> roles) {
        batches.batchUpdate("""
                INSERT INTO person_programme_role (person_id, academic_year, programme_role) VALUES (?, ?, ?)
                ON CONFLICT (person_id, academic_year) DO UPDATE SET programme_role = excluded.programme_role""",
                new ArrayList<>(roles.entrySet()), BATCH, (ps, role) -> {
                    ps.setObject(1, role.getKey());
                    ps.setInt(2, role.getValue().academicYear().startYear());
                    ps.setString(3, role.getValue().programmeRole().name());
                });
    }

    @Override
    public void anonymize(UUID id, String placeholderName) {
        jdbc.sql("""
                UPDATE person SET full_name = ?, normalized_name = ?, position = NULL, subjects = '{}', email = NULL,
                    phone = NULL, status_reason = NULL, version = version + 1 WHERE id = ?""")
                .params(placeholderName, PersonName.normalize(placeholderName), id).update();
        jdbc.sql("UPDATE person_employment SET position = NULL WHERE person_id = ?").param(id).update();
    }

    @Override
    public void forgetPublishedEvents(UUID id) {
        jdbc.sql("DELETE FROM platform_outbox WHERE event_key = ? AND published_at IS NOT NULL").param(id.toString()).update();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        Array subjects = rs.getArray("subjects");
        return new Person(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("full_name"), rs.getString("position"),
                subjects == null ? List.of() : List.of((String[]) subjects.getArray()),
                QualificationCategory.valueOf(rs.getString("qualification_category")), rs.getInt("years_of_experience"),
                rs.getString("email"), rs.getString("phone"), ProgrammeRole.valueOf(rs.getString("programme_role")),
                ParticipantStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getTimestamp("registered_at").toInstant(), rs.getInt("version"));
    }
}
