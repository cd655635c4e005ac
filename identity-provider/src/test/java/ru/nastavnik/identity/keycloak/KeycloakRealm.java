package ru.nastavnik.identity.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.demo.DemoRegion;
import ru.nastavnik.demo.Role;
import ru.nastavnik.identity.ContractClaims;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates deploy/keycloak/nastavnik-realm.json, the Keycloak realm of compose and Kubernetes, from DemoRegion and
 * the token contract ({@link ContractClaims}), so that Keycloak and the development provider issue the same claims
 * for the same users. {@code KeycloakRealmTest} fails when the committed file differs; regenerate with
 * <pre>./mvnw -pl identity-provider test -Dtest=KeycloakRealmTest -Dnastavnik.keycloak.regenerate=true</pre>
 *
 * <p>Written for Keycloak 25 or newer (compose runs 26.5):
 * <ul>
 * <li>The realm brings its own client scopes, {@code basic} and {@code profile}; a realm import that lists client
 * scopes gets none of Keycloak's built-in ones, whose {@code profile} would add a {@code name} of its own ("first
 * last", not the Russian "Фамилия Имя Отчество" order) and {@code realm_access}.</li>
 * <li>{@code sub} is the username because each user's Keycloak id is its username (a realm import keeps given ids);
 * Keycloak puts the user id into {@code sub}.</li>
 * <li>The portal has {@code fullScopeAllowed=false} and a scope mapping for the five roles only, so {@code roles}
 * holds the user's role and not Keycloak's default-roles-nastavnik, offline_access or uma_authorization.</li>
 * <li>The user attributes are declared in the user profile: Keycloak 24+ drops undeclared ("unmanaged") attributes
 * on import, and the claims would silently be missing.</li>
 * </ul>
 */
public final class KeycloakRealm {

    public static final String REALM = "nastavnik";
    public static final String CLIENT_ID = "portal";
    /** The development secret, as the gateway's default; compose may override it in Keycloak and the gateway. */
    public static final String CLIENT_SECRET = "portal-dev-secret";
    public static final String PORTAL_URLS = "http://localhost:8080/*";
    /** User attribute holding the full name in Russian order, mapped to {@code name}. */
    public static final String FULL_NAME_ATTRIBUTE = "full_name";
    public static final Path FILE = Path.of("deploy", "keycloak", "nastavnik-realm.json");

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final String OIDC = "openid-connect";
    private static final Map<Role, String> ROLE_DESCRIPTIONS = Map.of(
            Role.REGION_ADMIN, "Администратор регионального уровня (региональный институт)",
            Role.MUNICIPAL_CURATOR, "Куратор муниципального уровня (управление образования)",
            Role.SCHOOL_CURATOR, "Куратор образовательной организации",
            Role.MENTOR, "Наставник",
            Role.MENTEE, "Наставляемый");

    /** The contract claims that come from user attributes, with the attribute's name (the same) and arity. */
    enum AttributeClaim {
        REGION_ID(ContractClaims.REGION_ID, false),
        MUNICIPALITY_ID(ContractClaims.MUNICIPALITY_ID, false),
        ORGANIZATION_ID(ContractClaims.ORGANIZATION_ID, false),
        ORGANIZATION_IDS(ContractClaims.ORGANIZATION_IDS, true),
        PERSON_ID(ContractClaims.PERSON_ID, false);

        final String claim;
        final boolean multivalued;

        AttributeClaim(String claim, boolean multivalued) {
            this.claim = claim;
            this.multivalued = multivalued;
        }
    }

    private KeycloakRealm() {
    }

