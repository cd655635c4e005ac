package ru.nastavnik.monitoring.infrastructure;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.monitoring.domain.OrganizationParticipation;
import ru.nastavnik.monitoring.domain.ParticipationCounts;

@Repository
class JdbcParticipationCounts implements ParticipationCounts {

    private final JdbcClient jdbc;

    JdbcParticipationCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void organizationRegistered(UUID organizationId, UUID municipalityId, UUID regionId, String name) {
        jdbc.sql("""
                INSERT INTO organization_participation (organization_id, municipality_id, region_id, organization_name)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (organization_id) DO UPDATE SET organization_name = excluded.organization_name
                """)
                .params(organizationId, municipalityId, regionId, name).update();
    }

    @Override
    public void participantRegistered(UUID organizationId, UUID municipalityId, UUID regionId, ProgrammeRole role) {
        // Events of one organization and of its people travel under different keys, so a person may
        // arrive before their organization: the row is created by whichever comes first.
        String column = role == ProgrammeRole.MENTOR_CANDIDATE ? "mentor_candidates" : "mentee_candidates";
        jdbc.sql("INSERT INTO organization_participation (organization_id, municipality_id, region_id, " + column + ")"
                + " VALUES (?, ?, ?, 1) ON CONFLICT (organization_id) DO UPDATE SET "
                + column + " = organization_participation." + column + " + 1")
                .params(organizationId, municipalityId, regionId).update();
    }

    @Override
    public Optional<OrganizationParticipation> of(UUID organizationId) {
        return jdbc.sql("""
                SELECT organization_id, municipality_id, region_id, organization_name, mentor_candidates, mentee_candidates
                FROM organization_participation WHERE organization_id = ?
                """)
                .param(organizationId)
                .query((rs, n) -> new OrganizationParticipation(rs.getObject("organization_id", UUID.class),
                        rs.getObject("municipality_id", UUID.class), rs.getObject("region_id", UUID.class),
                        rs.getString("organization_name"), rs.getInt("mentor_candidates"), rs.getInt("mentee_candidates")))
                .optional();
    }
}
