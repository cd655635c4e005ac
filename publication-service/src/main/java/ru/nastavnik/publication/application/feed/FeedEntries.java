package ru.nastavnik.publication.application.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Entities;

import ru.nastavnik.publication.domain.Author;
import ru.nastavnik.publication.domain.FormNames;
import ru.nastavnik.publication.domain.ModerationAction;
import ru.nastavnik.publication.domain.ModerationStep;
import ru.nastavnik.publication.domain.NewsItem;
import ru.nastavnik.publication.domain.PracticeContent;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.ResultFigure;
import ru.nastavnik.publication.domain.Texts;

/**
 * Turns published practices and news items into feed entries. Only what is public goes in: stored texts are already
 * sanitized (plain fields without markup, rich fields in the safe subset), the few tags added here wrap escaped
 * text, and authors are the names as stored - a consented name or «Автор».
 */
final class FeedEntries {

    static final int SUMMARY_LENGTH = 300;

    private FeedEntries() {
    }

    static FeedEntry of(PracticeState practice) {
        PracticeContent content = practice.content();
        List<String> categories = new ArrayList<>();
        if (content.form() != null) {
            categories.add(FormNames.of(content.form()));
        }
        if (content.format() != null) {
            categories.add(FormNames.of(content.format()) + " наставничество");
        }
        content.subjects().stream().filter(s -> !categories.contains(s)).forEach(categories::add);
        StringBuilder html = new StringBuilder();
        if (!content.summary().isBlank()) {
            html.append("<p>").append(escape(content.summary())).append("</p>");
        }
        section(html, "Проблема", content.problem());
        section(html, "Решение", content.solution());
        section(html, "Результаты", content.results());
        if (!content.figures().isEmpty()) {
            html.append("<ul>");
            for (ResultFigure figure : content.figures()) {
                html.append("<li>").append(escape(figure.label() + ": " + number(figure.value())
                        + (figure.unit() == null || figure.unit().isBlank() ? "" : " " + figure.unit()))).append("</li>");
            }
            html.append("</ul>");
        }
        String summary = content.summary().isBlank()
                ? shorten(Texts.plain(content.problem() + " " + content.solution() + " " + content.results()))
                : shorten(content.summary());
        List<String> authors = practice.authors().stream().map(Author::displayName).distinct().toList();
        return new FeedEntry("urn:uuid:" + practice.id(), FeedEntry.Kind.PRACTICE, "practice-" + practice.id(),
                content.title(), publishedAt(practice), practice.updatedAt(), summary, html.toString(), categories,
                authors);
    }

    static FeedEntry of(NewsItem item) {
        Instant dated = item.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant updated = item.updatedAt() == null || item.updatedAt().isBefore(dated) ? dated : item.updatedAt();
        return new FeedEntry("urn:uuid:" + item.id(), FeedEntry.Kind.NEWS, "news-" + item.id(), item.title(), dated,
                updated, shorten(Texts.plain(item.body())), item.body(), List.of(item.rubric()), List.of());
    }

    /** When the regional institute published it; the date alone for a practice published before steps had times. */
    private static Instant publishedAt(PracticeState practice) {
        return practice.history().reversed().stream().filter(s -> s.action() == ModerationAction.PUBLISH)
                .map(ModerationStep::at).findFirst()
                .orElseGet(() -> practice.publishedOn() == null ? practice.updatedAt()
                        : practice.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void section(StringBuilder html, String heading, String richText) {
        if (richText != null && !Texts.plain(richText).isBlank()) {
            html.append("<p><strong>").append(escape(heading)).append("</strong></p>").append(richText);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String shorten(String text) {
        String plain = text.strip();
        return plain.length() <= SUMMARY_LENGTH ? plain : plain.substring(0, SUMMARY_LENGTH - 1).strip() + "…";
    }

    static String escape(String text) {
        return Entities.escape(text);
    }
}
