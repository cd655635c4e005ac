package ru.nastavnik.gateway.security;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import ru.nastavnik.gateway.problem.GatewayRejectionException;

/**
 * Who may call what through the gateway.
 *
 * <p>With an OAuth2 client registration configured ({@code spring.security.oauth2.client.registration.*}) the
 * gateway is the OIDC client of the portal: it logs people in (authorization code with PKCE), keeps the tokens in
 * the server-side session behind an HttpOnly cookie, relays the access token to the services ({@code TokenRelay}
 * in application.yml) and logs out at the identity provider too. Without a registration (the gateway's own tests,
 * the gateway run alone) it routes without login; the services, which validate tokens themselves, still refuse
 * calls that carry none.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Open without login: the portal's static pages (their data calls need the session), the login and logout
     * machinery, the session probe, health and scrape endpoints, and the API documents.
     */
    static final String[] ANONYMOUS_PATHS = { "/", "/index.html", "/assets/**", "/webjars/**", "/school/**",
            "/region/**", "/favicon.ico", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/login/**", "/oauth2/**", "/portal/session" };

    /** The public feeds and the embeddable widget, read by other sites. */
    static final String PUBLIC_FEEDS = "/public/**";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * The public feeds have a chain of their own: anonymous in every mode, no session, no CSRF cookie and no token
     * relayed (the services serve them to anyone), and none of the headers that would break their use elsewhere -
     * {@code X-Frame-Options: DENY} would stop other sites from framing the widget, and {@code Cache-Control:
     * no-store} would keep caches from holding the feeds. CORS stays with the gateway's {@code globalcors}.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain publicFeedSecurity(ServerHttpSecurity http) {
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(PUBLIC_FEEDS))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .headers(headers -> headers
                        .frameOptions(ServerHttpSecurity.HeaderSpec.FrameOptionsSpec::disable)
                        .cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .build();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnOAuth2ClientRegistrationProperties
    @EnableConfigurationProperties(OAuth2ClientProperties.class)
    static class Login {

        /** Replaces Spring Boot's repository, which contacts the identity provider while the gateway starts. */
        @Bean
        ReactiveClientRegistrationRepository lazyClientRegistrationRepository(OAuth2ClientProperties properties) {
            return new LazyClientRegistrationRepository(properties);
        }

        /**
         * Tokens live in the user's session (not in a map keyed by user name, Spring Boot's default): logging out or
         * the session expiring drops them, and two sessions of one user do not share them.
         */
        @Bean
        ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
            return new WebSessionServerOAuth2AuthorizedClientRepository();
        }

        /** Used by {@code TokenRelay}: the session's access token, refreshed with the refresh token once expired. */
        @Bean
        ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
                ServerOAuth2AuthorizedClientRepository authorizedClients) {
            DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
                    registrations, authorizedClients);
            manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                    .authorizationCode()
                    .refreshToken()
                    .build());
            return new SessionEndingAuthorizedClientManager(manager);
        }

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        SecurityWebFilterChain portalSecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations) {
            CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
            csrfTokens.setCookiePath("/");
            csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));

            OidcClientInitiatedServerLogoutSuccessHandler logoutAtProvider =
                    new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
            logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}/");
            logoutAtProvider.setLogoutSuccessUrl(URI.create("/")); // not logged in, or a provider without end-session

            return http
                    .authorizeExchange(exchanges -> exchanges
                            .pathMatchers(ANONYMOUS_PATHS).permitAll()
                            .anyExchange().authenticated())
                    .oauth2Login(login -> login
                            .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"))
                            .authenticationFailureHandler(loginFailed()))
                    // API calls answer 401 problem+json, never a redirect to the identity provider (which a fetch()
                    // cannot follow); the portal sends the browser to /oauth2/authorization/<registration> itself.
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(notLoggedIn())
                            .accessDeniedHandler(forbidden()))
                    // After login the user lands on the portal's start page, not on whatever request was refused.
                    .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                    // The portal's JavaScript reads the XSRF-TOKEN cookie and sends it back as X-XSRF-TOKEN (or a
                    // form's _csrf field): a plain token, not the masked one Spring Security's default expects.
                    .csrf(csrf -> csrf
                            .csrfTokenRepository(csrfTokens)
                            .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                            .requireCsrfProtectionMatcher(unsafeMethodOfLoggedInSession())
                            .accessDeniedHandler(csrfTokenInvalid()))
                    .addFilterAfter(new CsrfCookieWebFilter(), SecurityWebFiltersOrder.CSRF)
                    .logout(logout -> logout
                            .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                            .logoutSuccessHandler(logoutAtProvider))
                    .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                    .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                    .build();
        }

        /**
         * CSRF matters where the browser sends an ambient credential, i.e. the cookie of a logged-in session. A
         * request without one gets nothing a forged request could abuse (an anonymous POST to /api is refused with
         * 401 anyway), so it is not made to carry a token.
         */
        private static ServerWebExchangeMatcher unsafeMethodOfLoggedInSession() {
            return exchange -> CsrfWebFilter.DEFAULT_CSRF_MATCHER.matches(exchange)
                    .filter(MatchResult::isMatch)
                    .flatMap(unsafe -> exchange.getSession())
                    .filter(session -> session.getAttribute(
                            WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME) != null)
                    .flatMap(loggedIn -> MatchResult.match())
                    .switchIfEmpty(MatchResult.notMatch());
        }

        private static ServerAuthenticationFailureHandler loginFailed() {
            ServerRedirectStrategy redirect = new DefaultServerRedirectStrategy();
            return (filterExchange, ex) -> {
                // The reason only: no user data is in an authentication failure.
                log.warn("Login failed: {}", ex.getMessage());
                return redirect.sendRedirect(filterExchange.getExchange(), URI.create("/?login=error"));
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoClientRegistration.class)
    static class WithoutLogin {

        @Bean
        SecurityWebFilterChain openSecurity(ServerHttpSecurity http) {
            log.warn("No OAuth2 client registration is configured (spring.security.oauth2.client.registration.*): "
                    + "the gateway runs without login and relays no tokens, but the services still require a "
                    + "bearer token, so they refuse /api calls that do not bring one");
            return http.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                    .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                    .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                    .csrf(ServerHttpSecurity.CsrfSpec::disable)
                    .logout(ServerHttpSecurity.LogoutSpec::disable)
                    .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                    .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                    .build();
        }
    }

    static final class NoClientRegistration extends NoneNestedConditions {

        NoClientRegistration() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnOAuth2ClientRegistrationProperties
        static final class Registered {
        }
    }

    private static ServerAuthenticationEntryPoint notLoggedIn() {
        return (exchange, ex) -> Mono.error(PortalProblems.notLoggedIn());
    }

    private static ServerAccessDeniedHandler forbidden() {
        return (exchange, ex) -> Mono.error(
                new GatewayRejectionException(HttpStatus.FORBIDDEN, "Недостаточно прав для этого действия."));
    }

    private static ServerAccessDeniedHandler csrfTokenInvalid() {
        return (exchange, ex) -> Mono.error(PortalProblems.csrfTokenInvalid());
    }
}
