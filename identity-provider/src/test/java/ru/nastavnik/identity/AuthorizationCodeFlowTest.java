package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.identity.TokenClaimsAssert.assertContractClaims;
import static ru.nastavnik.identity.TokenClaimsAssert.strings;
import static ru.nastavnik.identity.TokenClaimsAssert.text;
import static ru.nastavnik.identity.TokenClaimsAssert.verifiedPayload;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.JWKSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ru.nastavnik.demo.DemoRegion;
import tools.jackson.databind.JsonNode;

/** The portal's authorization-code flow with PKCE, end to end over HTTP, as the gateway and a browser drive it. */
@ExtendWith(OutputCaptureExtension.class)
class AuthorizationCodeFlowTest extends HttpTestBase {

    private JWKSet jwks;

    /** Per test, not @BeforeAll: the application context (and so the server) starts with the first test instance. */
    @BeforeEach
    void fetchJwks() throws Exception {
        jwks = JWKSet.parse(new Browser(ISSUER).get(ISSUER + "/oauth2/jwks").body());
    }

    static Stream<DemoRegion.User> demoUsers() {
        return DemoRegion.USERS.stream();
    }

    @Test
    void aSchoolCuratorGetsHerOrganizationsInAccessAndIdToken() throws Exception {
        DemoRegion.User curator = DemoRegion.user("school1.curator").orElseThrow();
        Browser.Tokens tokens = new Browser(ISSUER).logIn("school1.curator", DemoRegion.DEMO_PASSWORD);

        JsonNode access = verifiedPayload(tokens.accessToken(), jwks);
        assertThat(text(access, "iss")).isEqualTo(ISSUER);
        assertContractClaims(access, curator);
        // Spelled out for the case the contract is about: two organizations, the first one is organization_id.
        assertThat(strings(access, "organization_ids")).containsExactly(
                DemoRegion.SCHOOL_1.id().toString(), DemoRegion.KINDERGARTEN_5.id().toString());
        assertThat(text(access, "organization_id")).isEqualTo(DemoRegion.SCHOOL_1.id().toString());
        assertThat(text(access, "municipality_id")).isEqualTo(DemoRegion.LENINGRADSKY.id().toString());
        assertThat(access.has("person_id")).isFalse();
        assertThat(strings(access, "scope")).containsExactlyInAnyOrder("openid", "profile");

        JsonNode id = verifiedPayload(tokens.idToken(), jwks);
        assertThat(text(id, "iss")).isEqualTo(ISSUER);
        assertThat(text(id, "nonce")).isEqualTo(tokens.nonce());
        assertThat(text(id, "aud")).as("one audience, as a string").isEqualTo("portal");
        assertContractClaims(id, curator);
    }

