package ru.nastavnik.pairing.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.matching.Criterion;
import ru.nastavnik.pairing.domain.matching.Matcher;
import ru.nastavnik.pairing.domain.matching.Matching;
import ru.nastavnik.pairing.domain.matching.MatchingPool;
import ru.nastavnik.pairing.domain.matching.MatchingProblem;
import ru.nastavnik.pairing.domain.matching.MatchingRound;
import ru.nastavnik.pairing.domain.matching.MatchingRounds;
import ru.nastavnik.pairing.domain.matching.Mentee;
import ru.nastavnik.pairing.domain.matching.Mentor;
import ru.nastavnik.pairing.domain.matching.PairKey;
import ru.nastavnik.pairing.domain.matching.PairScoring;
import ru.nastavnik.pairing.domain.matching.Proposal;
import ru.nastavnik.pairing.domain.matching.Proposals;
import ru.nastavnik.pairing.domain.matching.ScoredPair;
import ru.nastavnik.pairing.domain.matching.UnmatchedReason;
import ru.nastavnik.pairing.domain.matching.Weights;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * The curator's matching workspace: a round scores every mentee against every mentor in reach, keeps each mentee's
 * best candidates, finds the exact optimum under capacities and overrides, and stores proposals with their reasons
 * and alternatives; the curator accepts (as proposed or with another mentor) or rejects each one.
 */
@Service
public class MatchingService {

    /** Each mentee keeps this many best candidates: enough for alternatives, few enough for a fast optimum. */
    static final int CANDIDATES_PER_MENTEE = 50;

    /** What the curator sends to run a round; overrides name mentee and mentor ids. */
    public record RunRound(Map<String, Integer> weights, Boolean networkMentoring, List<PairKey> mustPair,
            List<PairKey> mustNotPair) {
    }

    private final PairService pairs;
    private final MatchingPool pool;
    private final MatchingRounds rounds;
    private final Matcher matcher;
    private final PairingRules rules;
    private final Clock clock;

    MatchingService(PairService pairs, MatchingPool pool, MatchingRounds rounds, Matcher matcher, PairingRules rules,
            Clock clock) {
        this.pairs = pairs;
        this.rules = rules;
        this.pool = pool;
        this.rounds = rounds;
        this.matcher = matcher;
        this.clock = clock;
    }

    @Transactional
    public MatchingRound run(Caller caller, UUID organizationId, RunRound command) {
        Place place = pairs.requireManages(caller, organizationId);
        Weights weights = weights(command.weights());
        boolean network = Boolean.TRUE.equals(command.networkMentoring());
        List<Mentee> mentees = pool.mentees(organizationId, rounds.leftUnmatchedByLatest(organizationId));
        List<Mentor> mentors = pool.mentors(organizationId, place.municipalityId(), network);

        Map<UUID, UnmatchedReason> excluded = new LinkedHashMap<>();
        pool.menteesWithoutConsent(organizationId).forEach(id -> excluded.put(id, UnmatchedReason.NO_CONSENT));
        Set<PairKey> mustPair = Set.copyOf(command.mustPair() == null ? List.of() : command.mustPair());
        Set<UUID> forced = new HashSet<>();
        mustPair.forEach(p -> forced.add(p.menteeId()));
        List<UUID> inRound = new ArrayList<>();
        PairScoring scoring = new PairScoring(weights, network);
        List<ScoredPair> candidates = new ArrayList<>();
        for (Mentee mentee : mentees) {
            if (mentee.requests().isEmpty() && !forced.contains(mentee.id())) {
                excluded.put(mentee.id(), UnmatchedReason.NO_REQUESTS);
                continue;
            }
            inRound.add(mentee.id());
            candidates.addAll(mentors.stream().map(mentor -> scoring.score(mentee, mentor)).flatMap(java.util.Optional::stream)
                    .sorted(Comparator.comparingInt(ScoredPair::score).reversed()).limit(CANDIDATES_PER_MENTEE).toList());
        }
        Map<UUID, Integer> capacities = new HashMap<>();
        mentors.forEach(m -> capacities.put(m.id(), m.capacity()));
        for (PairKey pair : mustPair) {
            if (!capacities.containsKey(pair.mentorId())) {
                throw ProblemException.unprocessable("MENTOR_NOT_AVAILABLE", "Закреплённый наставник недоступен в этом туре: "
                        + "нет согласия, не готов (отбор и обучение) или уже нет свободных мест.");
            }
        }
        MatchingProblem problem;
        try {
            problem = new MatchingProblem(inRound, capacities, candidates, mustPair,
                    Set.copyOf(command.mustNotPair() == null ? List.of() : command.mustNotPair()));
        } catch (MatchingProblem.InvalidOverrides e) {
            throw ProblemException.unprocessable("INVALID_OVERRIDES", e.getMessage());
        }
        Matching matching = matcher.solve(problem);
        Map<UUID, UnmatchedReason> unmatched = new LinkedHashMap<>(excluded);
        unmatched.putAll(matching.unmatched());
        MatchingRound round = new MatchingRound(UUID.randomUUID(), organizationId, caller.username(), clock.instant(), weights,
                network, matching.totalScore(), Proposals.of(matching, candidates, capacities), unmatched);
        rounds.add(round);
        return round;
    }

