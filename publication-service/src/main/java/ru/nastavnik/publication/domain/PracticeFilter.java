package ru.nastavnik.publication.domain;

import java.util.UUID;

/** A list of practices of one region, narrowed by place and status; null means any. */
public record PracticeFilter(UUID regionId, UUID municipalityId, UUID organizationId, PracticeStatus status) {
}
