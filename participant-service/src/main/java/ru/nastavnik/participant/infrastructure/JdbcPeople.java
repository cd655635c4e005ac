package ru.nastavnik.participant.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;

@Repository
class JdbcPeople implements People {

    private static final String COLUMNS =
            "id, organization_id, full_name, position, subject, years_of_experience, programme_role, registered_at";

    private final JdbcClient jdbc;

    JdbcPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Person person) {
        jdbc.sql("INSERT INTO person (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(person.id(), person.organizationId(), person.fullName(), person.position(), person.subject(),
                        person.yearsOfExperience(), person.programmeRole().name(), Timestamp.from(person.registeredAt()))
                .update();
    }

    @Override
    public Optional<Person> person(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ?").param(id).query(JdbcPeople::person).optional();
    }

    @Override
    public List<Person> ofOrganization(UUID organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE organization_id = ? ORDER BY full_name")
                .param(organizationId).query(JdbcPeople::person).list();
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
    public void anonymize(UUID id, String placeholderName) {
        jdbc.sql("UPDATE person SET full_name = ?, position = NULL, subject = NULL WHERE id = ?")
                .params(placeholderName, id).update();
    }

    @Override
    public void forgetPublishedEvents(UUID id) {
        jdbc.sql("DELETE FROM platform_outbox WHERE event_key = ? AND published_at IS NOT NULL").param(id.toString()).update();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("full_name"), rs.getString("position"), rs.getString("subject"),
                rs.getInt("years_of_experience"), ProgrammeRole.valueOf(rs.getString("programme_role")),
                rs.getTimestamp("registered_at").toInstant());
    }
}
