package ru.nastavnik.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as the gateway can tell: {@link HttpClient} with a cookie store, redirects followed by hand so
 * that every hop of the login can be checked.
 */
final class PortalBrowser {

    /** What a logged-in browser went through: gateway → identity provider → gateway's callback → start page. */
    record Login(HttpResponse<String> toProvider, HttpResponse<String> backWithCode, HttpResponse<String> loggedIn) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final HttpClient http;

    PortalBrowser(int gatewayPort) {
        this.gateway = "http://localhost:" + gatewayPort;
        this.http = HttpClient.newBuilder()
                .cookieHandler(this.cookies)
                .version(HttpClient.Version.HTTP_1_1) // as browsers speak to a plain-HTTP server (no h2c upgrade)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    String gateway() {
        return this.gateway;
    }

    /**
     * Logs in the way a browser does: the portal's "Войти" link, the identity provider's redirect back with a
     * code, and the gateway's redirect to the start page.
     */
    Login logIn() {
        HttpResponse<String> toProvider = get("/oauth2/authorization/nastavnik");
        assertThat(toProvider.statusCode()).as("gateway sends the browser to the identity provider").isEqualTo(302);
        HttpResponse<String> backWithCode = get(location(toProvider));
        assertThat(backWithCode.statusCode()).as("identity provider sends the browser back").isEqualTo(302);
        HttpResponse<String> loggedIn = get(location(backWithCode));
        assertThat(loggedIn.statusCode()).as("gateway's callback: %s", loggedIn.body()).isEqualTo(302);
        return new Login(toProvider, backWithCode, loggedIn);
    }

    /** GET of a gateway path or of an absolute URL. */
    HttpResponse<String> get(String pathOrUrl, String... headers) {
        return send("GET", pathOrUrl, null, headers);
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return send("POST", path, json, withContentType("application/json", headers));
    }

    HttpResponse<String> postForm(String path, String form, String... headers) {
        return send("POST", path, form, withContentType("application/x-www-form-urlencoded", headers));
    }

    HttpResponse<String> send(String method, String pathOrUrl, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl))
                .timeout(Duration.ofSeconds(15))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(method + " " + pathOrUrl + ": " + ex, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The value of a cookie the browser holds for the gateway, or null. */
    String cookie(String name) {
        return this.cookies.getCookieStore().get(URI.create(this.gateway)).stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The CSRF token the portal's JavaScript reads from the XSRF-TOKEN cookie. */
    String csrfToken() {
        String token = cookie("XSRF-TOKEN");
        assertThat(token).as("XSRF-TOKEN cookie").isNotBlank();
        return token;
    }

    static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location in " + response.statusCode() + " " + response.uri()));
        return response.uri().resolve(location).toString();
    }

    /** The Set-Cookie header that sets the named cookie, attributes included. */
    static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst()
                .orElse(null);
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {
        });
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.gateway + pathOrUrl);
    }

    private static String[] withContentType(String contentType, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = contentType;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }
}
