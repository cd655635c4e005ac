package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.identity.TokenClaimsAssert.strings;
import static ru.nastavnik.identity.TokenClaimsAssert.text;

import java.net.http.HttpResponse;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** What a client reads before any login: discovery, the keys, the login page, the probes. */
class DiscoveryTest extends HttpTestBase {

    private final Browser browser = new Browser(ISSUER);

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndEveryEndpoint() throws Exception {
        HttpResponse<String> response = browser.get(ISSUER + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = Browser.JSON.readTree(response.body());
        assertThat(text(discovery, "issuer")).isEqualTo(ISSUER);
        assertThat(text(discovery, "authorization_endpoint")).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(text(discovery, "token_endpoint")).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(text(discovery, "jwks_uri")).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(text(discovery, "userinfo_endpoint")).isEqualTo(ISSUER + "/userinfo");
        assertThat(text(discovery, "end_session_endpoint")).isEqualTo(ISSUER + "/connect/logout");
        assertThat(strings(discovery, "scopes_supported")).contains("openid", "profile");
        assertThat(strings(discovery, "response_types_supported")).containsExactly("code");
        assertThat(strings(discovery, "code_challenge_methods_supported")).contains("S256");
        assertThat(strings(discovery, "id_token_signing_alg_values_supported")).contains("RS256");
        assertThat(strings(discovery, "token_endpoint_auth_methods_supported")).contains("client_secret_basic");
        assertThat(strings(discovery, "claims_supported")).contains("sub", "preferred_username", "name", "roles",
                "region_id", "municipality_id", "organization_ids", "organization_id", "person_id");
        // The OAuth 2.0 metadata (RFC 8414) names the same issuer, for clients that read that one.
        JsonNode oauth = Browser.JSON.readTree(browser.get(ISSUER + "/.well-known/oauth-authorization-server").body());
        assertThat(text(oauth, "issuer")).isEqualTo(ISSUER);
    }

    @Test
    void theJwksHoldsOnePublicRsaSigningKey() throws Exception {
        JWKSet jwks = JWKSet.parse(browser.get(ISSUER + "/oauth2/jwks").body());

        assertThat(jwks.getKeys()).hasSize(1);
        JWK key = jwks.getKeys().get(0);
        assertThat(key).isInstanceOf(RSAKey.class);
        assertThat(key.isPrivate()).as("no private parts published").isFalse();
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.getKeyID()).isNotBlank();
        assertThat(((RSAKey) key).size()).isGreaterThanOrEqualTo(2048);
    }

    @Test
    void theLoginPageIsInRussianWithLoginPasswordAndCsrfFields() throws Exception {
        HttpResponse<String> page = browser.get(ISSUER + "/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").contains("UTF-8");
        assertThat(page.body())
                .contains("<html lang=\"ru\">")
                .contains("<title>Вход в Наставник</title>")
                .contains("<h1>Вход в Наставник</h1>")
                .contains(">Логин</label>", ">Пароль</label>", ">Войти</button>")
                .contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"")
                .doesNotContain("Неверный логин или пароль")
                // Spring Security's English default page must not be what people see.
                .doesNotContain("Please sign in", "Username", "Password");
        assertThat(browser.get(ISSUER + "/login?logout").body()).contains("Вы вышли из системы");
        assertThat(browser.get(ISSUER + "/css/login.css").statusCode()).isEqualTo(200);
    }

    @Test
    void healthAndProbesAnswerWithoutLogin() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = browser.get(ISSUER + path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components");
        }
    }
}
