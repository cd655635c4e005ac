package ru.nastavnik.publication.application.feed;

import java.time.Instant;

/**
 * A feed written once and served many times: the bytes, their strong ETag (a hash of the bytes) and the
 * Last-Modified time (the newest entry's update; null for a feed without entries).
 */
public record RenderedFeed(FeedFormat format, byte[] bytes, String etag, Instant lastModified) {
}
