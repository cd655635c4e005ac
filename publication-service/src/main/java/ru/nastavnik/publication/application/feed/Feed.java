package ru.nastavnik.publication.application.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a feed says, before it is written in a format: its place, titles, the newest entries first, and its
 * addresses. {@code updated} is the newest entry's update time, or null for a feed without entries.
 */
public record Feed(FeedScope scope, UUID id, String title, String subtitle, String placeName, Instant updated,
        List<FeedEntry> entries, FeedLinks links) {

    public Feed {
        entries = List.copyOf(entries);
    }

    /** A date every format can carry even for an empty feed: the newest entry's, or the Unix epoch. */
    public Instant updatedOrEpoch() {
        return updated == null ? Instant.EPOCH : updated;
    }
}
