package ru.nastavnik.gateway.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

import ru.nastavnik.gateway.problem.GatewayRejectionException;

/**
 * The client registrations of {@code spring.security.oauth2.client.*}, resolved from the identity provider's discovery
 * document when first needed (someone starts a login, a token is refreshed, someone logs out) instead of at start-up.
 *
 * <p>Spring Boot 4.0's own repository calls {@code ClientRegistrations.fromIssuerLocation} while the application
 * context starts, so a gateway started a moment before its identity provider (the launcher starts them together,
 * compose starts Keycloak slowly) would fail to start. Here a failed resolution fails only the request that needed it
 * (503 problem) and is tried again by the next one; a successful one is kept for the life of the gateway. Concurrent
 * requests share one resolution in flight.
 *
 * <p>Registrations that do not list scopes ask for {@value #DEFAULT_SCOPES} (not every scope the provider supports,
 * which is what discovery alone would give: Keycloak advertises {@code offline_access} among others); every
 * registration uses PKCE, although the gateway is a confidential client (OAuth 2.0 Security BCP, RFC 9700).
 */
final class LazyClientRegistrationRepository implements ReactiveClientRegistrationRepository {

    static final String DEFAULT_SCOPES = "openid, profile";

    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrationRepository.class);

    private final OAuth2ClientProperties properties;

    private final Map<String, ClientRegistration> resolved = new ConcurrentHashMap<>();

    private final Map<String, Mono<ClientRegistration>> inFlight = new ConcurrentHashMap<>();

    LazyClientRegistrationRepository(OAuth2ClientProperties properties) {
        this.properties = properties;
    }

    @Override
    public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
        return Mono.defer(() -> {
            ClientRegistration registration = this.resolved.get(registrationId);
            if (registration != null) {
                return Mono.just(registration);
            }
            if (!this.properties.getRegistration().containsKey(registrationId)) {
                return Mono.empty();
            }
            return this.inFlight.computeIfAbsent(registrationId, this::resolution);
        });
    }

    private Mono<ClientRegistration> resolution(String registrationId) {
        // Discovery is a blocking HTTP call (a RestTemplate inside Spring Security): off the event loop.
        return Mono.fromCallable(() -> resolve(registrationId))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnNext(registration -> {
                    this.resolved.put(registrationId, registration);
                    log.info("OAuth2 client registration '{}' resolved from {}", registrationId,
                            registration.getProviderDetails().getIssuerUri());
                })
                .onErrorMap(ex -> !(ex instanceof GatewayRejectionException), ex -> {
                    log.warn("Identity provider of OAuth2 client registration '{}' is not reachable yet, will try "
                            + "again on the next login: {}", registrationId, ex.toString());
                    return identityProviderUnavailable();
                })
                .doFinally(signal -> this.inFlight.remove(registrationId))
                .cache();
    }

    private ClientRegistration resolve(String registrationId) {
        OAuth2ClientProperties.Registration configured = this.properties.getRegistration().get(registrationId);
        OAuth2ClientProperties.Registration registration = copyWithDefaults(configured);
        OAuth2ClientProperties single = new OAuth2ClientProperties();
        single.getRegistration().put(registrationId, registration);
        single.getProvider().putAll(this.properties.getProvider());
        ClientRegistration mapped = new OAuth2ClientPropertiesMapper(single).asClientRegistrations().get(registrationId);
        return ClientRegistration.withClientRegistration(mapped)
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    private static OAuth2ClientProperties.Registration copyWithDefaults(OAuth2ClientProperties.Registration source) {
        OAuth2ClientProperties.Registration copy = new OAuth2ClientProperties.Registration();
        copy.setProvider(source.getProvider());
        copy.setClientId(source.getClientId());
        copy.setClientSecret(source.getClientSecret());
        copy.setClientAuthenticationMethod(source.getClientAuthenticationMethod());
        copy.setAuthorizationGrantType(source.getAuthorizationGrantType());
        copy.setRedirectUri(source.getRedirectUri());
        copy.setClientName(source.getClientName());
        copy.setScope(source.getScope() == null || source.getScope().isEmpty()
                ? new LinkedHashSet<>(List.of(DEFAULT_SCOPES.split(", "))) : source.getScope());
        return copy;
    }

    static GatewayRejectionException identityProviderUnavailable() {
        return new GatewayRejectionException(HttpStatus.SERVICE_UNAVAILABLE, "IDENTITY_PROVIDER_UNAVAILABLE",
                "Вход временно недоступен", "Служба входа пока не отвечает. Повторите попытку через минуту.");
    }
}
