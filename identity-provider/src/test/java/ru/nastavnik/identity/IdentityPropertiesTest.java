package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables the launcher (and compose) set bind to the properties; the defaults are the contract's. */
class IdentityPropertiesTest {

    @Test
    void theLaunchersVariablesBind() {
        IdentityProperties properties = bind(Map.of(
                "NASTAVNIK_IDENTITY_ISSUER", "http://localhost:9100",
                "NASTAVNIK_IDENTITY_PORTAL_REDIRECT_URIS",
                "http://localhost:8180/login/oauth2/code/nastavnik,http://127.0.0.1:8180/login/oauth2/code/nastavnik",
                "NASTAVNIK_IDENTITY_PORTAL_POST_LOGOUT_REDIRECT_URIS", "http://localhost:8180/",
                "NASTAVNIK_IDENTITY_PORTAL_CLIENT_SECRET", "s3cret",
                "NASTAVNIK_IDENTITY_KEYDIRECTORY", "/data/identity"));

        assertThat(properties.issuer()).isEqualTo("http://localhost:9100");
        assertThat(properties.portal().redirectUris()).containsExactly(
                "http://localhost:8180/login/oauth2/code/nastavnik", "http://127.0.0.1:8180/login/oauth2/code/nastavnik");
        assertThat(properties.portal().postLogoutRedirectUris()).containsExactly("http://localhost:8180/");
        assertThat(properties.portal().clientSecret()).isEqualTo("s3cret");
        assertThat(properties.keyDirectory()).isEqualTo(Path.of("/data/identity"));
        assertThat(properties.portal().toString()).doesNotContain("s3cret");
    }

    @Test
    void defaultsAreTheContracts() {
        IdentityProperties properties = bind(Map.of());

        assertThat(properties.issuer()).isEqualTo("http://localhost:9000");
        assertThat(properties.keyDirectory()).isNull();
        assertThat(properties.portal().clientSecret()).isEqualTo("portal-dev-secret");
        assertThat(properties.portal().redirectUris()).containsExactly("http://localhost:8080/login/oauth2/code/nastavnik");
        assertThat(properties.portal().postLogoutRedirectUris()).containsExactly("http://localhost:8080/");
    }

    private static IdentityProperties bind(Map<String, Object> environment) {
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new Binder(ConfigurationPropertySources.from(source))
                .bindOrCreate("nastavnik.identity", IdentityProperties.class);
    }
}
