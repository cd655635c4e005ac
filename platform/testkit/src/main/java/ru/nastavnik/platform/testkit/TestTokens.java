package ru.nastavnik.platform.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import ru.nastavnik.demo.DemoRegion;

/**
 * A real token issuer for tests, one per JVM: OIDC discovery and a JWKS over HTTP on loopback, and RS256
 * tokens carrying the platform's claims. Resource servers under test validate these exactly as they
 * validate the identity provider's (issuer, signature, expiry, required claims); nothing is bypassed.
 */
public final class TestTokens {

    private static volatile TestTokens instance;

    private final RSAKey key;
    private final RSAKey foreignKey;
    private final HttpServer server;
    private final String issuer;

    private TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("testkit").generate();
            foreignKey = new RSAKeyGenerator(2048).keyID("testkit").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the test signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://localhost:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%s","jwks_uri":"%s/jwks","authorization_endpoint":"%s/authorize","token_endpoint":"%s/token",
                 "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
                 "response_types_supported":["code"]}""".formatted(issuer, issuer, issuer, issuer)));
        server.createContext("/jwks", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-tokens-stop"));
    }

    public static TestTokens get() {
        TestTokens tokens = instance;
        if (tokens == null) {
            synchronized (TestTokens.class) {
                tokens = instance;
                if (tokens == null) {
                    tokens = new TestTokens();
                    instance = tokens;
                }
            }
        }
        return tokens;
    }

    public String issuer() {
        return issuer;
    }

    /** The claims the identity provider issues for a demo user. */
    public static Map<String, Object> claimsOf(DemoRegion.User user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.username());
        claims.put("preferred_username", user.username());
        claims.put("name", user.fullName());
        claims.put("roles", java.util.List.of(user.role().name()));
        claims.put("region_id", user.regionId().toString());
        if (user.municipalityId() != null) {
            claims.put("municipality_id", user.municipalityId().toString());
        }
        claims.put("organization_ids", user.organizationIds().stream().map(UUID::toString).toList());
        if (!user.organizationIds().isEmpty()) {
            claims.put("organization_id", user.organizationIds().getFirst().toString());
        }
        if (user.personId() != null) {
            claims.put("person_id", user.personId().toString());
        }
        return claims;
    }

    /** A valid token for the demo user. */
    public String forUser(DemoRegion.User user) {
        return sign(key, issuer, claimsOf(user), Duration.ofMinutes(15));
    }

    public String forUser(String username) {
        return forUser(DemoRegion.user(username).orElseThrow(() -> new IllegalArgumentException("No demo user " + username)));
    }

    /** A valid token with exactly these claims (plus iss, iat, exp). */
    public String withClaims(Map<String, Object> claims) {
        return sign(key, issuer, claims, Duration.ofMinutes(15));
    }

    public String expired(DemoRegion.User user) {
        return sign(key, issuer, claimsOf(user), Duration.ofMinutes(-5));
    }

    public String fromAnotherIssuer(DemoRegion.User user) {
        return sign(key, "http://localhost:1/not-our-issuer", claimsOf(user), Duration.ofMinutes(15));
    }

    /** Signed by a key the issuer never published, under the same key id. */
    public String withForeignSignature(DemoRegion.User user) {
        return sign(foreignKey, issuer, claimsOf(user), Duration.ofMinutes(15));
    }

    public String without(DemoRegion.User user, String claim) {
        Map<String, Object> claims = claimsOf(user);
        claims.remove(claim);
        return sign(key, issuer, claims, Duration.ofMinutes(15));
    }

    private static String sign(RSAKey signingKey, String issuer, Map<String, Object> claims, Duration validFor) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(validFor)));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
