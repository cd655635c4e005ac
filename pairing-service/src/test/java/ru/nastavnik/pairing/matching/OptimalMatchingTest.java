package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.pairing.domain.matching.GreedyMatcher;
import ru.nastavnik.pairing.domain.matching.Matching;
import ru.nastavnik.pairing.domain.matching.MatchingProblem;
import ru.nastavnik.pairing.domain.matching.OptimalMatching;
import ru.nastavnik.pairing.domain.matching.PairKey;
import ru.nastavnik.pairing.domain.matching.ScoredPair;
import ru.nastavnik.pairing.domain.matching.UnmatchedReason;
import ru.nastavnik.pairing.infrastructure.OrToolsFlowSolver;

/** The exact matcher on OR-Tools' real native solver, against hand-made cases and an exhaustive search. */
class OptimalMatchingTest {

    private final OptimalMatching optimal = new OptimalMatching(new OrToolsFlowSolver());
    private final GreedyMatcher greedy = new GreedyMatcher();

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final UUID m1 = UUID.randomUUID();
    private final UUID m2 = UUID.randomUUID();

    @Test
    void theOptimumGivesUpTheSingleBestPairWhenTwoGoodPairsAreWorthMore() {
        MatchingProblem problem = new MatchingProblem(List.of(a, b), Map.of(m1, 1, m2, 1),
                List.of(pair(a, m1, 10), pair(a, m2, 9), pair(b, m1, 9)), Set.of(), Set.of());

        Matching best = optimal.solve(problem);
        assertThat(best.totalScore()).isEqualTo(18);
        assertThat(best.pairs()).extracting(ScoredPair::mentorId).containsExactlyInAnyOrder(m1, m2);
        assertThat(best.unmatched()).isEmpty();

        Matching baseline = greedy.solve(problem);
        assertThat(baseline.totalScore()).isEqualTo(10);
        assertThat(baseline.unmatched()).containsEntry(b, UnmatchedReason.CAPACITY_USED_UP);
    }

    @Test
    void capacitiesHoldAndTheUnmatchedAreToldWhy() {
        MatchingProblem problem = new MatchingProblem(List.of(a, b, c), Map.of(m1, 2),
                List.of(pair(a, m1, 5), pair(b, m1, 7)), Set.of(), Set.of());

        Matching best = optimal.solve(problem);
        assertThat(best.pairs()).hasSize(2).allMatch(p -> p.mentorId().equals(m1));
        assertThat(best.unmatched()).containsExactly(Map.entry(c, UnmatchedReason.NO_COMPETENT_MENTOR));
    }

    @Test
    void overridesAreObeyed() {
        List<ScoredPair> candidates = List.of(pair(a, m1, 10), pair(a, m2, 1), pair(b, m1, 9), pair(b, m2, 8));
        Matching forced = optimal.solve(new MatchingProblem(List.of(a, b), Map.of(m1, 1, m2, 1), candidates,
                Set.of(new PairKey(a, m2)), Set.of()));
        assertThat(forced.pairs()).extracting(p -> new PairKey(p.menteeId(), p.mentorId()))
                .containsExactlyInAnyOrder(new PairKey(a, m2), new PairKey(b, m1));

        Matching forbidden = optimal.solve(new MatchingProblem(List.of(a, b), Map.of(m1, 1, m2, 1), candidates,
                Set.of(), Set.of(new PairKey(a, m1))));
        assertThat(forbidden.pairs()).extracting(p -> new PairKey(p.menteeId(), p.mentorId()))
                .containsExactlyInAnyOrder(new PairKey(a, m2), new PairKey(b, m1));

        assertThatThrownBy(() -> new MatchingProblem(List.of(a, b), Map.of(m1, 1), candidates,
                Set.of(new PairKey(a, m1), new PairKey(b, m1)), Set.of()))
                .isInstanceOf(MatchingProblem.InvalidOverrides.class).hasMessageContaining("больше наставляемых");
        assertThatThrownBy(() -> new MatchingProblem(List.of(a), Map.of(m1, 1, m2, 1), candidates,
                Set.of(new PairKey(a, m1), new PairKey(a, m2)), Set.of()))
                .isInstanceOf(MatchingProblem.InvalidOverrides.class);
    }

    /** 300 random small rounds: the solver's total equals the best of every feasible assignment. */
    @Test
    void matchesAnExhaustiveSearchOnRandomRounds() {
        Random random = new Random(20261122);
        for (int round = 0; round < 300; round++) {
            List<UUID> mentees = ids(1 + random.nextInt(6));
            List<UUID> mentors = ids(1 + random.nextInt(4));
            Map<UUID, Integer> capacities = new HashMap<>();
            mentors.forEach(m -> capacities.put(m, 1 + random.nextInt(2)));
            List<ScoredPair> candidates = new ArrayList<>();
            for (UUID mentee : mentees) {
                for (UUID mentor : mentors) {
                    if (random.nextInt(3) > 0) {
                        candidates.add(pair(mentee, mentor, 1 + random.nextInt(100)));
                    }
                }
            }
            MatchingProblem problem = new MatchingProblem(mentees, capacities, candidates, Set.of(), Set.of());
            Matching best = optimal.solve(problem);
            assertThat(best.totalScore()).as("round %d", round).isEqualTo(exhaustive(mentees, 0, candidates, new HashMap<>(capacities)));
            assertThat(greedy.solve(problem).totalScore()).isLessThanOrEqualTo(best.totalScore());
            Map<UUID, Integer> used = new HashMap<>();
            best.pairs().forEach(p -> used.merge(p.mentorId(), 1, Integer::sum));
            used.forEach((mentor, n) -> assertThat(n).isLessThanOrEqualTo(capacities.get(mentor)));
            assertThat(best.pairs().stream().map(ScoredPair::menteeId).distinct().count()).isEqualTo(best.pairs().size());
        }
    }

    private static long exhaustive(List<UUID> mentees, int i, List<ScoredPair> candidates, Map<UUID, Integer> left) {
        if (i == mentees.size()) {
            return 0;
        }
        long best = exhaustive(mentees, i + 1, candidates, left);
        for (ScoredPair candidate : candidates) {
            if (candidate.menteeId().equals(mentees.get(i)) && left.get(candidate.mentorId()) > 0) {
                left.merge(candidate.mentorId(), -1, Integer::sum);
                best = Math.max(best, candidate.score() + exhaustive(mentees, i + 1, candidates, left));
                left.merge(candidate.mentorId(), 1, Integer::sum);
            }
        }
        return best;
    }

    private static List<UUID> ids(int n) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID());
        }
        return ids;
    }

    private static ScoredPair pair(UUID mentee, UUID mentor, int score) {
        return new ScoredPair(mentee, mentor, score, Map.of());
    }
}
