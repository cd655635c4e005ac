package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.publication.domain.PublishingOrganizations;

/**
 * The three formats are what their specifications say: Atom against RFC 4287's RELAX NG schema (with jing) and
 * re-read by Rome; RSS 2.0 re-read by Rome with its required elements and RFC 822 dates; JSON Feed 1.1 against a
 * JSON Schema of the specification. Feeds with practices (with and without authors) and news, and an empty one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = FeedWorld.CONTEXT)
@RealInfrastructure
class FeedValidationTest {

    /** RFC 822 (with RFC 1123's four-digit year) as RSS 2.0 requires: "Sun, 22 Nov 2026 21:05:55 GMT". */
    private static final String RFC_822 = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
            + "\\d{4} \\d{2}:\\d{2}:\\d{2} (GMT|UT|[+-]\\d{4})";

    @LocalServerPort
    int port;

    @Autowired
    PublishingOrganizations organizations;

    FeedWorld feeds;
    String withAuthors;

    @BeforeEach
    void world() throws Exception {
        feeds = new FeedWorld(port, organizations);
        withAuthors = feeds.draft(PracticeWorld.content("Наставничество «учитель – учитель» & адаптация",
                "Сводка < 300 символов", "<p>Проблема <strong>важная</strong></p>", "<ul><li>шаг 1</li><li>шаг 2</li></ul>",
                "<p>Итог: <a href=\"https://school7.example.org/itogi\">отчёт</a></p>", List.of("адаптация")),
                List.of(Map.of("personId", UUID.randomUUID().toString(), "name", "Иванова Анна Петровна", "nameConsent", true)));
        feeds.publish(withAuthors);
        feeds.published("Практика без авторов");
        feeds.news("Итоги года наставничества", "<p>Подведены <em>итоги</em></p>", "Итоги");
    }

    @Test
    void atomIsValidAgainstTheRfc4287SchemaAndRomeReadsItBack() throws Exception {
        for (String path : List.of(feeds.organizationFeed("atom"), "/public/feeds/regions/" + feeds.world.region + ".atom",
                "/public/feeds/municipalities/" + feeds.world.otherMunicipality + ".atom")) {
            String xml = ok(path);
            assertThat(relaxNgErrors(xml)).as(path).isEmpty();
            Feed atom = (Feed) new WireFeedInput().build(new StringReader(xml));
            assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
            assertThat(atom.getId()).startsWith("urn:uuid:");
            assertThat(atom.getUpdated()).isNotNull();
            // RFC 4287 4.1.1: a feed has an author unless every entry has one; ours always has.
            assertThat(atom.getAuthors()).isNotEmpty();
            assertThat(atom.getOtherLinks()).anyMatch(l -> "self".equals(l.getRel()) && l.getHref().endsWith(path));
            for (Entry entry : atom.getEntries()) {
                assertThat(entry.getId()).startsWith("urn:uuid:");
                assertThat(entry.getUpdated()).isNotNull();
                assertThat(entry.getAlternateLinks()).singleElement()
                        .satisfies(l -> assertThat(l.getHref()).startsWith("https://nastavnik.example.org/public/widget/"));
                assertThat(entry.getContents()).singleElement().satisfies(c -> assertThat(c.getType()).isEqualTo("html"));
                assertThat(entry.getSummary().getType()).isEqualTo("text");
            }
        }
        Feed school = (Feed) new WireFeedInput().build(new StringReader(ok(feeds.organizationFeed("atom"))));
        assertThat(school.getEntries()).extracting(e -> e.getTitleEx().getValue()).containsExactlyInAnyOrder(
                "Наставничество «учитель – учитель» & адаптация", "Практика без авторов", "Итоги года наставничества");
        Entry practice = school.getEntries().stream().filter(e -> e.getId().equals("urn:uuid:" + withAuthors)).findFirst().orElseThrow();
        assertThat(practice.getAuthors()).extracting(a -> a.getName()).containsExactly("Иванова Анна Петровна");
        assertThat(practice.getContents().getFirst().getValue()).contains("<strong>важная</strong>",
                "<a href=\"https://school7.example.org/itogi\" rel=\"nofollow noopener\">отчёт</a>");
        assertThat(practice.getCategories()).extracting(c -> c.getTerm()).contains("Практика наставничества", "учитель – учитель");
        assertThat(practice.getPublished()).isNotNull();
    }

    @Test
    void rssHasTheRequiredElementsAndRfc822Dates() throws Exception {
        String xml = ok(feeds.organizationFeed("rss"));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("<rss", "version=\"2.0\"");
        Channel rss = (Channel) new WireFeedInput().build(new StringReader(xml));
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getTitle()).isEqualTo("Наставничество — " + FeedWorld.SCHOOL_NAME + ": практики и новости");
        assertThat(rss.getLink()).isEqualTo("https://nastavnik.example.org/public/widget/organizations/" + feeds.world.school + ".html");
        assertThat(rss.getDescription()).isNotBlank();
        assertThat(rss.getItems()).hasSize(3);
        for (Item item : rss.getItems()) {
            assertThat(item.getTitle()).isNotBlank();
            assertThat(item.getLink()).startsWith("https://nastavnik.example.org/public/widget/organizations/");
            assertThat(item.getGuid().getValue()).startsWith("urn:uuid:");
            assertThat(item.getGuid().isPermaLink()).isFalse();
            assertThat(item.getPubDate()).isNotNull();
            assertThat(item.getDescription().getValue()).isNotBlank();
            assertThat(item.getContent().getValue()).isNotBlank();
        }
        List<String> dates = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("<(pubDate|lastBuildDate)>([^<]*)</").matcher(xml);
        while (matcher.find()) {
            dates.add(matcher.group(2));
        }
        assertThat(dates).hasSize(5).allSatisfy(date -> {
            assertThat(date).matches(RFC_822);
            ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
        });
        assertThat(xml).contains("<dc:creator>Иванова Анна Петровна</dc:creator>");
    }

    @Test
    void jsonFeedIsValidAgainstAJsonFeed11Schema() throws Exception {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/feeds/jsonfeed-1.1.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
        String empty = "/public/feeds/regions/" + UUID.randomUUID() + ".json";
        for (String path : List.of(feeds.organizationFeed("json"), "/public/feeds/regions/" + feeds.world.region + ".json",
                "/public/feeds/municipalities/" + feeds.world.otherMunicipality + ".json")) {
            String json = ok(path);
            assertThat(schema.validate(json, InputFormat.JSON)).as(path).isEmpty();
        }
        assertThat(feeds.get(empty).statusCode()).isEqualTo(404);
        // The schema is no rubber stamp: a feed missing what the specification requires fails it.
        assertThat(schema.validate("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\",\"items\":[{\"id\":\"1\"}]}",
                InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate("{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"x\",\"items\":[]}",
                InputFormat.JSON)).isNotEmpty();
        assertThat(schema.validate("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\",\"items\":"
                + "[{\"id\":\"1\",\"content_text\":\"a\",\"date_published\":\"22.11.2026\"}]}", InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void anEmptyFeedIsValidToo() throws Exception {
        // The other municipality has an organization but nothing published.
        String atom = ok("/public/feeds/municipalities/" + feeds.world.otherMunicipality + ".atom");
        assertThat(relaxNgErrors(atom)).isEmpty();
        assertThat(((Feed) new WireFeedInput().build(new StringReader(atom))).getEntries()).isEmpty();
        Channel rss = (Channel) new WireFeedInput().build(new StringReader(
                ok("/public/feeds/municipalities/" + feeds.world.otherMunicipality + ".rss")));
        assertThat(rss.getItems()).isEmpty();
        assertThat(feeds.get("/public/feeds/municipalities/" + feeds.world.otherMunicipality + ".atom").headers()
                .firstValue("Last-Modified")).isEmpty();
    }

    @Test
    void theRelaxNgSchemaRejectsWhatIsNotAtom() throws Exception {
        assertThat(relaxNgErrors("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>")).isNotEmpty();
        assertThat(relaxNgErrors("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>urn:x</id><title>x</title>"
                + "<updated>22.11.2026</updated></feed>")).isNotEmpty();
    }

    private String ok(String path) throws Exception {
        HttpResponse<String> response = feeds.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** jing with the RFC's compact-syntax schema; every error it reports, empty when the document is valid. */
    static List<String> relaxNgErrors(String xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        var schema = FeedValidationTest.class.getResource("/feeds/atom.rnc");
        if (!driver.loadSchema(new InputSource(schema.toString()))) {
            throw new AssertionError("The Atom schema did not load: " + errors);
        }
        boolean valid = driver.validate(new InputSource(new StringReader(xml)));
        if (!valid && errors.isEmpty()) {
            errors.add("invalid");
        }
        return errors;
    }
}
