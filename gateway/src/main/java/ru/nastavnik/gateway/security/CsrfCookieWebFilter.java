package ru.nastavnik.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Makes the CSRF token exist before the response is written. WebFlux's CSRF support only creates the token (and so
 * writes the XSRF-TOKEN cookie) when someone subscribes to it, which a server-rendered form would do and the portal's
 * static pages never do: without this the first page would get no cookie and its first POST would be refused.
 */
final class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(Mono.defer(() -> chain.filter(exchange)));
    }
}
