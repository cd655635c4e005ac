package ru.nastavnik.pairing.domain.matching;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Scores a mentor for a mentee from explainable criteria. A pair is not a candidate at all when the mentor covers
 * none of the mentee's requests, or works elsewhere and the municipality does not allow network mentoring.
 */
public final class PairScoring {

    /** A mentor this much more experienced gets the whole experience weight; half from 3 years. */
    static final int FULL_EXPERIENCE_GAP = 5;
    static final int HALF_EXPERIENCE_GAP = 3;

    private final Weights weights;
    private final boolean networkMentoring;

    public PairScoring(Weights weights, boolean networkMentoring) {
        this.weights = weights;
        this.networkMentoring = networkMentoring;
    }

    public Optional<ScoredPair> score(Mentee mentee, Mentor mentor) {
        boolean sameOrganization = mentor.organizationIds().contains(mentee.organizationId());
        if (!sameOrganization && !(networkMentoring && mentor.municipalityId().equals(mentee.municipalityId()))) {
            return Optional.empty();
        }
        double coverage = coverage(mentee.requests(), mentor.competencies());
        if (coverage == 0) {
            return Optional.empty();
        }
        Map<Criterion, Integer> parts = new EnumMap<>(Criterion.class);
        parts.put(Criterion.COMPETENCY_COVERAGE, (int) Math.round(weights.of(Criterion.COMPETENCY_COVERAGE) * coverage));
        parts.put(Criterion.SHARED_SUBJECT, mentee.subjects().stream().anyMatch(mentor.subjects()::contains)
                ? weights.of(Criterion.SHARED_SUBJECT) : 0);
        int gap = mentor.yearsOfExperience() - mentee.yearsOfExperience();
        parts.put(Criterion.EXPERIENCE_GAP, gap >= FULL_EXPERIENCE_GAP ? weights.of(Criterion.EXPERIENCE_GAP)
                : gap >= HALF_EXPERIENCE_GAP ? weights.of(Criterion.EXPERIENCE_GAP) / 2 : 0);
        parts.put(Criterion.SAME_ORGANIZATION, sameOrganization ? weights.of(Criterion.SAME_ORGANIZATION) : 0);
        parts.put(Criterion.MUTUAL_CHOICE, choice(mentee, mentor));
        parts.put(Criterion.MENTORING_FORM, mentee.preferredForm() != null && mentor.forms().contains(mentee.preferredForm())
                ? weights.of(Criterion.MENTORING_FORM) : 0);
        parts.put(Criterion.EARLIER_ROUND_PRIORITY, mentee.leftUnmatchedBefore() ? weights.of(Criterion.EARLIER_ROUND_PRIORITY) : 0);
        int total = parts.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(new ScoredPair(mentee.id(), mentor.id(), total, parts));
    }

    /** The share of requests covered, each request counting fully when the competency's level reaches it. */
    static double coverage(Map<String, Integer> requests, Map<String, Integer> competencies) {
        if (requests.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (Map.Entry<String, Integer> request : requests.entrySet()) {
            int level = competencies.getOrDefault(request.getKey(), 0);
            sum += Math.min(1.0, (double) level / request.getValue());
        }
        return sum / requests.size();
    }

    /**
     * Half the weight for each side's choice, scaled by rank (first choice counts fully, third a third): both
     * choosing each other first gets all of it.
     */
    private int choice(Mentee mentee, Mentor mentor) {
        double half = weights.of(Criterion.MUTUAL_CHOICE) / 2.0;
        return (int) Math.round(half * rankFactor(mentee.preferredMentors().indexOf(mentor.id()))
                + half * rankFactor(mentor.preferredMentees().indexOf(mentee.id())));
    }

    private static double rankFactor(int index) {
        return index < 0 || index > 2 ? 0 : (3 - index) / 3.0;
    }
}
