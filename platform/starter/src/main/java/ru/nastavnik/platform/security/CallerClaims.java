package ru.nastavnik.platform.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the platform's claims (roles, region_id, municipality_id, organization_ids, person_id). As a
 * validator it rejects, with 401, a token whose claims are missing or malformed; as a converter it turns a
 * valid token into a {@link CallerAuthentication}.
 */
public class CallerClaims implements OAuth2TokenValidator<Jwt>, Converter<Jwt, CallerAuthentication> {

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        try {
            Caller caller = caller(jwt);
            if (caller.roles().isEmpty()) {
                return invalid("The token carries no role");
            }
            return OAuth2TokenValidatorResult.success();
        } catch (RuntimeException e) {
            return invalid("The token's claims are missing or malformed");
        }
    }

    @Override
    public CallerAuthentication convert(Jwt jwt) {
        Caller caller = caller(jwt);
        List<SimpleGrantedAuthority> authorities = caller.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return new CallerAuthentication(jwt, authorities, caller);
    }

    static Caller caller(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        if (username == null) {
            username = jwt.getSubject();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> roleNames = jwt.getClaimAsStringList("roles");
        if (roleNames != null) {
            for (String name : roleNames) {
                roles.add(Role.valueOf(name));
            }
        }
        UUID region = uuid(jwt.getClaimAsString("region_id"));
        if (region == null) {
            throw new IllegalArgumentException("region_id is required");
        }
        List<UUID> organizations = new ArrayList<>();
        List<String> organizationIds = jwt.getClaimAsStringList("organization_ids");
        if (organizationIds != null) {
            organizationIds.forEach(id -> organizations.add(UUID.fromString(id)));
        } else if (jwt.hasClaim("organization_id")) {
            organizations.add(UUID.fromString(jwt.getClaimAsString("organization_id")));
        }
        return new Caller(username, roles, region, uuid(jwt.getClaimAsString("municipality_id")), organizations,
                uuid(jwt.getClaimAsString("person_id")));
    }

    private static UUID uuid(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value);
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
