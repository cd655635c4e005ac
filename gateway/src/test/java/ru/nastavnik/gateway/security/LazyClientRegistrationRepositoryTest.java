package ru.nastavnik.gateway.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

import ru.nastavnik.gateway.StandInIdentityProvider;
import ru.nastavnik.gateway.problem.GatewayRejectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LazyClientRegistrationRepositoryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void resolvesOnFirstUseTriesAgainAfterAFailureAndKeepsWhatItResolved() {
        try (StandInIdentityProvider provider = StandInIdentityProvider.notYetStarted()) {
            LazyClientRegistrationRepository repository = new LazyClientRegistrationRepository(properties(provider));

            assertThatThrownBy(() -> repository.findByRegistrationId("nastavnik").block(TIMEOUT))
                    .isInstanceOfSatisfying(GatewayRejectionException.class, rejection -> {
                        assertThat(rejection.getStatusCode().value()).isEqualTo(503);
                        assertThat(rejection.code()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE");
                    });

            provider.start();
            List<ClientRegistration> concurrent = Flux.range(0, 8)
                    .flatMap(i -> repository.findByRegistrationId("nastavnik"))
                    .collectList()
                    .block(TIMEOUT);
            ClientRegistration later = repository.findByRegistrationId("nastavnik").block(TIMEOUT);

            assertThat(concurrent).hasSize(8).containsOnly(later);
            assertThat(provider.discoveryRequests()).hasSize(1);
            assertThat(later.getProviderDetails().getIssuerUri()).isEqualTo(provider.issuer());
            assertThat(later.getScopes()).containsExactlyInAnyOrder("openid", "profile");
            assertThat(later.getClientSettings().isRequireProofKey()).isTrue();
            assertThat(later.getRedirectUri()).isEqualTo("{baseUrl}/{action}/oauth2/code/{registrationId}");
            assertThat(later.getProviderDetails().getConfigurationMetadata())
                    .containsEntry("end_session_endpoint", provider.issuer() + "/logout");
            assertThat(repository.findByRegistrationId("unknown").blockOptional(TIMEOUT)).isEmpty();
        }
    }

    @Test
    void configuredScopesWin() {
        try (StandInIdentityProvider provider = StandInIdentityProvider.notYetStarted()) {
            provider.start();
            OAuth2ClientProperties properties = properties(provider);
            properties.getRegistration().get("nastavnik").setScope(java.util.Set.of("openid"));

            ClientRegistration registration = new LazyClientRegistrationRepository(properties)
                    .findByRegistrationId("nastavnik").block(TIMEOUT);

            assertThat(registration.getScopes()).containsExactly("openid");
        }
    }

    private static OAuth2ClientProperties properties(StandInIdentityProvider provider) {
        OAuth2ClientProperties properties = new OAuth2ClientProperties();
        OAuth2ClientProperties.Provider issuer = new OAuth2ClientProperties.Provider();
        issuer.setIssuerUri(provider.issuer());
        properties.getProvider().put("nastavnik", issuer);
        OAuth2ClientProperties.Registration registration = new OAuth2ClientProperties.Registration();
        registration.setClientId(StandInIdentityProvider.CLIENT_ID);
        registration.setClientSecret(StandInIdentityProvider.CLIENT_SECRET);
        properties.getRegistration().put("nastavnik", registration);
        return properties;
    }
}
