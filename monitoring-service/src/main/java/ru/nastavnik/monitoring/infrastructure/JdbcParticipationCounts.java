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
    public void teachingStaffCounted(UUID organizationId, UUID municipalityId, UUID regionId, String academicYear,
            int teachingStaff) {
        // Academic years «2025/2026» order as text; an older year's late count does not replace a newer one.
        jdbc.sql("""
                INSERT INTO organization_participation (organization_id, municipality_id, region_id, teaching_staff,
                    teaching_staff_year)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (organization_id) DO UPDATE SET teaching_staff = excluded.teaching_staff,
                    teaching_staff_year = excluded.teaching_staff_year
                WHERE organization_participation.teaching_staff_year IS NULL
                   OR organization_participation.teaching_staff_year <= excluded.teaching_staff_year
                """)
                .params(organizationId, municipalityId, regionId, teachingStaff, academicYear).update();
    }

    @Override
    public void mentorReadinessChanged(UUID personId, UUID organizationId, UUID municipalityId, UUID regionId, boolean ready,
            String status) {
        jdbc.sql("""
                INSERT INTO organization_participation (organization_id, municipality_id, region_id) VALUES (?, ?, ?)
                ON CONFLICT (organization_id) DO NOTHING
                """).params(organizationId, municipalityId, regionId).update();
        jdbc.sql("""
                INSERT INTO mentor_readiness (person_id, organization_id, ready, status) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET organization_id = excluded.organization_id, ready = excluded.ready,
                    status = excluded.status
                """).params(personId, organizationId, ready, status).update();
    }

    @Override
    public Optional<OrganizationParticipation> of(UUID organizationId) {
        return jdbc.sql("""
                SELECT organization_id, municipality_id, region_id, organization_name, mentor_candidates, mentee_candidates,
                       teaching_staff, teaching_staff_year,
                       (SELECT count(*) FROM mentor_readiness r WHERE r.organization_id = o.organization_id AND r.ready) AS ready
                FROM organization_participation o WHERE organization_id = ?
                """)
                .param(organizationId)
                .query((rs, n) -> new OrganizationParticipation(rs.getObject("organization_id", UUID.class),
                        rs.getObject("municipality_id", UUID.class), rs.getObject("region_id", UUID.class),
                        rs.getString("organization_name"), rs.getInt("mentor_candidates"), rs.getInt("mentee_candidates"),
                        rs.getObject("teaching_staff", Integer.class), rs.getString("teaching_staff_year"), rs.getInt("ready")))
                .optional();
    }

    @Override
    public void clear() {
        jdbc.sql("TRUNCATE organization_participation, mentor_readiness").update();
    }
}
