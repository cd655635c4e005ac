package ru.nastavnik.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.demo.Role;
import ru.nastavnik.identity.ContractClaims;
import tools.jackson.databind.JsonNode;

/**
 * The committed Keycloak realm is exactly what {@link KeycloakRealm} generates from DemoRegion today, and what it
 * generates gives Keycloak's tokens the development provider's claims.
 */
class KeycloakRealmTest {

    /** The module's tests run in identity-provider/; the file is at the repository root's deploy/keycloak. */
    private static final Path COMMITTED = Path.of("..").resolve(KeycloakRealm.FILE);

    @Test
    void theCommittedRealmIsTheGeneratedOne() throws Exception {
        if (Boolean.getBoolean("nastavnik.keycloak.regenerate")) {
            KeycloakRealm.write(COMMITTED);
        }
        assertThat(COMMITTED).as("generate it: ./mvnw -pl identity-provider test -Dtest=KeycloakRealmTest"
                + " -Dnastavnik.keycloak.regenerate=true").exists();

        JsonNode committed = KeycloakRealm.JSON.readTree(Files.readString(COMMITTED));

        assertThat(committed).as("%s is out of date with DemoRegion or KeycloakRealm; regenerate it: ./mvnw -pl"
                + " identity-provider test -Dtest=KeycloakRealmTest -Dnastavnik.keycloak.regenerate=true", COMMITTED)
                .isEqualTo(KeycloakRealm.generate());
    }

    @Test
    void realmRolesAreTheFiveRolesAndThePortalMayCarryOnlyThose() {
        JsonNode realm = KeycloakRealm.generate();
        List<String> roles = java.util.Arrays.stream(Role.values()).map(Role::name).toList();

        assertThat(texts(realm.get("roles").get("realm"), "name")).containsExactlyElementsOf(roles);
        JsonNode scopeMapping = realm.get("scopeMappings").get(0);
        assertThat(scopeMapping.get("client").asString()).isEqualTo("portal");
        assertThat(strings(scopeMapping.get("roles"))).containsExactlyElementsOf(roles);
    }

    @Test
    void thePortalIsAConfidentialStandardFlowClientOfTheGateway() {
        JsonNode client = KeycloakRealm.generate().get("clients").get(0);

        assertThat(client.get("clientId").asString()).isEqualTo("portal");
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("clientAuthenticatorType").asString()).isEqualTo("client-secret");
        assertThat(client.get("secret").asString()).isEqualTo("portal-dev-secret");
        assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.get("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
        assertThat(client.get("serviceAccountsEnabled").asBoolean()).isFalse();
        assertThat(client.get("consentRequired").asBoolean()).isFalse();
        assertThat(client.get("fullScopeAllowed").asBoolean()).isFalse();
        assertThat(strings(client.get("redirectUris"))).containsExactly("http://localhost:8080/*");
        assertThat(client.get("attributes").get("post.logout.redirect.uris").asString()).isEqualTo("http://localhost:8080/*");
        assertThat(strings(client.get("defaultClientScopes"))).containsExactly("basic", "profile");
    }

    @Test
    void theMappersEmitEveryContractClaimInEveryToken() {
        JsonNode realm = KeycloakRealm.generate();
        List<JsonNode> mappers = new ArrayList<>();
        realm.get("clients").get(0).get("protocolMappers").forEach(mappers::add);
        realm.get("clientScopes").forEach(scope -> scope.get("protocolMappers").forEach(mappers::add));

        Set<String> claims = new HashSet<>();
        for (JsonNode mapper : mappers) {
            JsonNode config = mapper.get("config");
            if (mapper.get("protocolMapper").asString().equals("oidc-sub-mapper")) {
                claims.add("sub");
                continue;
            }
            claims.add(config.get("claim.name").asString());
            if (!config.get("claim.name").asString().equals("auth_time")) {
                assertThat(config.get("access.token.claim").asString()).as(mapper.get("name").asString()).isEqualTo("true");
                assertThat(config.get("id.token.claim").asString()).as(mapper.get("name").asString()).isEqualTo("true");
                assertThat(config.get("userinfo.token.claim").asString()).as(mapper.get("name").asString()).isEqualTo("true");
            }
        }
        // iss is Keycloak's own (http://<host>/realms/nastavnik); every other claim of the contract has a mapper.
        assertThat(claims).containsAll(ContractClaims.SUPPORTED.stream().filter(c -> !c.equals("iss")).toList());
    }

