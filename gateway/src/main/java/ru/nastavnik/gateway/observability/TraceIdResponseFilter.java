package ru.nastavnik.gateway.observability;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Adds {@value TraceIds#HEADER} to every response - routed, fallback and error responses alike - and
 * remembers the path the client asked for, which routing filters and fallback forwards later rewrite.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TraceIdResponseFilter implements WebFilter {

    /** Exchange attribute with the request path as the client sent it (the problem's {@code instance}). */
    public static final String ORIGINAL_PATH_ATTRIBUTE = TraceIdResponseFilter.class.getName() + ".originalPath";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ORIGINAL_PATH_ATTRIBUTE, exchange.getRequest().getPath().value());
        TraceIds.of(exchange); // resolved while the server observation is certainly current; cached on the exchange
        // Set right before commit: error handling may reset headers written earlier.
        exchange.getResponse().beforeCommit(() -> {
            String traceId = TraceIds.of(exchange);
            if (traceId != null) {
                exchange.getResponse().getHeaders().set(TraceIds.HEADER, traceId);
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
