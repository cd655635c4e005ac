package ru.nastavnik.pairing.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.pairing.domain.matching.Criterion;
import ru.nastavnik.pairing.domain.matching.MatchingRound;
import ru.nastavnik.pairing.domain.matching.MatchingRounds;
import ru.nastavnik.pairing.domain.matching.Proposal;
import ru.nastavnik.pairing.domain.matching.UnmatchedReason;
import ru.nastavnik.pairing.domain.matching.Weights;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcMatchingRounds implements MatchingRounds {

    private static final TypeReference<Map<Criterion, Integer>> POINTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Proposal.Alternative>> ALTERNATIVES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcMatchingRounds(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void add(MatchingRound round) {
        jdbc.sql("""
                INSERT INTO matching_round (id, organization_id, run_by, run_at, weights, network_mentoring, total_score)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(round.id(), round.organizationId(), round.runBy(), Timestamp.from(round.runAt()),
                        json.writeValueAsString(round.weights().points()), round.networkMentoring(), round.totalScore())
                .update();
        for (Proposal p : round.proposals()) {
            jdbc.sql("""
                    INSERT INTO matching_proposal (round_id, mentee_id, mentor_id, score, contributions, alternatives, decision)
                    VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")
                    .params(round.id(), p.menteeId(), p.mentorId(), p.score(), json.writeValueAsString(p.contributions()),
                            json.writeValueAsString(p.alternatives()), p.decision().name())
                    .update();
        }
        round.unmatched().forEach((mentee, reason) -> jdbc.sql(
                "INSERT INTO matching_unmatched (round_id, mentee_id, reason) VALUES (?, ?, ?)")
                .params(round.id(), mentee, reason.name()).update());
    }

    @Override
    public Optional<MatchingRound> round(UUID id) {
        return jdbc.sql("SELECT * FROM matching_round WHERE id = ?").param(id).query((rs, n) -> {
            List<Proposal> proposals = jdbc.sql("SELECT * FROM matching_proposal WHERE round_id = ? ORDER BY score DESC, mentee_id")
                    .param(id).query((p, m) -> proposal(p)).list();
            Map<UUID, UnmatchedReason> unmatched = new HashMap<>();
            jdbc.sql("SELECT mentee_id, reason FROM matching_unmatched WHERE round_id = ?").param(id)
                    .query(u -> {
                        unmatched.put(u.getObject("mentee_id", UUID.class), UnmatchedReason.valueOf(u.getString("reason")));
                    });
            return new MatchingRound(id, rs.getObject("organization_id", UUID.class), rs.getString("run_by"),
                    rs.getTimestamp("run_at").toInstant(), new Weights(new EnumMap<>(json.readValue(rs.getString("weights"), POINTS))),
                    rs.getBoolean("network_mentoring"), rs.getLong("total_score"), proposals, unmatched);
        }).optional();
    }

    @Override
    public Set<UUID> leftUnmatchedByLatest(UUID organizationId) {
        return new HashSet<>(jdbc.sql("""
                SELECT u.mentee_id FROM matching_unmatched u
                WHERE u.round_id = (SELECT id FROM matching_round WHERE organization_id = ? ORDER BY run_at DESC LIMIT 1)
                UNION
                SELECT p.mentee_id FROM matching_proposal p
                WHERE p.decision = 'REJECTED'
                  AND p.round_id = (SELECT id FROM matching_round WHERE organization_id = ? ORDER BY run_at DESC LIMIT 1)""")
                .params(organizationId, organizationId).query(UUID.class).list());
    }

    @Override
    public boolean decide(UUID roundId, UUID menteeId, Proposal.Decision decision, UUID pairId) {
        return jdbc.sql("UPDATE matching_proposal SET decision = ?, pair_id = ? WHERE round_id = ? AND mentee_id = ? AND decision = 'PENDING'")
                .params(decision.name(), pairId, roundId, menteeId).update() == 1;
    }

    private Proposal proposal(ResultSet rs) throws SQLException {
        return new Proposal(rs.getObject("mentee_id", UUID.class), rs.getObject("mentor_id", UUID.class), rs.getInt("score"),
                json.readValue(rs.getString("contributions"), POINTS), json.readValue(rs.getString("alternatives"), ALTERNATIVES),
                Proposal.Decision.valueOf(rs.getString("decision")), rs.getObject("pair_id", UUID.class));
    }
}
