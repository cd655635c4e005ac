package ru.nastavnik.publication.application.feed;

import java.util.Arrays;
import java.util.Optional;

/** The ways a feed is written: three syndication formats and the widget's HTML page for an iframe. */
public enum FeedFormat {
    ATOM("atom", "application/atom+xml;charset=UTF-8"),
    RSS("rss", "application/rss+xml;charset=UTF-8"),
    JSON("json", "application/feed+json;charset=UTF-8"),
    HTML("html", "text/html;charset=UTF-8");

    private final String extension;
    private final String contentType;

    FeedFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The syndication formats only: the widget page has an address of its own. */
    public static Optional<FeedFormat> ofFeedExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f != HTML && f.extension.equals(extension)).findFirst();
    }
}
