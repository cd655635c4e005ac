package ru.nastavnik.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.demo.DemoRegion;

/**
 * The token contract the gateway and the resource servers consume, for access tokens, ID tokens and userinfo alike:
 * {@code sub} and {@code preferred_username} = username, {@code name}, {@code roles} (array), {@code region_id},
 * {@code municipality_id} (omitted when none), {@code organization_ids} (array, possibly empty),
 * {@code organization_id} (the first of them, omitted when none), {@code person_id} (omitted when none); UUIDs as
 * strings. Keycloak's realm (deploy/keycloak) is generated with these names so that it cannot drift.
 */
public final class ContractClaims {

    public static final String PREFERRED_USERNAME = "preferred_username";
    public static final String NAME = "name";
    public static final String ROLES = "roles";
    public static final String REGION_ID = "region_id";
    public static final String MUNICIPALITY_ID = "municipality_id";
    public static final String ORGANIZATION_IDS = "organization_ids";
    public static final String ORGANIZATION_ID = "organization_id";
    public static final String PERSON_ID = "person_id";

    /** Every claim of the contract, with {@code iss} and {@code sub}: the discovery document's claims_supported. */
    public static final List<String> SUPPORTED = List.of("iss", "sub", PREFERRED_USERNAME, NAME, ROLES, REGION_ID,
            MUNICIPALITY_ID, ORGANIZATION_IDS, ORGANIZATION_ID, PERSON_ID);

    private ContractClaims() {
    }

    /** The claims of one user besides {@code iss} and {@code sub}, in a stable order. */
    public static Map<String, Object> of(DemoRegion.User user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(PREFERRED_USERNAME, user.username());
        claims.put(NAME, user.fullName());
        claims.put(ROLES, List.of(user.role().name()));
        claims.put(REGION_ID, user.regionId().toString());
        putIfPresent(claims, MUNICIPALITY_ID, user.municipalityId());
        List<String> organizations = user.organizationIds().stream().map(UUID::toString).toList();
        claims.put(ORGANIZATION_IDS, organizations);
        if (!organizations.isEmpty()) {
            claims.put(ORGANIZATION_ID, organizations.get(0));
        }
        putIfPresent(claims, PERSON_ID, user.personId());
        return claims;
    }

    private static void putIfPresent(Map<String, Object> claims, String name, UUID value) {
        if (value != null) {
            claims.put(name, value.toString());
        }
    }
}
