package ru.nastavnik.pairing.domain.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A mentor as matching sees them: organizations they work in, subjects, experience, competencies (topic code →
 * level 1–3), how many mentees they can take now, the mentees they named, and the forms of mentoring they offer.
 */
public record Mentor(UUID id, Set<UUID> organizationIds, UUID municipalityId, Set<String> subjects,
        int yearsOfExperience, Map<String, Integer> competencies, int capacity, List<UUID> preferredMentees,
        Set<String> forms) {

    public Mentor {
        organizationIds = Set.copyOf(organizationIds);
        subjects = Set.copyOf(subjects);
        competencies = Map.copyOf(competencies);
        preferredMentees = List.copyOf(preferredMentees);
        forms = Set.copyOf(forms);
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0");
        }
    }
}
