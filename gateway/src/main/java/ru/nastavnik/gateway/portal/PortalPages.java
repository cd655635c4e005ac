package ru.nastavnik.gateway.portal;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The portals' short addresses. WebFlux serves a folder's index.html only at the root, so /school/ and
 * /region/ (what people type and bookmark) are sent on to the page itself.
 */
@Configuration(proxyBeanMethods = false)
class PortalPages {

    @Bean
    RouterFunction<ServerResponse> portalShortAddresses() {
        return RouterFunctions
                .route(GET("/school").or(GET("/school/")), request -> redirect("/school/index.html"))
                .andRoute(GET("/region").or(GET("/region/")), request -> redirect("/region/index.html"));
    }

    private static reactor.core.publisher.Mono<ServerResponse> redirect(String page) {
        return ServerResponse.status(302).location(URI.create(page)).build();
    }
}