    @Transactional(readOnly = true)
    public MatchingRound round(Caller caller, UUID roundId) {
        MatchingRound round = existing(roundId);
        rules.requireSees(caller, round.organizationId(), "Подбор пар этой организации вам недоступен.");
        return round;
    }

    /** Accepts a proposal as it is, or with one of its alternatives (another mentor): the pair is formed at once. */
    @Transactional
    public Pair accept(Caller caller, UUID roundId, UUID menteeId, FormPair details) {
        MatchingRound round = existing(roundId);
        Proposal proposal = pending(round, menteeId);
        UUID mentor = details.mentorId() == null ? proposal.mentorId() : details.mentorId();
        Pair pair = pairs.form(caller, round.organizationId(), new FormPair(mentor, List.of(menteeId), details.roleModel(),
                details.format(), details.startsOn(), details.endsOn()));
        if (!rounds.decide(roundId, menteeId, Proposal.Decision.ACCEPTED, pair.id())) {
            throw ProblemException.conflict("PROPOSAL_ALREADY_DECIDED", "По этому предложению уже принято решение.");
        }
        return pair;
    }

    /** Rejects a proposal: the mentee stays in the search and goes first next round. */
    @Transactional
    public void reject(Caller caller, UUID roundId, UUID menteeId) {
        MatchingRound round = existing(roundId);
        pairs.requireManages(caller, round.organizationId());
        pending(round, menteeId);
        if (!rounds.decide(roundId, menteeId, Proposal.Decision.REJECTED, null)) {
            throw ProblemException.conflict("PROPOSAL_ALREADY_DECIDED", "По этому предложению уже принято решение.");
        }
    }

    private Proposal pending(MatchingRound round, UUID menteeId) {
        Proposal proposal = round.proposals().stream().filter(p -> p.menteeId().equals(menteeId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("PROPOSAL_NOT_FOUND", "В этом туре нет предложения для этого наставляемого."));
        if (proposal.decision() != Proposal.Decision.PENDING) {
            throw ProblemException.conflict("PROPOSAL_ALREADY_DECIDED", "По этому предложению уже принято решение.");
        }
        return proposal;
    }

    private MatchingRound existing(UUID roundId) {
        return rounds.round(roundId).orElseThrow(() -> ProblemException.notFound("ROUND_NOT_FOUND", "Тур подбора не найден."));
    }

    private static Weights weights(Map<String, Integer> raw) {
        if (raw == null || raw.isEmpty()) {
            return Weights.standard();
        }
        Map<Criterion, Integer> points = new EnumMap<>(Weights.standard().points());
        List<FieldError> errors = new ArrayList<>();
        raw.forEach((name, value) -> {
            Criterion criterion;
            try {
                criterion = Criterion.valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("weights." + name, "неизвестный критерий"));
                return;
            }
            if (value == null || value < 0 || value > Weights.MAX_POINTS) {
                errors.add(new FieldError("weights." + name, "от 0 до 100"));
                return;
            }
            points.put(criterion, value);
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Weights(points);
    }
}
