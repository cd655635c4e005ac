package ru.nastavnik.publication.application.feed;

import java.time.Instant;
import java.util.List;

/**
 * One publication in a feed, already made public: a published practice or a news item. {@code summary} is plain
 * text, {@code contentHtml} only the safe subset of markup (Texts.rich), {@code authors} the names as stored (a
 * consented name or «Автор»), nothing else of any person.
 *
 * @param id       stable and global: {@code urn:uuid:<the practice's or news item's id>}
 * @param anchor   the entry's anchor on the widget page, e.g. {@code practice-<uuid>}
 */
public record FeedEntry(String id, Kind kind, String anchor, String title, Instant published, Instant updated,
        String summary, String contentHtml, List<String> categories, List<String> authors) {

    public enum Kind {
        PRACTICE("Практика наставничества"), NEWS("Новость");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public FeedEntry {
        categories = List.copyOf(categories);
        authors = List.copyOf(authors);
    }
}
