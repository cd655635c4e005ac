package ru.nastavnik.publication.infrastructure.feed;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import ru.nastavnik.publication.application.feed.Feed;
import ru.nastavnik.publication.application.feed.FeedEntry;
import ru.nastavnik.publication.application.feed.FeedFormat;
import ru.nastavnik.publication.application.feed.FeedWriter;
import tools.jackson.databind.json.JsonMapper;

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written with Jackson; the widget script reads it. */
@Component
class JsonFeedWriter implements FeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public FeedFormat format() {
        return FeedFormat.JSON;
    }

    @Override
    public byte[] write(Feed feed) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put("title", feed.title());
        document.put("home_page_url", feed.links().page());
        document.put("feed_url", feed.links().feed(FeedFormat.JSON));
        document.put("description", feed.subtitle());
        document.put("language", "ru");
        document.put("authors", List.of(Map.of("name", feed.placeName())));
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.id());
            item.put("url", feed.links().entry(e));
            item.put("title", e.title());
            item.put("content_html", e.contentHtml());
            item.put("summary", e.summary());
            item.put("date_published", rfc3339(e.published()));
            item.put("date_modified", rfc3339(e.updated()));
            List<String> tags = new ArrayList<>();
            tags.add(e.kind().label());
            tags.addAll(e.categories());
            item.put("tags", tags);
            if (!e.authors().isEmpty()) {
                item.put("authors", e.authors().stream().map(name -> Map.of("name", name)).toList());
            }
            // Which list of the widget the item belongs to; an extension, so it starts with an underscore.
            item.put("_nastavnik", Map.of("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT)));
            items.add(item);
        }
        document.put("items", items);
        return json.writeValueAsBytes(document);
    }

    private static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
