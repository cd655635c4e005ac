package ru.nastavnik.pairing.domain.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A mentee as matching sees them: where they work, what they teach, their professional requests (topic code →
 * level 1–3), the mentors they named on the preference form (best first), the form of mentoring they prefer,
 * and whether an earlier round left them without a pair.
 */
public record Mentee(UUID id, UUID organizationId, UUID municipalityId, Set<String> subjects, int yearsOfExperience,
        Map<String, Integer> requests, List<UUID> preferredMentors, String preferredForm, boolean leftUnmatchedBefore) {

    public Mentee {
        subjects = Set.copyOf(subjects);
        requests = Map.copyOf(requests);
        preferredMentors = List.copyOf(preferredMentors);
    }
}
