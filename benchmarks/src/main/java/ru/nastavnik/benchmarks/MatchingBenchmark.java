package ru.nastavnik.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import ru.nastavnik.pairing.domain.matching.GreedyMatcher;
import ru.nastavnik.pairing.domain.matching.Matching;
import ru.nastavnik.pairing.domain.matching.MatchingProblem;
import ru.nastavnik.pairing.domain.matching.Mentee;
import ru.nastavnik.pairing.domain.matching.Mentor;
import ru.nastavnik.pairing.domain.matching.OptimalMatching;
import ru.nastavnik.pairing.domain.matching.PairScoring;
import ru.nastavnik.pairing.domain.matching.ScoredPair;
import ru.nastavnik.pairing.domain.matching.Weights;
import ru.nastavnik.pairing.infrastructure.OrToolsFlowSolver;

/**
 * Issue 5's target: 10,000 mentees × 3,000 mentors with capacities 1–3 and up to 50 candidate mentors per mentee,
 * solved to optimality (OR-Tools min-cost flow) in at most 2 s; the greedy baseline measured in the same run, and
 * its total score printed as a fraction of the optimum. Candidates are scored by the production {@link PairScoring}
 * from generated profiles (requests, competencies, subjects, experience, ranked choices) in 20 municipalities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
public class MatchingBenchmark {

    static final int MENTEES = 10_000;
    static final int MENTORS = 3_000;
    static final int MAX_CANDIDATES = 50;
    static final int MUNICIPALITIES = 20;
    static final String[] TOPICS = { "METHODS_SUBJECT", "DIGITAL_TOOLS", "EXAM_PREPARATION", "PROJECT_WORK", "DISCIPLINE",
            "INCLUSIVE_EDUCATION", "GIFTED_CHILDREN", "CLASS_TUTORSHIP", "WORK_WITH_PARENTS", "TEAM_ADAPTATION",
            "DOCUMENTATION", "SELF_EDUCATION" };
    static final String[] SUBJECTS = { "математика", "русский язык", "история", "физика", "биология", "английский язык",
            "начальные классы", "информатика" };

    MatchingProblem problem;
    final OptimalMatching optimal = new OptimalMatching(new OrToolsFlowSolver());
    final GreedyMatcher greedy = new GreedyMatcher();

    @Setup(Level.Trial)
    public void generate() {
        problem = generate(new Random(5));
        Matching best = optimal.solve(problem);
        Matching baseline = greedy.solve(problem);
        System.out.printf("%n[matching] candidates=%d pairs optimal=%d greedy=%d total optimal=%d greedy=%d"
                        + " greedy/optimal=%.4f%n", problem.candidates().size(), best.pairs().size(), baseline.pairs().size(),
                best.totalScore(), baseline.totalScore(), (double) baseline.totalScore() / best.totalScore());
    }

    @Benchmark
    public Matching optimal() {
        return optimal.solve(problem);
    }

    @Benchmark
    public Matching greedy() {
        return greedy.solve(problem);
    }

    static MatchingProblem generate(Random random) {
        List<UUID> municipalities = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES; i++) {
            municipalities.add(UUID.randomUUID());
        }
        Map<UUID, List<Mentor>> mentorsByMunicipality = new HashMap<>();
        Map<UUID, Integer> capacities = new HashMap<>();
        for (int i = 0; i < MENTORS; i++) {
            UUID municipality = municipalities.get(random.nextInt(MUNICIPALITIES));
            Map<String, Integer> competencies = new HashMap<>();
            for (int t = 0; t < 2 + random.nextInt(4); t++) {
                competencies.put(TOPICS[random.nextInt(TOPICS.length)], 1 + random.nextInt(3));
            }
            Mentor mentor = new Mentor(UUID.randomUUID(), Set.of(UUID.randomUUID()), municipality,
                    Set.of(SUBJECTS[random.nextInt(SUBJECTS.length)]), 8 + random.nextInt(30), competencies,
                    1 + random.nextInt(3), List.of(), Set.of("традиционная"));
            mentorsByMunicipality.computeIfAbsent(municipality, k -> new ArrayList<>()).add(mentor);
            capacities.put(mentor.id(), mentor.capacity());
        }
        PairScoring scoring = new PairScoring(Weights.standard(), true);
        List<UUID> mentees = new ArrayList<>();
        List<ScoredPair> candidates = new ArrayList<>();
        for (int i = 0; i < MENTEES; i++) {
            UUID municipality = municipalities.get(random.nextInt(MUNICIPALITIES));
            List<Mentor> nearby = mentorsByMunicipality.getOrDefault(municipality, List.of());
            Map<String, Integer> requests = new HashMap<>();
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                requests.put(TOPICS[random.nextInt(TOPICS.length)], 1 + random.nextInt(3));
            }
            List<UUID> chosen = nearby.isEmpty() ? List.of() : List.of(nearby.get(random.nextInt(nearby.size())).id());
            Mentee mentee = new Mentee(UUID.randomUUID(), UUID.randomUUID(), municipality,
                    Set.of(SUBJECTS[random.nextInt(SUBJECTS.length)]), random.nextInt(4), requests, chosen, "традиционная",
                    random.nextInt(10) == 0);
            mentees.add(mentee.id());
            // Up to 50 candidates: the best-scoring mentors of the municipality, as the service proposes them.
            List<ScoredPair> scored = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (Mentor mentor : nearby) {
                if (seen.add(mentor.id())) {
                    scoring.score(mentee, mentor).ifPresent(scored::add);
                }
            }
            scored.sort((x, y) -> Integer.compare(y.score(), x.score()));
            candidates.addAll(scored.subList(0, Math.min(MAX_CANDIDATES, scored.size())));
        }
        return new MatchingProblem(mentees, capacities, candidates, Set.of(), Set.of());
    }
}
