package ru.nastavnik.identity;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nastavnik.identity.*}. The launcher sets them through NASTAVNIK_IDENTITY_ISSUER,
 * NASTAVNIK_IDENTITY_PORTAL_REDIRECT_URIS (comma list), NASTAVNIK_IDENTITY_PORTAL_POST_LOGOUT_REDIRECT_URIS and
 * NASTAVNIK_IDENTITY_KEYDIRECTORY.
 *
 * @param issuer       the {@code iss} of every token and the base of the discovery document; must be exactly the URL
 *                     browsers and resource servers use, since resource servers compare it character by character
 * @param keyDirectory where the signing key is kept across restarts; unset, a new key is made at every start (tokens
 *                     issued before a restart then fail verification)
 */
@ConfigurationProperties("nastavnik.identity")
public record IdentityProperties(@DefaultValue("http://localhost:9000") String issuer,
                                 Path keyDirectory,
                                 @DefaultValue Portal portal) {

    /** The gateway's confidential client {@code portal}. */
    public record Portal(@DefaultValue("portal-dev-secret") String clientSecret,
                         @DefaultValue("http://localhost:8080/login/oauth2/code/nastavnik") List<String> redirectUris,
                         @DefaultValue("http://localhost:8080/") List<String> postLogoutRedirectUris) {

        @Override
        public String toString() {
            // The secret must not reach a log through a debug print of the properties.
            return "Portal[redirectUris=" + redirectUris + ", postLogoutRedirectUris=" + postLogoutRedirectUris + "]";
        }
    }
}
