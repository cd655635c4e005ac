package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser as far as OIDC needs one: cookies, no automatic redirects (each hop is asserted), form posts; and the
 * portal's side of the flow (PKCE, the code exchange with client_secret_basic).
 */
final class Browser {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Browser(String issuer) {
        this.issuer = issuer;
    }

    /** What the portal receives at the end of a successful flow. */
    record Tokens(String accessToken, String idToken, String refreshToken, JsonNode response, String nonce) {
    }

    /** The authorization request the portal would send, with PKCE (S256). */
    record AuthorizationRequest(String url, String state, String nonce, String codeVerifier) {

        static AuthorizationRequest create(String issuer, String redirectUri) {
            String verifier = random();
            String state = random();
            String nonce = random();
            String url = issuer + "/oauth2/authorize?response_type=code&client_id=portal"
                    + "&scope=" + encode("openid profile") + "&redirect_uri=" + encode(redirectUri)
                    + "&state=" + state + "&nonce=" + nonce
                    + "&code_challenge=" + s256(verifier) + "&code_challenge_method=S256";
            return new AuthorizationRequest(url, state, nonce, verifier);
        }
    }

    /** The whole authorization-code flow: authorize → login page → POST /login → code → token. */
    Tokens logIn(String username, String password) throws Exception {
        AuthorizationRequest request = AuthorizationRequest.create(issuer, HttpTestBase.REDIRECT_URI);
        HttpResponse<String> toLogin = get(request.url());
        assertThat(toLogin.statusCode()).as("authorize without a session").isEqualTo(302);
        assertThat(location(toLogin)).isEqualTo(URI.create(issuer + "/login"));

        HttpResponse<String> loginPage = get(location(toLogin).toString());
        assertThat(loginPage.statusCode()).isEqualTo(200);

        HttpResponse<String> afterLogin = postForm(issuer + "/login", Map.of("username", username,
                "password", password, "_csrf", csrfToken(loginPage.body())), null);
        assertThat(afterLogin.statusCode()).as("POST /login").isEqualTo(302);
        assertThat(location(afterLogin).getPath()).as("back to the saved authorization request")
                .isEqualTo("/oauth2/authorize");

        HttpResponse<String> toPortal = get(location(afterLogin).toString());
        assertThat(toPortal.statusCode()).as("authorize with a session").isEqualTo(302);
        URI callback = location(toPortal);
        assertThat(callback.toString()).startsWith(HttpTestBase.REDIRECT_URI + "?");
        Map<String, String> query = query(callback);
        assertThat(query).containsEntry("state", request.state()).containsKey("code");

        HttpResponse<String> token = postForm(issuer + "/oauth2/token", Map.of(
                "grant_type", "authorization_code",
                "code", query.get("code"),
                "redirect_uri", HttpTestBase.REDIRECT_URI,
                "code_verifier", request.codeVerifier()), HttpTestBase.CLIENT_SECRET);
        assertThat(token.statusCode()).as("token response: %s", token.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(token.body());
        return new Tokens(body.get("access_token").asString(), body.get("id_token").asString(),
                body.get("refresh_token").asString(), body, request.nonce());
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                        // as a browser navigates: the login redirect is only for HTML requests
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> getWithBearer(String url, String accessToken) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + accessToken)
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form POST; with {@code clientSecret}, authenticated as the portal with client_secret_basic. */
    HttpResponse<String> postForm(String url, Map<String, String> form, String clientSecret)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"))));
        if (clientSecret != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("portal:" + clientSecret).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String csrfToken(String loginPage) {
        Matcher matcher = CSRF.matcher(loginPage);
        assertThat(matcher.find()).as("CSRF field in the login form").isTrue();
        return matcher.group(1);
    }

    static URI location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location header, status " + response.statusCode()));
        return response.uri().resolve(location);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return parameters;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
