package ru.nastavnik.gateway;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.gateway.PortalBrowser.json;
import static ru.nastavnik.gateway.PortalBrowser.location;
import static ru.nastavnik.gateway.PortalBrowser.setCookie;

class LoginTest extends LoginGatewayTest {

    @AfterEach
    void providerBackToNormal() {
        IDENTITY_PROVIDER.issueAccessTokensFor(Duration.ofMinutes(5));
        IDENTITY_PROVIDER.refuseRefreshTokens(false);
    }

    @Test
    void gatewayStartedWhileItsIdentityProviderWasNotAnswering() {
        // Spring Boot's own client registration repository would have failed the start-up here.
        assertThat(providerAnsweredWhenGatewayWasReady).isFalse();
        assertThat(IDENTITY_PROVIDER.isAnswering()).isTrue();
    }

    @Test
    void apiWithoutLoginIsUnauthenticatedProblemNotARedirect() {
        PortalBrowser browser = browser();
        String path = "/api/participants/" + UUID.randomUUID();

        // A fetch() and a browser navigation alike: a redirect to the provider would be useless to the first.
        for (String accept : List.of("application/json", "text/html")) {
            HttpResponse<String> response = browser.get(path, "Accept", accept);

            assertUnauthenticated(response, path);
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
        HttpResponse<String> post = browser.postJson(path, "{\"a\":1}");
        assertUnauthenticated(post, path); // not a CSRF failure: there is no session to protect
        assertThat(SERVICE.receivedAt(path)).isEmpty();
    }

    @Test
    void portalSessionWithoutLoginIsUnauthenticatedProblem() {
        assertUnauthenticated(browser().get("/portal/session"), "/portal/session");
    }

    @Test
    void loginGoesThroughTheIdentityProviderWithPkceAndLandsOnTheStartPage() {
        PortalBrowser browser = browser();
        int tokenRequestsBefore = IDENTITY_PROVIDER.tokenRequests().size();

        PortalBrowser.Login login = browser.logIn();

        String toProvider = location(login.toProvider());
        assertThat(toProvider).startsWith(IDENTITY_PROVIDER.issuer() + "/authorize?");
        Map<String, String> authorization = IDENTITY_PROVIDER.authorizations().getLast().parameters();
        assertThat(authorization)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "portal")
                .containsEntry("scope", "openid profile")
                .containsEntry("redirect_uri", browser.gateway() + "/login/oauth2/code/nastavnik")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge");
        Map<String, String> tokenRequest = IDENTITY_PROVIDER.tokenRequests().get(tokenRequestsBefore);
        assertThat(tokenRequest).containsEntry("grant_type", "authorization_code").containsKey("code_verifier");

        assertThat(location(login.loggedIn())).isEqualTo(browser.gateway() + "/");
        String sessionBefore = setCookie(login.toProvider(), "NASTAVNIK_SESSION");
        String sessionAfter = setCookie(login.loggedIn(), "NASTAVNIK_SESSION");
        assertThat(sessionAfter).containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
        // A new session id once logged in: a session id planted before the login is worth nothing after it.
        assertThat(sessionBefore).isNotNull();
        assertThat(value(sessionAfter)).isNotEqualTo(value(sessionBefore));
    }

