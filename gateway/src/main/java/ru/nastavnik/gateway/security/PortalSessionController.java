package ru.nastavnik.gateway.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /portal/session}: who is logged in, for the portal's pages (which never see a token). 401
 * {@code UNAUTHENTICATED} when nobody is.
 */
@RestController
class PortalSessionController {

    private final boolean loginConfigured;

    PortalSessionController(ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
        this.loginConfigured = registrations.getIfAvailable() != null;
    }

    @GetMapping(path = "/portal/session", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PortalSession> session() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .map(Authentication::getPrincipal)
                .ofType(OidcUser.class)
                .map(PortalSession::of)
                .switchIfEmpty(Mono.error(() -> this.loginConfigured ? PortalProblems.notLoggedIn()
                        : PortalProblems.loginNotConfigured()));
    }

    /**
     * The user as the identity provider describes them in the ID token (the platform's token contract: UUIDs as
     * strings, {@code municipalityId} and {@code personId} absent for users without one).
     */
    record PortalSession(String username, @Nullable String fullName, List<String> roles, @Nullable String regionId,
            @Nullable String municipalityId, List<String> organizationIds, @Nullable String personId) {

        static PortalSession of(OidcUser user) {
            OidcIdToken token = user.getIdToken();
            String username = token.getPreferredUsername() != null ? token.getPreferredUsername() : token.getSubject();
            return new PortalSession(username, token.getFullName(), list(token.getClaimAsStringList("roles")),
                    token.getClaimAsString("region_id"), token.getClaimAsString("municipality_id"),
                    list(token.getClaimAsStringList("organization_ids")), token.getClaimAsString("person_id"));
        }

        private static List<String> list(@Nullable List<String> values) {
            return values == null ? List.of() : List.copyOf(values);
        }
    }
}
