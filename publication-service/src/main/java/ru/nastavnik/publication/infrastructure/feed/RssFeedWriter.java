package ru.nastavnik.publication.infrastructure.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import ru.nastavnik.publication.application.feed.Feed;
import ru.nastavnik.publication.application.feed.FeedEntry;
import ru.nastavnik.publication.application.feed.FeedFormat;
import ru.nastavnik.publication.application.feed.FeedWriter;

/**
 * RSS 2.0, written with Rome: the summary as the item's description, the sanitized HTML as content:encoded,
 * authors' names as dc:creator (RSS's own author element is meant for an e-mail address, which feeds never carry).
 */
@Component
class RssFeedWriter implements FeedWriter {

    @Override
    public FeedFormat format() {
        return FeedFormat.RSS;
    }

    @Override
    public byte[] write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(feed.title());
        channel.setLink(feed.links().page());
        channel.setDescription(feed.subtitle());
        channel.setLanguage("ru");
        channel.setLastBuildDate(Date.from(feed.updatedOrEpoch()));
        channel.setPubDate(Date.from(feed.updatedOrEpoch()));
        channel.setTtl(5);
        List<Item> items = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            Item item = new Item();
            item.setTitle(e.title());
            item.setLink(feed.links().entry(e));
            Guid guid = new Guid();
            guid.setPermaLink(false);
            guid.setValue(e.id());
            item.setGuid(guid);
            item.setPubDate(Date.from(e.published()));
            Description description = new Description();
            description.setType("text/plain");
            description.setValue(e.summary());
            item.setDescription(description);
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(e.contentHtml());
            item.setContent(content);
            List<Category> categories = new ArrayList<>();
            categories.add(category(e.kind().label()));
            e.categories().forEach(c -> categories.add(category(c)));
            item.setCategories(categories);
            if (!e.authors().isEmpty()) {
                DCModuleImpl dc = new DCModuleImpl();
                dc.setCreators(e.authors());
                List<Module> modules = new ArrayList<>();
                modules.add(dc);
                item.setModules(modules);
            }
            items.add(item);
        }
        channel.setItems(items);
        try {
            return new WireFeedOutput().outputString(channel, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("RSS feed could not be written", e);
        }
    }

    private static Category category(String value) {
        Category category = new Category();
        category.setValue(value);
        return category;
    }
}