    @Test
    void aRegionAdminHasNoMunicipalityNoOrganizationAndNoPerson() throws Exception {
        DemoRegion.User admin = DemoRegion.user("region.admin").orElseThrow();
        Browser.Tokens tokens = new Browser(ISSUER).logIn("region.admin", DemoRegion.DEMO_PASSWORD);

        for (String token : new String[] {tokens.accessToken(), tokens.idToken()}) {
            JsonNode claims = verifiedPayload(token, jwks);
            assertContractClaims(claims, admin);
            assertThat(strings(claims, "roles")).containsExactly("REGION_ADMIN");
            assertThat(text(claims, "region_id")).isEqualTo(DemoRegion.REGION.id().toString());
            assertThat(strings(claims, "organization_ids")).as("an empty array, not absent").isEmpty();
            assertThat(claims.has("municipality_id")).isFalse();
            assertThat(claims.has("organization_id")).isFalse();
            assertThat(claims.has("person_id")).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void everyDemoUserGetsTheContractClaimsInTokensAndUserinfo(DemoRegion.User user) throws Exception {
        Browser browser = new Browser(ISSUER);
        Browser.Tokens tokens = browser.logIn(user.username(), DemoRegion.DEMO_PASSWORD);

        assertContractClaims(verifiedPayload(tokens.accessToken(), jwks), user);
        assertContractClaims(verifiedPayload(tokens.idToken(), jwks), user);
        HttpResponse<String> userInfo = browser.getWithBearer(ISSUER + "/userinfo", tokens.accessToken());
        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        assertContractClaims(Browser.JSON.readTree(userInfo.body()), user);
    }

    @Test
    void aRefreshedAccessTokenCarriesTheSameClaims() throws Exception {
        DemoRegion.User mentor = DemoRegion.user("school7.mentor").orElseThrow();
        Browser browser = new Browser(ISSUER);
        Browser.Tokens tokens = browser.logIn(mentor.username(), DemoRegion.DEMO_PASSWORD);

        HttpResponse<String> refreshed = browser.postForm(ISSUER + "/oauth2/token",
                Map.of("grant_type", "refresh_token", "refresh_token", tokens.refreshToken()), CLIENT_SECRET);

        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode body = Browser.JSON.readTree(refreshed.body());
        assertThat(body.get("access_token").asString()).isNotEqualTo(tokens.accessToken());
        assertContractClaims(verifiedPayload(body.get("access_token").asString(), jwks), mentor);
        assertContractClaims(verifiedPayload(body.get("id_token").asString(), jwks), mentor);
    }

    @Test
    void aWrongPasswordShowsTheRussianErrorAndIssuesNoCode() throws Exception {
        Browser browser = new Browser(ISSUER);
        Browser.AuthorizationRequest request = Browser.AuthorizationRequest.create(ISSUER, REDIRECT_URI);
        HttpResponse<String> loginPage = browser.get(Browser.location(browser.get(request.url())).toString());

        HttpResponse<String> failed = browser.postForm(ISSUER + "/login", Map.of("username", "school1.curator",
                "password", "wrong-password", "_csrf", Browser.csrfToken(loginPage.body())), null);

        assertThat(failed.statusCode()).isEqualTo(302);
        URI errorPage = Browser.location(failed);
        assertThat(errorPage.toString()).isEqualTo(ISSUER + "/login?error");
        HttpResponse<String> page = browser.get(errorPage.toString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Неверный логин или пароль").contains("Вход в Наставник");
        // Still not logged in: the authorization request sends the browser back to the login page.
        assertThat(Browser.location(browser.get(request.url())).getPath()).isEqualTo("/login");
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() throws Exception {
        Browser browser = new Browser(ISSUER);
        HttpResponse<String> loginPage = browser.get(ISSUER + "/login");

        HttpResponse<String> failed = browser.postForm(ISSUER + "/login", Map.of("username", "nobody",
                "password", DemoRegion.DEMO_PASSWORD, "_csrf", Browser.csrfToken(loginPage.body())), null);

        assertThat(Browser.location(failed).toString()).isEqualTo(ISSUER + "/login?error");
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        Browser browser = new Browser(ISSUER);
        browser.get(ISSUER + "/login");

        HttpResponse<String> refused = browser.postForm(ISSUER + "/login",
                Map.of("username", "school1.curator", "password", DemoRegion.DEMO_PASSWORD), null);

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theTokenEndpointRefusesAWrongClientSecretAndAWrongCodeVerifier() throws Exception {
        Browser browser = new Browser(ISSUER);
        assertThat(browser.postForm(ISSUER + "/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", "x", "redirect_uri", REDIRECT_URI), "not-the-secret").statusCode()).isEqualTo(401);

        // A valid code exchanged with another verifier (a stolen code) is refused.
        Browser.AuthorizationRequest request = Browser.AuthorizationRequest.create(ISSUER, REDIRECT_URI);
        HttpResponse<String> loginPage = browser.get(Browser.location(browser.get(request.url())).toString());
        HttpResponse<String> afterLogin = browser.postForm(ISSUER + "/login", Map.of("username", "school1.mentee",
                "password", DemoRegion.DEMO_PASSWORD, "_csrf", Browser.csrfToken(loginPage.body())), null);
        String code = Browser.query(Browser.location(browser.get(Browser.location(afterLogin).toString()))).get("code");
        HttpResponse<String> refused = browser.postForm(ISSUER + "/oauth2/token", Map.of("grant_type",
                "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
                "code_verifier", "a-different-verifier-a-different-verifier-123"), CLIENT_SECRET);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
    }

    @Test
    void anUnregisteredRedirectUriGetsNoRedirect() throws Exception {
        Browser browser = new Browser(ISSUER);
        browser.logIn("school7.curator", DemoRegion.DEMO_PASSWORD);

        String url = Browser.AuthorizationRequest.create(ISSUER, "http://evil.example/callback").url();
        HttpResponse<String> response = browser.get(url);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void rpInitiatedLogoutEndsTheSessionAndReturnsToThePortal() throws Exception {
        Browser browser = new Browser(ISSUER);
        Browser.Tokens tokens = browser.logIn("school1.mentor", DemoRegion.DEMO_PASSWORD);

        HttpResponse<String> logout = browser.get(ISSUER + "/connect/logout?id_token_hint=" + tokens.idToken()
                + "&post_logout_redirect_uri=" + Browser.encode(POST_LOGOUT_REDIRECT_URI) + "&state=bye");

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(Browser.location(logout).toString()).isEqualTo(POST_LOGOUT_REDIRECT_URI + "?state=bye");
        String again = Browser.AuthorizationRequest.create(ISSUER, REDIRECT_URI).url();
        assertThat(Browser.location(browser.get(again)).getPath()).as("logged out: login page again").isEqualTo("/login");
    }

    @Test
    void noPasswordSecretOrPersonalDataIsLogged(CapturedOutput output) throws Exception {
        Browser browser = new Browser(ISSUER);
        browser.logIn("school1.mentee", DemoRegion.DEMO_PASSWORD);
        HttpResponse<String> loginPage = browser.get(ISSUER + "/login");
        browser.postForm(ISSUER + "/login", Map.of("username", "school1.mentee", "password", "wrong-password",
                "_csrf", Browser.csrfToken(loginPage.body())), null);

        assertThat(output.getAll())
                .doesNotContain("wrong-password")
                .doesNotContain("password=" + DemoRegion.DEMO_PASSWORD)
                .doesNotContain(CLIENT_SECRET)
                .doesNotContain(DemoRegion.MENTEE_SCHOOL_1.fullName());
    }
}
