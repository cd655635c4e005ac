package ru.nastavnik.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of a gateway that logs people in: an OAuth2 client registration {@code nastavnik} against a
 * {@link StandInIdentityProvider}, set the way the launcher sets it (client id, secret and issuer only), and a
 * {@link FakeService} behind every route. All subclasses share one application context.
 *
 * <p>As with the launcher, the identity provider is not answering yet while the gateway starts: it is started
 * before the first test, after the application context is up, so every login here also proves that the gateway
 * resolves its provider lazily.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LoginGatewayTest.StartupProbe.class)
@ExtendWith(DumpThreadsOnClientTimeout.class)
abstract class LoginGatewayTest {

    static final StandInIdentityProvider IDENTITY_PROVIDER = StandInIdentityProvider.notYetStarted();

    static final FakeService SERVICE = FakeService.start();

    /** Whether the identity provider answered when the gateway reported itself ready; null before that. */
    static volatile Boolean providerAnsweredWhenGatewayWasReady;

    @DynamicPropertySource
    static void loginAndRoutes(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.nastavnik.issuer-uri", IDENTITY_PROVIDER::issuer);
        registry.add("spring.security.oauth2.client.registration.nastavnik.client-id",
                () -> StandInIdentityProvider.CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.nastavnik.client-secret",
                () -> StandInIdentityProvider.CLIENT_SECRET);
        registry.add("nastavnik.services.participant-service.uri", SERVICE::uri);
        registry.add("nastavnik.services.pairing-service.uri", SERVICE::uri);
        registry.add("nastavnik.services.monitoring-service.uri", SERVICE::uri);
        registry.add("nastavnik.services.publication-service.uri", SERVICE::uri);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void identityProviderAnswers() {
        IDENTITY_PROVIDER.start(); // once; later calls do nothing
    }

    PortalBrowser browser() {
        return new PortalBrowser(this.port);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StartupProbe {

        @Bean
        ApplicationListener<ApplicationReadyEvent> identityProviderStateAtStartup() {
            return event -> providerAnsweredWhenGatewayWasReady = IDENTITY_PROVIDER.isAnswering();
        }
    }
}
