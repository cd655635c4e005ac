package ru.nastavnik.identity;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import ru.nastavnik.demo.DemoRegion;

/**
 * Spring Authorization Server: the protocol endpoints (authorize, token, JWKS, discovery, userinfo, RP-initiated
 * logout) in one filter chain, the Russian form login and the health probes in another.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfig {

    static final String PORTAL_CLIENT_ID = "portal";
    static final String LOGIN_PAGE = "/login";

    /** Short-lived: the gateway refreshes them with the refresh token; a revoked login ends within this time. */
    static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(15);
    /** About a working day of portal use before logging in again. */
    static final Duration REFRESH_TOKEN_TTL = Duration.ofHours(8);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    // OIDC: discovery, ID tokens, userinfo and /connect/logout (RP-initiated logout).
                    server.oidc(oidc -> oidc
                            .providerConfigurationEndpoint(discovery -> discovery.providerConfigurationCustomizer(
                                    // The default lists only "openid": name the scope and claims clients can rely on.
                                    metadata -> metadata.scope(OidcScopes.PROFILE)
                                            .claim("claims_supported", ContractClaims.SUPPORTED)))
                            .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(AuthorizationServerConfig::userInfo)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // /userinfo is called with the access token.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                // A browser that reaches /oauth2/authorize without a session goes to the login page.
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), browserRequests()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/css/**", "/favicon.ico", "/error").permitAll()
                        // The launcher and Kubernetes probe these anonymously; they show no details.
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).failureUrl(LOGIN_PAGE + "?error"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        // No scripts at all; no form-action, as browsers apply it to the redirect back to the portal.
                        "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'")));
        return http.build();
    }

    private static MediaTypeRequestMatcher browserRequests() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return matcher;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default, and it can still read any other {id} hash should users ever come from elsewhere.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(PasswordEncoder passwordEncoder) {
        return DemoUsers.userDetailsService(passwordEncoder);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, PasswordEncoder encoder) {
        IdentityProperties.Portal portal = properties.portal();
        RegisteredClient client = RegisteredClient.withId(PORTAL_CLIENT_ID)
                .clientId(PORTAL_CLIENT_ID)
                .clientSecret(encoder.encode(portal.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(portal.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(portal.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        // Our own portal: no consent screen. PKCE is accepted, not demanded, from this
                        // confidential client (the secret already binds the code to it).
                        .requireAuthorizationConsent(false)
                        .requireProofKey(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(ACCESS_TOKEN_TTL)
                        .refreshTokenTimeToLive(REFRESH_TOKEN_TTL)
                        // Kept (not rotated): the gateway may refresh from two requests at once, and a rotated token
                        // would log the second one out.
                        .reuseRefreshTokens(true)
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(client);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        // A fixed issuer rather than one derived from each request: resource servers compare `iss` exactly.
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(properties.keyDirectory())));
    }

    /** The contract claims in access and ID tokens (refreshed ones too). */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> contractClaimsCustomizer() {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (accessToken || idToken) {
                DemoRegion.User user = demoUser(context.getPrincipal().getName());
                context.getClaims().claims(claims -> claims.putAll(ContractClaims.of(user)));
            }
        };
    }

    /** Userinfo answers the same claims as the tokens (the default would keep only standard profile claims). */
    private static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", username);
        claims.putAll(ContractClaims.of(demoUser(username)));
        return new OidcUserInfo(claims);
    }

    /** Tokens are only ever issued to demo users; anyone else is a server error rather than a token without claims. */
    private static DemoRegion.User demoUser(String username) {
        return DemoUsers.byUsername(username).orElseThrow(() -> new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR, "No directory entry for the authenticated user", null)));
    }
}
