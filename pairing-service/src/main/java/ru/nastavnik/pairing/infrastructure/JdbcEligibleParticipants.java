package ru.nastavnik.pairing.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.EligibleParticipants;

@Repository
class JdbcEligibleParticipants implements EligibleParticipants {

    private static final String COLUMNS = """
            person_id, organization_id, municipality_id, region_id, full_name, position, subject,
                years_of_experience, programme_role, consent_to_processing""";

    private final JdbcClient jdbc;

    JdbcEligibleParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(EligibleParticipant p) {
        // Consent is not part of the registration: an update keeps what ConsentGranted set.
        jdbc.sql("""
                INSERT INTO eligible_participant (person_id, organization_id, municipality_id, region_id, full_name,
                    position, subject, years_of_experience, programme_role)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM withdrawn_person WHERE person_id = ?)
                ON CONFLICT (person_id) DO UPDATE SET organization_id = excluded.organization_id,
                    municipality_id = excluded.municipality_id, region_id = excluded.region_id,
                    full_name = excluded.full_name, position = excluded.position, subject = excluded.subject,
                    years_of_experience = excluded.years_of_experience, programme_role = excluded.programme_role
                """)
                .params(p.personId(), p.organizationId(), p.municipalityId(), p.regionId(), p.fullName(), p.position(),
                        p.subject(), p.yearsOfExperience(), p.programmeRole().name(), p.personId())
                .update();
    }

    @Override
    public void grantConsent(UUID personId) {
        jdbc.sql("UPDATE eligible_participant SET consent_to_processing = TRUE WHERE person_id = ?")
                .param(personId)
                .update();
    }

    @Override
    @Transactional
    public void erase(UUID personId, LocalDate withdrawnOn) {
        jdbc.sql("INSERT INTO withdrawn_person (person_id, withdrawn_on) VALUES (?, ?) ON CONFLICT (person_id) DO NOTHING")
                .params(personId, withdrawnOn)
                .update();
        jdbc.sql("DELETE FROM eligible_participant WHERE person_id = ?")
                .param(personId)
                .update();
    }

    @Override
    public List<EligibleParticipant> ofOrganization(UUID organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM eligible_participant WHERE organization_id = ? ORDER BY full_name")
                .param(organizationId)
                .query((rs, n) -> participant(rs))
                .list();
    }

    @Override
    public List<EligibleParticipant> candidatesOf(UUID organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM eligible_participant"
                        + " WHERE organization_id = ? AND consent_to_processing ORDER BY full_name")
                .param(organizationId)
                .query((rs, n) -> participant(rs))
                .list();
    }

    private static EligibleParticipant participant(ResultSet rs) throws SQLException {
        return new EligibleParticipant(rs.getObject("person_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getObject("municipality_id", UUID.class),
                rs.getObject("region_id", UUID.class), rs.getString("full_name"), rs.getString("position"),
                rs.getString("subject"), rs.getInt("years_of_experience"),
                ProgrammeRole.valueOf(rs.getString("programme_role")), rs.getBoolean("consent_to_processing"));
    }
}
