package ru.nastavnik.participant.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A professional topic of the shared taxonomy, used for mentees' requests and mentors' competencies.
 * {@code regionId} is null for the default topics every region sees, or the region that added it.
 */
public record Topic(String code, String name, String group, UUID regionId) {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,59}";

    public Topic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        if (!code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("code must match " + CODE_PATTERN);
        }
    }

    public boolean visibleIn(UUID region) {
        return regionId == null || regionId.equals(region);
    }
}
