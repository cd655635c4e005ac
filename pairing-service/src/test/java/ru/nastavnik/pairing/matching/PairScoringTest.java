package ru.nastavnik.pairing.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.pairing.domain.matching.Criterion;
import ru.nastavnik.pairing.domain.matching.Mentee;
import ru.nastavnik.pairing.domain.matching.Mentor;
import ru.nastavnik.pairing.domain.matching.PairScoring;
import ru.nastavnik.pairing.domain.matching.ScoredPair;
import ru.nastavnik.pairing.domain.matching.Weights;

/** Each criterion's contribution, so the curator sees why a pair was proposed. */
class PairScoringTest {

    private final UUID school = UUID.randomUUID();
    private final UUID otherSchool = UUID.randomUUID();
    private final UUID municipality = UUID.randomUUID();
    private final UUID menteeId = UUID.randomUUID();
    private final UUID mentorId = UUID.randomUUID();

    @Test
    void aFullyCompetentColleagueOfTheSameSchoolScoresEveryCriterion() {
        Mentee mentee = new Mentee(menteeId, school, municipality, Set.of("математика"), 1,
                Map.of("DIGITAL_TOOLS", 2, "WORK_WITH_PARENTS", 1), List.of(mentorId), "учитель – учитель", true);
        Mentor mentor = new Mentor(mentorId, Set.of(school), municipality, Set.of("математика", "физика"), 20,
                Map.of("DIGITAL_TOOLS", 3, "WORK_WITH_PARENTS", 1), 2, List.of(menteeId), Set.of("учитель – учитель"));

        ScoredPair pair = new PairScoring(Weights.standard(), false).score(mentee, mentor).orElseThrow();

        assertThat(pair.contributions()).containsEntry(Criterion.COMPETENCY_COVERAGE, 40)
                .containsEntry(Criterion.SHARED_SUBJECT, 15).containsEntry(Criterion.EXPERIENCE_GAP, 10)
                .containsEntry(Criterion.SAME_ORGANIZATION, 10).containsEntry(Criterion.MUTUAL_CHOICE, 20)
                .containsEntry(Criterion.MENTORING_FORM, 5).containsEntry(Criterion.EARLIER_ROUND_PRIORITY, 15);
        assertThat(pair.score()).isEqualTo(115);
    }

    @Test
    void partialCoverageByLevelAndRankedChoicesScorePartly() {
        Mentee mentee = new Mentee(menteeId, school, municipality, Set.of("история"), 2,
                Map.of("DIGITAL_TOOLS", 3, "EXAM_PREPARATION", 2), List.of(UUID.randomUUID(), mentorId), null, false);
        Mentor mentor = new Mentor(mentorId, Set.of(school), municipality, Set.of("математика"), 5,
                Map.of("DIGITAL_TOOLS", 1), 1, List.of(), Set.of());

        ScoredPair pair = new PairScoring(Weights.standard(), false).score(mentee, mentor).orElseThrow();

        // (1/3 + 0) / 2 of 40 points; the mentee's second choice: half of 20 × 2/3; gap 3 years: half of 10.
        assertThat(pair.contributions()).containsEntry(Criterion.COMPETENCY_COVERAGE, 7)
                .containsEntry(Criterion.MUTUAL_CHOICE, 7).containsEntry(Criterion.EXPERIENCE_GAP, 5)
                .containsEntry(Criterion.SHARED_SUBJECT, 0).containsEntry(Criterion.EARLIER_ROUND_PRIORITY, 0);
    }

    @Test
    void noCompetenceOrNoNetworkMeansNoCandidate() {
        Mentee mentee = new Mentee(menteeId, school, municipality, Set.of(), 0, Map.of("DIGITAL_TOOLS", 1), List.of(),
                null, false);
        Mentor elsewhere = new Mentor(mentorId, Set.of(otherSchool), municipality, Set.of(), 30,
                Map.of("DIGITAL_TOOLS", 3), 1, List.of(), Set.of());
        Mentor incompetent = new Mentor(mentorId, Set.of(school), municipality, Set.of(), 30,
                Map.of("CLASS_TUTORSHIP", 3), 1, List.of(), Set.of());

        assertThat(new PairScoring(Weights.standard(), false).score(mentee, elsewhere)).isEmpty();
        assertThat(new PairScoring(Weights.standard(), true).score(mentee, elsewhere)).get()
                .extracting(p -> p.contributions().get(Criterion.SAME_ORGANIZATION)).isEqualTo(0);
        assertThat(new PairScoring(Weights.standard(), true).score(mentee, incompetent)).isEmpty();
    }
}
