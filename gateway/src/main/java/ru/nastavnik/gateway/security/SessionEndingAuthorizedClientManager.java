package ru.nastavnik.gateway.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import ru.nastavnik.gateway.problem.GatewayRejectionException;

/**
 * What {@code TokenRelay} asks for the access token of the logged-in user (refreshed when it has expired), with the
 * failures turned into answers the portal can act on instead of 500s:
 * <ul>
 * <li>the identity provider refused the refresh token (expired, revoked, or the development provider restarted):
 * the login is over - the session is invalidated and the request answered with 401 {@code UNAUTHENTICATED}, so the
 * portal sends the user to log in again;</li>
 * <li>the identity provider could not be reached: 503 {@code IDENTITY_PROVIDER_UNAVAILABLE}; the session stays.</li>
 * </ul>
 */
final class SessionEndingAuthorizedClientManager implements ReactiveOAuth2AuthorizedClientManager {

    private static final Logger log = LoggerFactory.getLogger(SessionEndingAuthorizedClientManager.class);

    private final ReactiveOAuth2AuthorizedClientManager delegate;

    SessionEndingAuthorizedClientManager(ReactiveOAuth2AuthorizedClientManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<OAuth2AuthorizedClient> authorize(OAuth2AuthorizeRequest request) {
        return this.delegate.authorize(request).onErrorResume(ex -> !(ex instanceof GatewayRejectionException), ex -> {
            if (ex instanceof OAuth2AuthorizationException refused) {
                log.info("The identity provider refused to renew the tokens of a session ({}); the session ends",
                        refused.getError().getErrorCode());
                return exchange(request)
                        .flatMap(ServerWebExchange::getSession)
                        .flatMap(WebSession::invalidate)
                        .then(Mono.error(PortalProblems.sessionEnded()));
            }
            log.warn("Could not renew the access token of a session: {}", ex.toString());
            return Mono.error(LazyClientRegistrationRepository.identityProviderUnavailable());
        });
    }

    private static Mono<ServerWebExchange> exchange(OAuth2AuthorizeRequest request) {
        ServerWebExchange exchange = request.getAttribute(ServerWebExchange.class.getName());
        if (exchange != null) {
            return Mono.just(exchange);
        }
        // Spring Security puts the exchange into the Reactor context of every request its filter chain handles.
        return Mono.deferContextual(context -> Mono.justOrEmpty(context.getOrEmpty(ServerWebExchange.class)));
    }
}