    @Test
    void portalSessionTellsWhoIsLoggedInFromTheIdToken() {
        PortalBrowser browser = browser();
        browser.logIn();

        HttpResponse<String> response = browser.get("/portal/session");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "username", "curator.school17",
                "fullName", "Иванова Мария Петровна",
                "roles", List.of("SCHOOL_CURATOR"),
                "regionId", "0b1e5a4e-0000-4000-8000-000000000001",
                "municipalityId", "0b1e5a4e-0000-4000-8000-000000000002",
                "organizationIds", List.of("0b1e5a4e-0000-4000-8000-000000000003"),
                "personId", "0b1e5a4e-0000-4000-8000-000000000004"));
    }

    @Test
    void apiCallOfALoggedInUserReachesTheServiceWithTheAccessTokenAndWithoutCookies() {
        PortalBrowser browser = browser();
        int issuedBefore = IDENTITY_PROVIDER.accessTokens().size();
        browser.logIn();
        String path = "/api/participants/" + UUID.randomUUID();

        assertThat(browser.get(path).statusCode()).isEqualTo(200);

        FakeService.Received received = SERVICE.receivedAt(path).getFirst();
        assertThat(received.header("Authorization"))
                .isEqualTo("Bearer " + IDENTITY_PROVIDER.accessTokens().get(issuedBefore));
        assertThat(received.header("Cookie")).isNull();
    }

    @Test
    void expiredAccessTokenIsRefreshedBeforeItIsRelayed() {
        // Spring Security treats a token with less than a minute left as expired.
        IDENTITY_PROVIDER.issueAccessTokensFor(Duration.ofSeconds(30));
        PortalBrowser browser = browser();
        browser.logIn();
        int issuedAtLogin = IDENTITY_PROVIDER.accessTokens().size();
        String path = "/api/monitoring/" + UUID.randomUUID();

        assertThat(browser.get(path).statusCode()).isEqualTo(200);

        assertThat(IDENTITY_PROVIDER.tokenRequests().getLast()).containsEntry("grant_type", "refresh_token");
        assertThat(IDENTITY_PROVIDER.accessTokens()).hasSize(issuedAtLogin + 1);
        assertThat(SERVICE.receivedAt(path).getFirst().header("Authorization"))
                .isEqualTo("Bearer " + IDENTITY_PROVIDER.accessTokens().getLast());
    }

    @Test
    void refusedRefreshEndsTheSession() {
        IDENTITY_PROVIDER.issueAccessTokensFor(Duration.ofSeconds(30));
        PortalBrowser browser = browser();
        browser.logIn();
        IDENTITY_PROVIDER.refuseRefreshTokens(true);
        String path = "/api/monitoring/" + UUID.randomUUID();

        HttpResponse<String> response = browser.get(path);

        assertUnauthenticated(response, path);
        assertThat((String) json(response).get("detail")).contains("Сеанс входа завершён");
        assertThat(SERVICE.receivedAt(path)).isEmpty();
        assertUnauthenticated(browser.get("/portal/session"), "/portal/session");
    }

    @Test
    void firstResponseWritesTheCsrfCookieForThePortalsScripts() {
        HttpResponse<String> firstPage = browser().get("/portal/session");

        String xsrf = setCookie(firstPage, "XSRF-TOKEN");
        assertThat(xsrf).isNotNull().contains("Path=/", "SameSite=Lax").doesNotContainIgnoringCase("HttpOnly");
        assertThat(value(xsrf)).isNotBlank();
    }

    @Test
    void changeWithoutTheCsrfTokenIsForbiddenProblemAndNeverReachesTheService() {
        PortalBrowser browser = browser();
        browser.logIn();
        String path = "/api/participants/" + UUID.randomUUID() + "/questionnaires";

        for (String[] headers : List.of(new String[0], new String[] { "X-XSRF-TOKEN", "forged" })) {
            HttpResponse<String> response = browser.postJson(path, "{\"a\":1}", headers);

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            Map<String, Object> problem = json(response);
            assertThat(problem)
                    .containsEntry("code", "CSRF_TOKEN_INVALID")
                    .containsEntry("title", "Запрос не подтверждён")
                    .containsEntry("status", 403)
                    .containsEntry("traceId", response.headers().firstValue("X-Trace-Id").orElseThrow());
            assertThat((String) problem.get("detail")).contains("CSRF");
        }
        assertThat(SERVICE.receivedAt(path)).isEmpty();
    }

    @Test
    void changeWithTheCsrfTokenIsForwardedWithTheAccessToken() {
        PortalBrowser browser = browser();
        browser.logIn();
        String path = "/api/participants/" + UUID.randomUUID() + "/questionnaires";
        String json = "{\"фамилия\":\"Иванова\"}";

        HttpResponse<String> response = browser.postJson(path, json, "X-XSRF-TOKEN", browser.csrfToken());

        assertThat(response.statusCode()).isEqualTo(200);
        FakeService.Received received = SERVICE.receivedAt(path).getFirst();
        assertThat(received.bodyText()).isEqualTo(json);
        assertThat(received.header("Authorization")).startsWith("Bearer ey");
        assertThat(received.header("Cookie")).isNull();
        assertThat(received.header("X-XSRF-TOKEN")).isNull();
    }

    @Test
    void logoutEndsTheSessionAndContinuesAtTheProvidersEndSessionEndpoint() {
        PortalBrowser browser = browser();
        browser.logIn();

        HttpResponse<String> logout = browser.send("POST", "/logout", null, "X-XSRF-TOKEN", browser.csrfToken());

        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = URI.create(location(logout));
        assertThat(endSession.toString()).startsWith(IDENTITY_PROVIDER.issuer() + "/logout?");
        Map<String, String> query = UriComponentsBuilder.fromUri(endSession).build(true).getQueryParams()
                .toSingleValueMap();
        assertThat(query).containsKey("id_token_hint");
        assertThat(java.net.URLDecoder.decode(query.get("post_logout_redirect_uri"),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(browser.gateway() + "/");
        assertUnauthenticated(browser.get("/portal/session"), "/portal/session");
        assertUnauthenticated(browser.get("/api/pairing/pairs"), "/api/pairing/pairs");
    }

    @Test
    void logoutFormOfThePortalCarriesTheTokenAsAField() {
        PortalBrowser browser = browser();
        browser.logIn();

        HttpResponse<String> forged = browser.postForm("/logout", "");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/portal/session").statusCode()).as("still logged in").isEqualTo(200);

        HttpResponse<String> logout = browser.postForm("/logout", "_csrf=" + browser.csrfToken());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).startsWith(IDENTITY_PROVIDER.issuer() + "/logout?");
    }

    @Test
    void publicFeedStaysAnonymousForLoggedInUsersAndMayBeFramed() {
        PortalBrowser browser = browser();
        browser.logIn();
        String path = "/public/widget/organizations/" + UUID.randomUUID() + ".html";

        HttpResponse<String> response = browser.get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(setCookie(response, "XSRF-TOKEN")).isNull();
        FakeService.Received received = SERVICE.receivedAt(path).getFirst();
        assertThat(received.header("Authorization")).isNull();
        assertThat(received.header("Cookie")).isNull();
    }

    @Test
    void portalPagesHealthAndDocumentsNeedNoLoginButTheRestDoes() {
        PortalBrowser browser = browser();

        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/info",
                "/actuator/prometheus", "/v3/api-docs")) {
            assertThat(browser.get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/", "/index.html", "/school/", "/region/", "/favicon.ico", "/assets/portal.css",
                "/webjars/bootstrap/css/bootstrap.min.css", "/login/anything", "/v3/api-docs/participants")) {
            assertThat(browser.get(path).statusCode()).as(path).isNotEqualTo(401);
        }
        for (String path : List.of("/actuator/metrics", "/api/publications/practices", "/anything-else")) {
            assertUnauthenticated(browser.get(path), path);
        }
    }

    @Test
    void loginRefusedAtTheProviderSendsTheUserBackToTheStartPage() {
        PortalBrowser browser = browser();
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/nastavnik");
        String state = UriComponentsBuilder.fromUriString(location(toProvider)).build().getQueryParams()
                .getFirst("state");

        HttpResponse<String> back = browser.get("/login/oauth2/code/nastavnik?error=access_denied&state=" + state);

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(location(back)).isEqualTo(browser.gateway() + "/?login=error");
        assertUnauthenticated(browser.get("/portal/session"), "/portal/session");
    }

    static void assertUnauthenticated(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Map<String, Object> problem = json(response);
        assertThat(problem)
                .containsEntry("status", 401)
                .containsEntry("code", "UNAUTHENTICATED")
                .containsEntry("title", "Требуется вход")
                .containsEntry("instance", path)
                .containsEntry("traceId", response.headers().firstValue("X-Trace-Id").orElseThrow());
        assertThat((String) problem.get("detail")).isNotBlank();
    }

    private static String value(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
}
