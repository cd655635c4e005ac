package ru.nastavnik.pairing.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.pairing.domain.MentorCapacities;
import ru.nastavnik.pairing.domain.matching.MatchingPool;
import ru.nastavnik.pairing.domain.matching.Mentee;
import ru.nastavnik.pairing.domain.matching.Mentor;

/** The round's people in three queries each side, whatever their number: profiles, topics, choices. */
@Repository
class JdbcMatchingPool implements MatchingPool {

    private static final String FREE_MENTEES = """
            e.programme_role = 'MENTEE_CANDIDATE' AND e.status NOT IN ('LEFT', 'COMPLETED')
              AND (e.organization_id = :org OR :org = ANY (e.other_organization_ids))
              AND NOT EXISTS (SELECT 1 FROM pair_member m JOIN mentoring_pair p ON p.id = m.pair_id
                              WHERE m.mentee_id = e.person_id AND m.left_on IS NULL AND p.status = 'ACTIVE')""";

    private final JdbcClient jdbc;

    JdbcMatchingPool(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Mentee> mentees(UUID organizationId, Set<UUID> priority) {
        String people = "SELECT e.person_id FROM eligible_participant e WHERE " + FREE_MENTEES;
        Map<UUID, Map<String, Integer>> requests = topics("REQUEST", people, organizationId, null);
        Map<UUID, List<UUID>> choices = choices("MENTOR_CANDIDATE", people, organizationId, null);
        return jdbc.sql("SELECT e.person_id, e.municipality_id, e.subjects, e.years_of_experience, e.preferred_form"
                        + " FROM eligible_participant e"
                        + " WHERE e.consent_to_processing AND " + FREE_MENTEES + " ORDER BY e.person_id")
                .param("org", organizationId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("person_id", UUID.class);
                    return new Mentee(id, organizationId, rs.getObject("municipality_id", UUID.class), subjects(rs),
                            rs.getInt("years_of_experience"), requests.getOrDefault(id, Map.of()),
                            choices.getOrDefault(id, List.of()), rs.getString("preferred_form"), priority.contains(id));
                }).list();
    }

    @Override
    public List<UUID> menteesWithoutConsent(UUID organizationId) {
        return jdbc.sql("SELECT e.person_id FROM eligible_participant e WHERE NOT e.consent_to_processing AND " + FREE_MENTEES)
                .param("org", organizationId).query(UUID.class).list();
    }

    @Override
    public List<Mentor> mentors(UUID organizationId, UUID municipalityId, boolean networkMentoring) {
        String scope = networkMentoring ? "e.municipality_id = :municipality"
                : "(e.organization_id = :org OR :org = ANY (e.other_organization_ids))";
        String where = "e.programme_role = 'MENTOR_CANDIDATE' AND e.consent_to_processing AND e.mentor_ready"
                + " AND e.status NOT IN ('LEFT', 'COMPLETED') AND " + scope;
        String people = "SELECT e.person_id FROM eligible_participant e WHERE " + where;
        Map<UUID, Map<String, Integer>> competencies = topics("COMPETENCY", people, organizationId, municipalityId);
        Map<UUID, List<UUID>> choices = choices("MENTEE_CANDIDATE", people, organizationId, municipalityId);
        return jdbc.sql("""
                SELECT e.person_id, e.organization_id, e.other_organization_ids, e.municipality_id, e.subjects,
                       e.years_of_experience, e.offered_forms,
                       COALESCE(c.capacity, %d) - (SELECT count(*) FROM pair_member m JOIN mentoring_pair p ON p.id = m.pair_id
                            WHERE p.mentor_id = e.person_id AND p.status = 'ACTIVE' AND m.left_on IS NULL) AS room
                FROM eligible_participant e LEFT JOIN mentor_capacity c ON c.mentor_id = e.person_id
                WHERE %s ORDER BY e.person_id""".formatted(MentorCapacities.DEFAULT, where))
                .param("org", organizationId).param("municipality", municipalityId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("person_id", UUID.class);
                    Set<UUID> organizations = new HashSet<>(List.of((UUID[]) rs.getArray("other_organization_ids").getArray()));
                    organizations.add(rs.getObject("organization_id", UUID.class));
                    return new Mentor(id, organizations, rs.getObject("municipality_id", UUID.class), subjects(rs),
                            rs.getInt("years_of_experience"), competencies.getOrDefault(id, Map.of()),
                            Math.max(0, rs.getInt("room")), choices.getOrDefault(id, List.of()),
                            new HashSet<>(List.of((String[]) rs.getArray("offered_forms").getArray())));
                }).list().stream().filter(m -> m.capacity() > 0).toList();
    }

    private Map<UUID, Map<String, Integer>> topics(String kind, String people, UUID organizationId, UUID municipalityId) {
        Map<UUID, Map<String, Integer>> topics = new HashMap<>();
        jdbc.sql("SELECT t.person_id, t.topic_code, t.level FROM participant_topic t WHERE t.kind = :kind"
                        + " AND t.person_id IN (" + people + ")")
                .param("kind", kind).param("org", organizationId).param("municipality", municipalityId)
                .query(rs -> {
                    topics.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getString("topic_code"), rs.getInt("level"));
                });
        return topics;
    }

    /** The choices of the round's people (those {@code people} selects) of people preferred in a role, best first. */
    private Map<UUID, List<UUID>> choices(String preferredAs, String people, UUID organizationId, UUID municipalityId) {
        Map<UUID, List<UUID>> choices = new HashMap<>();
        jdbc.sql("SELECT person_id, preferred_id FROM networking_preference WHERE preferred_as = :as"
                        + " AND person_id IN (" + people + ") ORDER BY person_id, rank")
                .param("as", preferredAs).param("org", organizationId).param("municipality", municipalityId)
                .query(rs -> {
                    choices.computeIfAbsent(rs.getObject("person_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("preferred_id", UUID.class));
                });
        return choices;
    }

    private static Set<String> subjects(ResultSet rs) throws SQLException {
        return new HashSet<>(List.of((String[]) rs.getArray("subjects").getArray()));
    }
}