    /** Writes the realm to {@code args[0]}, by default deploy/keycloak/nastavnik-realm.json under the working folder. */
    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : FILE);
    }

    static void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(realm()) + "\n", StandardCharsets.UTF_8);
    }

    static JsonNode generate() {
        return JSON.valueToTree(realm());
    }

    static Map<String, Object> realm() {
        Map<String, Object> realm = object(
                "realm", REALM,
                "displayName", "Наставник",
                "enabled", true,
                // HTTP is accepted from localhost and private networks only (compose, a laptop).
                "sslRequired", "external",
                "registrationAllowed", false,
                "resetPasswordAllowed", false,
                "editUsernameAllowed", false,
                "loginWithEmailAllowed", false,
                "bruteForceProtected", true,
                // The login page and messages in Russian, as the development provider's.
                "internationalizationEnabled", true,
                "supportedLocales", List.of("ru"),
                "defaultLocale", "ru",
                // As the development provider: 15-minute access tokens, refreshed by the gateway.
                "accessTokenLifespan", 900,
                "roles", object("realm", Arrays.stream(Role.values())
                        .map(role -> object("name", role.name(), "description", ROLE_DESCRIPTIONS.get(role)))
                        .toList()),
                "clientScopes", List.of(basicScope(), profileScope()),
                "defaultDefaultClientScopes", List.of("basic", "profile"),
                "defaultOptionalClientScopes", List.of(),
                "clients", List.of(portal()),
                "scopeMappings", List.of(object("client", CLIENT_ID,
                        "roles", Arrays.stream(Role.values()).map(Role::name).toList())),
                "users", DemoRegion.USERS.stream().map(KeycloakRealm::user).toList(),
                "components", object("org.keycloak.userprofile.UserProfileProvider", List.of(object(
                        "providerId", "declarative-user-profile",
                        "subComponents", object(),
                        "config", object("kc.user.profile.config",
                                List.of(JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                                        .writeValueAsString(userProfile())))))));
        return realm;
    }

    // ---------------------------------------------------------------- client and scopes

    private static Map<String, Object> portal() {
        return object(
                "clientId", CLIENT_ID,
                "name", "Портал «Наставник»",
                "description", "Шлюз платформы: вход пользователей и передача токенов сервисам",
                "enabled", true,
                "protocol", OIDC,
                "publicClient", false,
                // client_secret_basic (and _post) with this secret.
                "clientAuthenticatorType", "client-secret",
                "secret", CLIENT_SECRET,
                "standardFlowEnabled", true,
                "implicitFlowEnabled", false,
                "directAccessGrantsEnabled", false,
                "serviceAccountsEnabled", false,
                "consentRequired", false,
                "frontchannelLogout", false,
                "fullScopeAllowed", false,
                "redirectUris", List.of(PORTAL_URLS),
                "webOrigins", List.of(),
                // PKCE is accepted, not demanded, as by the development provider.
                "attributes", object("post.logout.redirect.uris", PORTAL_URLS, "use.refresh.tokens", "true"),
                "defaultClientScopes", List.of("basic", "profile"),
                "optionalClientScopes", List.of(),
                "protocolMappers", contractMappers());
    }

    /** Mappers on the client itself, so every token of the portal carries the contract whatever scopes it asks. */
    static List<Map<String, Object>> contractMappers() {
        List<Map<String, Object>> mappers = new ArrayList<>();
        mappers.add(mapper(ContractClaims.PREFERRED_USERNAME, "oidc-usermodel-property-mapper",
                object("user.attribute", "username", "claim.name", ContractClaims.PREFERRED_USERNAME,
                        "jsonType.label", "String")));
        mappers.add(mapper(ContractClaims.NAME, "oidc-usermodel-attribute-mapper",
                object("user.attribute", FULL_NAME_ATTRIBUTE, "claim.name", ContractClaims.NAME,
                        "jsonType.label", "String", "multivalued", "false")));
        mappers.add(mapper(ContractClaims.ROLES, "oidc-usermodel-realm-role-mapper",
                object("claim.name", ContractClaims.ROLES, "jsonType.label", "String", "multivalued", "true")));
        for (AttributeClaim attribute : AttributeClaim.values()) {
            mappers.add(mapper(attribute.claim, "oidc-usermodel-attribute-mapper",
                    object("user.attribute", attribute.claim, "claim.name", attribute.claim, "jsonType.label", "String",
                            "multivalued", Boolean.toString(attribute.multivalued))));
        }
        return mappers;
    }

    /** In every token: access, ID, userinfo and introspection. */
    private static Map<String, Object> mapper(String name, String type, Map<String, Object> config) {
        Map<String, Object> allTokens = new LinkedHashMap<>(config);
        allTokens.put("access.token.claim", "true");
        allTokens.put("id.token.claim", "true");
        allTokens.put("userinfo.token.claim", "true");
        allTokens.put("introspection.token.claim", "true");
        return object("name", name, "protocol", OIDC, "protocolMapper", type, "consentRequired", false,
                "config", allTokens);
    }

    /** Keycloak 25+ sets {@code sub} of access tokens only through this scope's mapper. */
    private static Map<String, Object> basicScope() {
        return object(
                "name", "basic",
                "description", "OpenID Connect: sub and auth_time",
                "protocol", OIDC,
                "attributes", object("include.in.token.scope", "false", "display.on.consent.screen", "false"),
                "protocolMappers", List.of(
                        object("name", "sub", "protocol", OIDC, "protocolMapper", "oidc-sub-mapper",
                                "consentRequired", false,
                                "config", object("access.token.claim", "true", "introspection.token.claim", "true")),
                        object("name", "auth_time", "protocol", OIDC,
                                "protocolMapper", "oidc-usersessionmodel-note-mapper", "consentRequired", false,
                                "config", object("user.session.note", "AUTH_TIME", "claim.name", "auth_time",
                                        "jsonType.label", "long", "access.token.claim", "true",
                                        "id.token.claim", "true", "introspection.token.claim", "true"))));
    }

    /** The scope the portal asks for; its claims come from the client's own mappers. */
    private static Map<String, Object> profileScope() {
        return object(
                "name", "profile",
                "description", "OpenID Connect: профиль пользователя",
                "protocol", OIDC,
                "attributes", object("include.in.token.scope", "true", "display.on.consent.screen", "false"),
                "protocolMappers", List.of());
    }

    // ---------------------------------------------------------------- users

    private static Map<String, Object> user(DemoRegion.User user) {
        // Russian order: the surname first, then the given name and patronymic.
        String[] name = user.fullName().split(" ", 2);
        return object(
                // The id is what Keycloak puts into sub, which the contract wants to be the username.
                "id", user.username(),
                "username", user.username(),
                "enabled", true,
                "emailVerified", false,
                "firstName", name.length > 1 ? name[1] : "",
                "lastName", name[0],
                "attributes", attributes(user),
                "credentials", List.of(object("type", "password", "value", DemoRegion.DEMO_PASSWORD,
                        "temporary", false)),
                "realmRoles", List.of(user.role().name()),
                "requiredActions", List.of());
    }

    /** Every attribute as a list, as Keycloak keeps them; absent values are left out, as the claims are. */
    static Map<String, Object> attributes(DemoRegion.User user) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(FULL_NAME_ATTRIBUTE, List.of(user.fullName()));
        attributes.put(ContractClaims.REGION_ID, List.of(user.regionId().toString()));
        if (user.municipalityId() != null) {
            attributes.put(ContractClaims.MUNICIPALITY_ID, List.of(user.municipalityId().toString()));
        }
        if (!user.organizationIds().isEmpty()) {
            attributes.put(ContractClaims.ORGANIZATION_ID, List.of(user.organizationIds().get(0).toString()));
            attributes.put(ContractClaims.ORGANIZATION_IDS, user.organizationIds().stream().map(UUID::toString).toList());
        }
        if (user.personId() != null) {
            attributes.put(ContractClaims.PERSON_ID, List.of(user.personId().toString()));
        }
        return attributes;
    }

    /**
     * The declarative user profile: Keycloak's standard attributes, none of them required (so that no "update your
     * profile" step interrupts a demo login), and ours, which only administrators may change.
     */
    private static Map<String, Object> userProfile() {
        List<Object> attributes = new ArrayList<>();
        Map<String, Object> everyone = object("view", List.of("admin", "user"), "edit", List.of("admin", "user"));
        Map<String, Object> adminEdits = object("view", List.of("admin", "user"), "edit", List.of("admin"));
        attributes.add(object("name", "username", "displayName", "${username}", "permissions", adminEdits,
                "validations", object("length", object("min", 3, "max", 255),
                        "username-prohibited-characters", object()), "multivalued", false));
        attributes.add(object("name", "email", "displayName", "${email}", "permissions", everyone,
                "validations", object("email", object(), "length", object("max", 255)), "multivalued", false));
        attributes.add(object("name", "firstName", "displayName", "${firstName}", "permissions", everyone,
                "validations", object("length", object("max", 255)), "multivalued", false));
        attributes.add(object("name", "lastName", "displayName", "${lastName}", "permissions", everyone,
                "validations", object("length", object("max", 255)), "multivalued", false));
        attributes.add(object("name", FULL_NAME_ATTRIBUTE, "displayName", "ФИО", "permissions", adminEdits,
                "multivalued", false));
        for (AttributeClaim attribute : AttributeClaim.values()) {
            attributes.add(object("name", attribute.claim, "displayName", attribute.claim, "permissions", adminEdits,
                    "multivalued", attribute.multivalued));
        }
        return object("attributes", attributes, "groups", List.of(object("name", "user-metadata",
                "displayHeader", "User metadata", "displayDescription", "Attributes, which refer to user metadata")));
    }

    /** An ordered JSON object from name-value pairs (Map.of would shuffle the file at every generation). */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
