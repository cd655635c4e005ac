package ru.nastavnik.launcher.e2e;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ru.nastavnik.demo.DemoRegion;

/**
 * A person in a browser, without the browser: follows the gateway's redirects to the identity provider,
 * fills its login form, comes back with a session cookie, and sends the CSRF header on changes.
 */
final class PortalSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"_csrf\"");

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String gateway;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    private PortalSession(String gateway) {
        this.gateway = gateway;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static PortalSession anonymous(String gateway) {
        return new PortalSession(gateway);
    }

    static PortalSession login(String gateway, String username) throws Exception {
        PortalSession session = new PortalSession(gateway);
        session.logIn(username);
        return session;
    }

    private void logIn(String username) throws Exception {
        URI next = URI.create(gateway + "/oauth2/authorization/nastavnik");
        boolean submitted = false;
        for (int hop = 0; hop < 20; hop++) {
            // Like a browser: the identity provider shows its login page only to clients that accept HTML.
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(next).header("Accept", BROWSER_ACCEPT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 == 3) {
                next = next.resolve(response.headers().firstValue("Location").orElseThrow());
                if (submitted && next.toString().startsWith(gateway) && !next.getPath().startsWith("/login")
                        && !next.getPath().startsWith("/oauth2")) {
                    return; // back at the portal with a session
                }
                continue;
            }
            if (response.statusCode() == 200 && !submitted && response.body().contains("name=\"password\"")) {
                next = submitLoginForm(next, response.body(), username);
                submitted = true;
                continue;
            }
            if (submitted && response.statusCode() == 200 && next.toString().startsWith(gateway)) {
                return;
            }
            throw new IllegalStateException("Login stuck at " + next + " with " + response.statusCode());
        }
        throw new IllegalStateException("Too many redirects while logging in");
    }

    private URI submitLoginForm(URI page, String html, String username) throws Exception {
        Matcher action = FORM_ACTION.matcher(html);
        URI target = action.find() ? page.resolve(action.group(1).replace("&amp;", "&")) : page;
        Matcher csrf = CSRF.matcher(html);
        String token = csrf.find() ? (csrf.group(1) != null ? csrf.group(1) : csrf.group(2)) : "";
        String form = Map.of("username", username, "password", DemoRegion.DEMO_PASSWORD, "_csrf", token).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER_ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException("Login form answered " + response.statusCode());
        }
        URI next = target.resolve(response.headers().firstValue("Location").orElseThrow());
        if (next.getQuery() != null && next.getQuery().contains("error")) {
            throw new IllegalStateException("Login refused for " + username);
        }
        return next;
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30));
        if (!"GET".equals(method)) {
            xsrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private java.util.Optional<String> xsrfToken() throws Exception {
        if (cookies.getCookieStore().get(URI.create(gateway)).stream().noneMatch(c -> c.getName().equals("XSRF-TOKEN"))) {
            send("GET", "/portal/session", null); // the gateway writes the cookie on a GET
        }
        return cookies.getCookieStore().get(URI.create(gateway)).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst();
    }
}
