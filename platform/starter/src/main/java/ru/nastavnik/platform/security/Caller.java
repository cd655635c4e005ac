package ru.nastavnik.platform.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Who is calling, from the validated token's claims: never from anything the request body says. */
public record Caller(String username, Set<Role> roles, UUID regionId, UUID municipalityId, List<UUID> organizationIds,
        UUID personId) {

    public Caller {
        roles = Set.copyOf(roles);
        organizationIds = List.copyOf(organizationIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean actsFor(UUID organizationId) {
        return organizationId != null && organizationIds.contains(organizationId);
    }
}
