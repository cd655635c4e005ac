package ru.nastavnik.publication.infrastructure.feed;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.publication.application.feed.Feed;
import ru.nastavnik.publication.application.feed.FeedEntry;
import ru.nastavnik.publication.application.feed.FeedFormat;
import ru.nastavnik.publication.application.feed.FeedWriter;
import ru.nastavnik.publication.application.feed.WidgetPageStyle;

/**
 * The widget as a page for an iframe: every text escaped here, on the server; only an entry's content is markup,
 * and that is the sanitized safe subset. The page carries no script and its policy forbids any.
 */
@Component
class WidgetPageWriter implements FeedWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Override
    public FeedFormat format() {
        return FeedFormat.HTML;
    }

    @Override
    public byte[] write(Feed feed) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(feed.title())).append("</title>")
                .append("<style>").append(WidgetPageStyle.CSS).append("</style></head>\n<body><main>")
                .append("<h1>").append(escape(feed.title())).append("</h1>\n");
        section(html, feed, "Практики наставничества", "Пока нет опубликованных практик.", FeedEntry.Kind.PRACTICE);
        section(html, feed, "Новости", "Пока нет новостей.", FeedEntry.Kind.NEWS);
        html.append("<p class=\"source\">Подписаться: ")
                .append(link(feed.links().feed(FeedFormat.ATOM), "Atom")).append(" · ")
                .append(link(feed.links().feed(FeedFormat.RSS), "RSS")).append(" · ")
                .append(link(feed.links().feed(FeedFormat.JSON), "JSON Feed")).append("</p>\n")
                .append("</main></body></html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder html, Feed feed, String heading, String empty, FeedEntry.Kind kind) {
        List<FeedEntry> entries = feed.entries().stream().filter(e -> e.kind() == kind).toList();
        html.append("<section><h2>").append(escape(heading)).append("</h2>\n");
        if (entries.isEmpty()) {
            html.append("<p class=\"empty\">").append(escape(empty)).append("</p>");
        } else {
            html.append("<ol>\n");
            for (FeedEntry e : entries) {
                html.append("<li id=\"").append(escape(e.anchor())).append("\">")
                        .append(link(feed.links().entry(e), e.title()))
                        .append("<time datetime=\"").append(ISO_DAY.format(e.published())).append("\">")
                        .append(DAY.format(e.published())).append("</time>")
                        .append("<p>").append(escape(e.summary())).append("</p>");
                if (!e.contentHtml().isBlank()) {
                    html.append("<details><summary>Подробнее</summary>").append(e.contentHtml()).append("</details>");
                }
                html.append("</li>\n");
            }
            html.append("</ol>");
        }
        html.append("</section>\n");
    }

    private static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\" target=\"_blank\" rel=\"noopener\">" + escape(text) + "</a>";
    }

    /** Text and attribute values alike: the five characters that could end either. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
