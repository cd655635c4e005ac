package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.events.pairing.RoleModel;

/**
 * A search in the bank: words (every one must match, in any grammatical form), filters (null means any) and a
 * page. {@code visibility} says which practices the caller may find at all.
 */
public record PracticeSearch(String text, RoleModel form, String subject, BankLevel level, UUID organizationId,
        Visibility visibility, int page, int size) {

    /**
     * Published practices of the region are everyone's; beyond them, the caller finds unpublished practices of the
     * municipality or organizations they may see (null and empty: none).
     */
    public record Visibility(UUID regionId, boolean wholeRegion, UUID municipalityId, List<UUID> organizationIds) {
    }
}
