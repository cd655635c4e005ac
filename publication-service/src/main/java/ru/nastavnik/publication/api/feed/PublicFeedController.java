package ru.nastavnik.publication.api.feed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
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
    ResponseEntity<byte[]> feed(@PathVariable String scope, @PathVariable String id, @PathVariable String extension,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(name = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ifModifiedSince) {
        return respond(feeds.feed(scope, id, extension), ifNoneMatch, ifModifiedSince);
    }

    @GetMapping("/public/widget/{scope}/{id}.html")
    ResponseEntity<byte[]> page(@PathVariable String scope, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(name = HttpHeaders.IF_MODIFIED_SINCE, required = false) String ifModifiedSince) {
        return respond(feeds.page(scope, id), ifNoneMatch, ifModifiedSince);
    }

    private static ResponseEntity<byte[]> respond(RenderedFeed feed, String ifNoneMatch, String ifModifiedSince) {
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
        if (notModified(feed, ifNoneMatch, ifModifiedSince)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        headers.setContentType(MediaType.parseMediaType(feed.format().contentType()));
        headers.setContentLength(feed.bytes().length);
        return ResponseEntity.ok().headers(headers).body(feed.bytes());
    }

    /**
     * RFC 9110, 13.2.2: If-None-Match decides when present (weak comparison, "*" matches); otherwise
     * If-Modified-Since, at the resolution of HTTP dates (whole seconds).
     */
    static boolean notModified(RenderedFeed feed, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            String ours = opaque(feed.etag());
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(ours));
        }
        if (ifModifiedSince != null && feed.lastModified() != null) {
            try {
                HttpHeaders request = new HttpHeaders();
                request.set(HttpHeaders.IF_MODIFIED_SINCE, ifModifiedSince);
                Instant since = Instant.ofEpochMilli(request.getFirstDate(HttpHeaders.IF_MODIFIED_SINCE));
                return !feed.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (IllegalArgumentException unparsable) {
                return false; // an invalid date is ignored (RFC 9110)
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
