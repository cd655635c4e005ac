package ru.nastavnik.publication.api.feed;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.publication.application.feed.FeedFormat;
import ru.nastavnik.publication.application.feed.PublicFeeds;
import ru.nastavnik.publication.application.feed.RenderedFeed;
import ru.nastavnik.publication.application.feed.WidgetPageStyle;

/**
 * The public feeds and the widget page: anonymous (GET and HEAD only, see the starter's resource server), served
 * from memory, with validators so that feed readers and browsers mostly get a bodiless 304.
 *
 * <p>{@code Cache-Control: public, max-age=300}: feed readers poll every quarter of an hour or less often and a
 * school's widget need not show a new practice within seconds, so five minutes in any cache (a browser, a proxy, a
 * CDN in front of the gateway) cost nothing noticeable; after that a conditional request revalidates cheaply.
 */
@RestController
class PublicFeedController {

    static final String CACHE = "public, max-age=300";

    private final PublicFeeds feeds;

    PublicFeedController(PublicFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/public/feeds/{scope}/{id}.{extension}")
    ResponseEntity<byte[]> feed(@PathVariable String scope, @PathVariable String id, @PathVariable String extension) {
        return respond(feeds.feed(scope, id, extension));
    }

    @GetMapping("/public/widget/{scope}/{id}.html")
    ResponseEntity<byte[]> page(@PathVariable String scope, @PathVariable String id) {
        return respond(feeds.page(scope, id));
    }

    /**
     * The whole answer with its validators. Spring MVC compares them with If-None-Match / If-Modified-Since itself
     * (RFC 9110's order, weak comparison, HTTP-date resolution) and turns a match into a bodiless 304 with these headers.
     */
    private static ResponseEntity<byte[]> respond(RenderedFeed feed) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(feed.etag());
        if (feed.lastModified() != null) {
            headers.setLastModified(feed.lastModified());
        }
        headers.set(HttpHeaders.CACHE_CONTROL, CACHE);
        // Read from any site; nothing here depends on a cookie or a token.
        headers.setAccessControlAllowOrigin("*");
        headers.set("X-Content-Type-Options", "nosniff");
        if (feed.format() == FeedFormat.HTML) {
            headers.set("Content-Security-Policy", WidgetPageStyle.CONTENT_SECURITY_POLICY);
            headers.set("Referrer-Policy", "no-referrer");
        }
        headers.setContentType(MediaType.parseMediaType(feed.format().contentType()));
        headers.setContentLength(feed.bytes().length);
        return ResponseEntity.ok().headers(headers).body(feed.bytes());
    }
}
