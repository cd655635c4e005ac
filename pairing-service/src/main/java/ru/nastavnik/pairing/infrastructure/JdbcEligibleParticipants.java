package ru.nastavnik.pairing.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ParticipantStatus;
import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QualificationCategory;
import ru.nastavnik.pairing.domain.EligibleParticipant;
import ru.nastavnik.pairing.domain.EligibleParticipants;
import ru.nastavnik.platform.jdbc.SqlArrays;

@Repository
class JdbcEligibleParticipants implements EligibleParticipants {

    private static final String COLUMNS = """
            person_id, organization_id, municipality_id, region_id, other_organization_ids, position, subjects,
                qualification_category, years_of_experience, programme_role, status, consent_to_processing""";

    private final JdbcClient jdbc;

    JdbcEligibleParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(EligibleParticipant p) {
        // Consent is not part of the profile: an update keeps what ConsentGranted set.
        jdbc.sql("""
                INSERT INTO eligible_participant (person_id, organization_id, municipality_id, region_id,
                    other_organization_ids, position, subjects, qualification_category, years_of_experience,
                    programme_role, status)
                SELECT ?, ?, ?, ?, ?::uuid[], ?, ?::text[], ?, ?, ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM withdrawn_person WHERE person_id = ?)
                ON CONFLICT (person_id) DO UPDATE SET organization_id = excluded.organization_id,
                    municipality_id = excluded.municipality_id, region_id = excluded.region_id,
                    other_organization_ids = excluded.other_organization_ids, position = excluded.position,
                    subjects = excluded.subjects, qualification_category = excluded.qualification_category,
                    years_of_experience = excluded.years_of_experience, programme_role = excluded.programme_role,
                    status = excluded.status
                """)
                .params(p.personId(), p.organizationId(), p.municipalityId(), p.regionId(),
                        SqlArrays.literal(p.otherOrganizationIds()), p.position(),
                        SqlArrays.literal(p.subjects()), p.qualificationCategory().name(), p.yearsOfExperience(),
                        p.programmeRole().name(), p.status().name(), p.personId())
                .update();
    }

    @Override
    @Transactional
    public void replaceTopics(UUID personId, String kind, Map<String, Integer> levelsByCode) {
        jdbc.sql("DELETE FROM participant_topic WHERE person_id = ? AND kind = ?").params(personId, kind).update();
        levelsByCode.forEach((code, level) -> jdbc.sql("""
                INSERT INTO participant_topic (person_id, kind, topic_code, level)
                SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM eligible_participant WHERE person_id = ?)""")
                .params(personId, kind, code, level, personId)
                .update());
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
        // participant_topic goes with the row (ON DELETE CASCADE).
        jdbc.sql("DELETE FROM eligible_participant WHERE person_id = ?")
                .param(personId)
                .update();
    }

    @Override
    public List<EligibleParticipant> ofOrganization(UUID organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM eligible_participant"
                        + " WHERE organization_id = :org OR :org = ANY (other_organization_ids) ORDER BY person_id")
                .param("org", organizationId)
                .query((rs, n) -> participant(rs))
                .list();
    }

    @Override
    public Optional<EligibleParticipant> participant(UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM eligible_participant WHERE person_id = ?").param(personId)
                .query((rs, n) -> participant(rs)).optional();
    }

    @Override
    public boolean mentorReady(UUID personId) {
        return jdbc.sql("SELECT mentor_ready FROM eligible_participant WHERE person_id = ?").param(personId)
                .query(Boolean.class).optional().orElse(false);
    }

    @Override
    public void setMentorReady(UUID personId, boolean ready) {
        jdbc.sql("UPDATE eligible_participant SET mentor_ready = ? WHERE person_id = ?").params(ready, personId).update();
    }

    @Override
    public void setPreferredForm(UUID personId, String format) {
        jdbc.sql("UPDATE eligible_participant SET preferred_form = ? WHERE person_id = ?").params(format, personId).update();
    }

    @Override
    public void setOfferedForms(UUID personId, List<String> formats) {
        jdbc.sql("UPDATE eligible_participant SET offered_forms = ?::text[] WHERE person_id = ?")
                .params(SqlArrays.literal(formats), personId).update();
    }

    @Override
    public List<EligibleParticipant> candidatesOf(UUID organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM eligible_participant"
                        + " WHERE (organization_id = :org OR :org = ANY (other_organization_ids)) AND consent_to_processing"
                        + " ORDER BY person_id")
                .param("org", organizationId)
                .query((rs, n) -> participant(rs))
                .list();
    }

    private static EligibleParticipant participant(ResultSet rs) throws SQLException {
        return new EligibleParticipant(rs.getObject("person_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getObject("municipality_id", UUID.class),
                rs.getObject("region_id", UUID.class), List.of((UUID[]) array(rs.getArray("other_organization_ids"))),
                rs.getString("position"), List.of((String[]) array(rs.getArray("subjects"))),
                QualificationCategory.valueOf(rs.getString("qualification_category")), rs.getInt("years_of_experience"),
                ProgrammeRole.valueOf(rs.getString("programme_role")), ParticipantStatus.valueOf(rs.getString("status")),
                rs.getBoolean("consent_to_processing"));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
