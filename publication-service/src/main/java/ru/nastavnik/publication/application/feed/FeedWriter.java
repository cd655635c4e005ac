package ru.nastavnik.publication.application.feed;

/** Writes a feed in one format; implementations live in infrastructure (Rome, Jackson, the widget page). */
public interface FeedWriter {

    FeedFormat format();

    byte[] write(Feed feed);
}
