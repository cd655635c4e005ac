package ru.nastavnik.publication.application.feed;

import java.util.UUID;

/** The public addresses of one feed's documents, absolute, under the platform's public URL. */
public record FeedLinks(String baseUrl, FeedScope scope, UUID id) {

    public String feed(FeedFormat format) {
        return baseUrl + "/public/feeds/" + scope.path() + "/" + id + "." + format.extension();
    }

    /** The widget's page of the same place: the feed's home page and every entry's link (by its anchor). */
    public String page() {
        return baseUrl + "/public/widget/" + scope.path() + "/" + id + ".html";
    }

    public String entry(FeedEntry entry) {
        return page() + "#" + entry.anchor();
    }
}
