package ru.nastavnik.platform.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import ru.nastavnik.platform.problem.Problems;

/**
 * Every service is an OAuth2 resource server that validates the JWT itself: issuer, signature, expiry and
 * the platform's claims. Only health, metrics, OpenAPI and the public feeds are anonymous; the public feeds only
 * to read (GET, HEAD), and without {@code X-Frame-Options: DENY}, since other sites frame the widget page.
 */
@Configuration(proxyBeanMethods = false)
public class ResourceServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ResourceServerConfiguration.class);

    static final String[] ANONYMOUS = { "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/error" };

    static final String PUBLIC = "/public/**";

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, JwtDecoder decoder, Problems problems) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        CallerClaims claims = new CallerClaims();
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookies, nothing to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ANONYMOUS).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .headers(headers -> headers
                        .frameOptions(frameOptions -> frameOptions.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(PUBLIC)),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY))))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(claims))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .build();
    }

    /**
     * Resolved on first use, not at start-up: in the embedded default the identity provider starts beside
     * the services and may not answer yet. Without an issuer every token is refused.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri) {
        if (issuer.isBlank()) {
            log.warn("No token issuer configured (spring.security.oauth2.resourceserver.jwt.issuer-uri): every API call will get 401");
            return token -> {
                throw new BadJwtException("No token issuer is configured");
            };
        }
        return new SupplierJwtDecoder(() -> {
            // With a JWK set URI the keys are fetched there (e.g. Keycloak's internal address in compose) while
            // tokens must still name the issuer the browser sees; without one the issuer's metadata says where.
            NimbusJwtDecoder decoder = jwkSetUri.isBlank()
                    ? (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer)
                    : NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    new CallerClaims()));
            return decoder;
        });
    }
}
