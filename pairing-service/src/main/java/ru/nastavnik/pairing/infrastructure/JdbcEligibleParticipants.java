package ru.nastavnik.pairing.infrastructure;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.EligibleParticipants;

@Repository
class JdbcEligibleParticipants implements EligibleParticipants {

    private final JdbcClient jdbc;

    JdbcEligibleParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(EligibleParticipant p) {
        jdbc.sql("""
                INSERT INTO eligible_participant (person_id, organization_id, municipality_id, region_id, full_name,
                    position, subject, years_of_experience, programme_role)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET organization_id = excluded.organization_id,
                    municipality_id = excluded.municipality_id, region_id = excluded.region_id,
                    full_name = excluded.full_name, position = excluded.position, subject = excluded.subject,
                    years_of_experience = excluded.years_of_experience, programme_role = excluded.programme_role
                """)
                .params(p.personId(), p.organizationId(), p.municipalityId(), p.regionId(), p.fullName(), p.position(),
                        p.subject(), p.yearsOfExperience(), p.programmeRole().name())
                .update();
    }

    @Override
    public List<EligibleParticipant> ofOrganization(UUID organizationId) {
        return jdbc.sql("""
                SELECT person_id, organization_id, municipality_id, region_id, full_name, position, subject,
                    years_of_experience, programme_role
                FROM eligible_participant WHERE organization_id = ? ORDER BY full_name
                """)
                .param(organizationId)
                .query((rs, n) -> new EligibleParticipant(rs.getObject("person_id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getObject("municipality_id", UUID.class),
                        rs.getObject("region_id", UUID.class), rs.getString("full_name"), rs.getString("position"),
                        rs.getString("subject"), rs.getInt("years_of_experience"),
                        ProgrammeRole.valueOf(rs.getString("programme_role"))))
                .list();
    }
}
