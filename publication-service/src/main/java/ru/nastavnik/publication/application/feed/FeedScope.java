package ru.nastavnik.publication.application.feed;

import java.util.Arrays;
import java.util.Optional;

/** Whose publications a feed carries: one organization's, a municipality's organizations', or a region's. */
public enum FeedScope {
    ORGANIZATIONS("organizations"), MUNICIPALITIES("municipalities"), REGIONS("regions");

    private final String path;

    FeedScope(String path) {
        this.path = path;
    }

    /** The segment in the feed's address: {@code /public/feeds/<path>/<id>.<extension>}. */
    public String path() {
        return path;
    }

    public static Optional<FeedScope> ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }
}