    /**
     * Keycloak's mappers applied by hand to each generated user (attribute → claim, a list when multivalued, nothing
     * when the attribute is absent) give the development provider's claims. One known difference: Keycloak leaves an
     * absent multivalued attribute out of the token, so a user without organizations gets no organization_ids claim
     * from Keycloak where the development provider sends []; readers treat both as "no organizations".
     */
    @Test
    void eachUsersKeycloakClaimsAreTheDevelopmentProvidersClaims() {
        JsonNode realm = KeycloakRealm.generate();
        JsonNode users = realm.get("users");
        assertThat(users).hasSize(DemoRegion.USERS.size());

        for (DemoRegion.User expected : DemoRegion.USERS) {
            JsonNode user = find(users, expected.username());
            Map<String, Object> claims = new LinkedHashMap<>();
            for (JsonNode mapper : realm.get("clients").get(0).get("protocolMappers")) {
                JsonNode config = mapper.get("config");
                String claim = config.get("claim.name").asString();
                switch (mapper.get("protocolMapper").asString()) {
                    case "oidc-usermodel-property-mapper" -> claims.put(claim, user.get(config.get("user.attribute").asString()).asString());
                    case "oidc-usermodel-realm-role-mapper" -> claims.put(claim, strings(user.get("realmRoles")));
                    case "oidc-usermodel-attribute-mapper" -> {
                        JsonNode values = user.get("attributes").get(config.get("user.attribute").asString());
                        if (values != null) {
                            claims.put(claim, config.get("multivalued").asBoolean() ? strings(values) : values.get(0).asString());
                        }
                    }
                    default -> throw new AssertionError("unexpected mapper " + mapper);
                }
            }
            Map<String, Object> development = new LinkedHashMap<>(ContractClaims.of(expected));
            if (expected.organizationIds().isEmpty()) {
                development.remove(ContractClaims.ORGANIZATION_IDS);
            }
            assertThat(claims).as(expected.username()).containsExactlyInAnyOrderEntriesOf(development);
            assertThat(user.get("id").asString()).as("Keycloak's sub").isEqualTo(expected.username());
            assertThat(user.get("credentials").get(0).get("value").asString()).isEqualTo(DemoRegion.DEMO_PASSWORD);
            assertThat(user.get("credentials").get(0).get("temporary").asBoolean()).isFalse();
        }
    }

    @Test
    void everyMappedAttributeIsDeclaredInTheUserProfile() throws Exception {
        JsonNode realm = KeycloakRealm.generate();
        String profileJson = realm.get("components").get("org.keycloak.userprofile.UserProfileProvider").get(0)
                .get("config").get("kc.user.profile.config").get(0).asString();
        JsonNode profile = KeycloakRealm.JSON.readTree(profileJson);
        Set<String> declared = new HashSet<>(texts(profile.get("attributes"), "name"));

        for (JsonNode mapper : realm.get("clients").get(0).get("protocolMappers")) {
            if (mapper.get("protocolMapper").asString().equals("oidc-usermodel-attribute-mapper")) {
                assertThat(declared).contains(mapper.get("config").get("user.attribute").asString());
            }
        }
        for (JsonNode attribute : profile.get("attributes")) {
            assertThat(attribute.has("required")).as("%s is not required (no profile update at login)",
                    attribute.get("name").asString()).isFalse();
        }
        assertThat(find(profile.get("attributes"), "organization_ids", "name").get("multivalued").asBoolean()).isTrue();
    }

    private static JsonNode find(JsonNode array, String username) {
        return find(array, username, "username");
    }

    private static JsonNode find(JsonNode array, String value, String field) {
        for (JsonNode element : array) {
            if (element.get(field).asString().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asString()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.asString()));
        return values;
    }
}
