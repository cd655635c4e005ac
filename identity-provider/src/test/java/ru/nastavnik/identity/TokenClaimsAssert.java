package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import ru.nastavnik.demo.DemoRegion;
import tools.jackson.databind.JsonNode;

/**
 * The token contract checked against DemoRegion's fields directly (not through {@link ContractClaims}, which would
 * only compare the code with itself), on the JSON a resource server actually sees.
 */
final class TokenClaimsAssert {

    private TokenClaimsAssert() {
    }

    /** Verifies the RS256 signature against the provider's JWKS and returns the decoded payload. */
    static JsonNode verifiedPayload(String jwt, JWKSet jwks) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        assertThat(signed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(signed.getHeader().getKeyID());
        assertThat(key).as("signing key %s in the JWKS", signed.getHeader().getKeyID()).isNotNull();
        assertThat(signed.verify(new RSASSAVerifier(key))).as("signature").isTrue();
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Browser.JSON.readTree(payload);
    }

    /** {@code claims} carry exactly the contract for {@code user} (other standard claims may be present too). */
    static void assertContractClaims(JsonNode claims, DemoRegion.User user) {
        assertThat(text(claims, "sub")).isEqualTo(user.username());
        assertThat(text(claims, "preferred_username")).isEqualTo(user.username());
        assertThat(text(claims, "name")).isEqualTo(user.fullName());
        assertThat(strings(claims, "roles")).containsExactly(user.role().name());
        assertThat(text(claims, "region_id")).isEqualTo(user.regionId().toString());
        assertOptional(claims, "municipality_id", user.municipalityId());
        assertThat(strings(claims, "organization_ids"))
                .containsExactlyElementsOf(user.organizationIds().stream().map(UUID::toString).toList());
        assertOptional(claims, "organization_id", user.organizationIds().isEmpty() ? null : user.organizationIds().get(0));
        assertOptional(claims, "person_id", user.personId());
    }

    private static void assertOptional(JsonNode claims, String name, UUID expected) {
        if (expected == null) {
            assertThat(claims.has(name)).as("%s omitted", name).isFalse();
        } else {
            assertThat(text(claims, name)).isEqualTo(expected.toString());
        }
    }

    static String text(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        assertThat(value).as("claim %s", name).isNotNull();
        assertThat(value.isString()).as("claim %s is a string: %s", name, value).isTrue();
        return value.asString();
    }

    static List<String> strings(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        assertThat(value).as("claim %s", name).isNotNull();
        assertThat(value.isArray()).as("claim %s is an array: %s", name, value).isTrue();
        List<String> values = new ArrayList<>();
        value.forEach(element -> values.add(element.asString()));
        return values;
    }
}
