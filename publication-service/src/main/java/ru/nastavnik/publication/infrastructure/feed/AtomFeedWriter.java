package ru.nastavnik.publication.infrastructure.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import ru.nastavnik.publication.application.feed.Feed;
import ru.nastavnik.publication.application.feed.FeedEntry;
import ru.nastavnik.publication.application.feed.FeedFormat;
import ru.nastavnik.publication.application.feed.FeedWriter;

/** Atom 1.0 (RFC 4287), written with Rome. */
@Component
class AtomFeedWriter implements FeedWriter {

    @Override
    public FeedFormat format() {
        return FeedFormat.ATOM;
    }

    @Override
    public byte[] write(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setLanguage("ru");
        atom.setId(feedId(feed));
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.subtitle()));
        atom.setUpdated(Date.from(feed.updatedOrEpoch()));
        // The place itself is the feed's author: entries without named authors (news, practices without authors)
        // inherit it, as RFC 4287 requires of every entry.
        atom.setAuthors(people(List.of(feed.placeName())));
        atom.setAlternateLinks(List.of(link("alternate", feed.links().page(), "text/html")));
        atom.setOtherLinks(List.of(link("self", feed.links().feed(FeedFormat.ATOM), "application/atom+xml")));
        List<Entry> entries = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            Entry entry = new Entry();
            entry.setId(e.id());
            entry.setTitleEx(text(e.title()));
            entry.setAlternateLinks(List.of(link("alternate", feed.links().entry(e), "text/html")));
            entry.setPublished(Date.from(e.published()));
            entry.setUpdated(Date.from(e.updated()));
            entry.setSummary(text(e.summary()));
            Content content = new Content();
            content.setType(Content.HTML);
            content.setValue(e.contentHtml());
            entry.setContents(List.of(content));
            List<Category> categories = new ArrayList<>();
            Category kind = new Category();
            kind.setTerm(e.kind().label());
            categories.add(kind);
            for (String c : e.categories()) {
                Category category = new Category();
                category.setTerm(c);
                categories.add(category);
            }
            entry.setCategories(categories);
            if (!e.authors().isEmpty()) {
                entry.setAuthors(people(e.authors()));
            }
            entries.add(entry);
        }
        atom.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(atom, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    /** A stable URN of the feed itself, distinct from its place's and its entries' ids. */
    static String feedId(Feed feed) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("nastavnik-feed:" + feed.scope().path() + "/" + feed.id())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static List<SyndPerson> people(List<String> names) {
        List<SyndPerson> people = new ArrayList<>();
        for (String name : names) {
            Person person = new Person();
            person.setName(name);
            people.add(person);
        }
        return people;
    }
}
