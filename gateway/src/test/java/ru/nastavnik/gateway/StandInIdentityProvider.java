package ru.nastavnik.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
import tools.jackson.databind.json.JsonMapper;

/**
 * A real OIDC provider for the gateway's login tests, on loopback: discovery, JWKS, an authorization endpoint that
 * logs the configured user in at once and redirects back with a code, a token endpoint (authorization code with PKCE
 * and client_secret_basic, refresh token) issuing RS256 tokens, userinfo, and an end-session endpoint.
 *
 * <p>It checks what a real provider checks (client credentials, the redirect URI, single-use codes, the PKCE
 * verifier, known refresh tokens) and records what the gateway sent, so tests can assert on the protocol.
 */
public final class StandInIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "portal";

    public static final String CLIENT_SECRET = "portal-dev-secret";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The claims of the platform's token contract (identity-provider's ContractClaims), for a school curator. */
    static final Map<String, Object> SCHOOL_CURATOR = Map.of(
            "sub", "curator.school17",
            "preferred_username", "curator.school17",
            "name", "Иванова Мария Петровна",
            "roles", List.of("SCHOOL_CURATOR"),
            "region_id", "0b1e5a4e-0000-4000-8000-000000000001",
            "municipality_id", "0b1e5a4e-0000-4000-8000-000000000002",
            "organization_ids", List.of("0b1e5a4e-0000-4000-8000-000000000003"),
            "organization_id", "0b1e5a4e-0000-4000-8000-000000000003",
            "person_id", "0b1e5a4e-0000-4000-8000-000000000004");

    /** What the authorization endpoint received, and the code it issued for it. */
    record Authorization(Map<String, String> parameters, String code) {
    }

    private record Grant(String redirectUri, String nonce, String codeChallenge, Map<String, Object> user) {
    }

    private final int port;

    private final RSAKey key;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    private final List<Authorization> authorizations = new CopyOnWriteArrayList<>();

    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

    private final List<String> accessTokens = new CopyOnWriteArrayList<>();

    private final List<String> discoveryRequests = new CopyOnWriteArrayList<>();

    private volatile HttpServer server;

    private volatile Duration accessTokenLifetime = Duration.ofMinutes(5);

    private volatile boolean refusingRefresh;

    private StandInIdentityProvider(int port) {
        this.port = port;
        try {
            this.key = new RSAKeyGenerator(2048).keyID("stand-in").generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot generate the stand-in provider's signing key", ex);
        }
    }

    /** A provider whose address is fixed but which does not answer until {@link #start()}. */
    public static StandInIdentityProvider notYetStarted() {
        return new StandInIdentityProvider(freePort());
    }

    public synchronized void start() {
        if (this.server != null) {
            return;
        }
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", this.port), 0);
            http.createContext("/.well-known/openid-configuration", this::discovery);
            http.createContext("/jwks", exchange -> respond(exchange, 200, new JWKSet(this.key.toPublicJWK()).toString()));
            http.createContext("/authorize", this::authorize);
            http.createContext("/token", this::token);
            http.createContext("/userinfo", this::userinfo);
            http.createContext("/logout", exchange -> respond(exchange, 200, "{}"));
            http.setExecutor(this.executor);
            http.start();
            this.server = http;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public boolean isAnswering() {
        return this.server != null;
    }

    public String issuer() {
        return "http://localhost:" + this.port;
    }

    List<Authorization> authorizations() {
        return this.authorizations;
    }

    List<Map<String, String>> tokenRequests() {
        return this.tokenRequests;
    }

    List<String> accessTokens() {
        return this.accessTokens;
    }

    public List<String> discoveryRequests() {
        return this.discoveryRequests;
    }

    /** Lifetime of the access tokens issued from now on; under a minute counts as expired for Spring Security. */
    void issueAccessTokensFor(Duration lifetime) {
        this.accessTokenLifetime = lifetime;
    }

    /** From now on every refresh token is answered with {@code invalid_grant}, as after a revocation. */
    void refuseRefreshTokens(boolean refuse) {
        this.refusingRefresh = refuse;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        this.discoveryRequests.add(exchange.getRequestURI().getPath());
        String issuer = issuer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/authorize");
        metadata.put("token_endpoint", issuer + "/token");
        metadata.put("userinfo_endpoint", issuer + "/userinfo");
        metadata.put("jwks_uri", issuer + "/jwks");
        metadata.put("end_session_endpoint", issuer + "/logout");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
        respond(exchange, 200, JSON.writeValueAsString(metadata));
    }

    /** Logs the test user in without a form and sends the browser back to the client with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id")) || redirectUri == null
                || !redirectUri.endsWith("/login/oauth2/code/nastavnik")) {
            respond(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        this.authorizations.add(new Authorization(query, code));
        this.codes.put(code, new Grant(redirectUri, query.get("nonce"), query.get("code_challenge"), SCHOOL_CURATOR));
        redirect(exchange, redirectUri + "?code=" + encode(code) + "&state=" + encode(query.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form;
        try (InputStream in = exchange.getRequestBody()) {
            form = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        this.tokenRequests.add(form);
        String expectedBasic = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expectedBasic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        switch (String.valueOf(form.get("grant_type"))) {
            case "authorization_code" -> {
                Grant grant = this.codes.remove(String.valueOf(form.get("code"))); // single use
                if (grant == null || !grant.redirectUri().equals(form.get("redirect_uri"))
                        || grant.codeChallenge() == null || form.get("code_verifier") == null
                        || !grant.codeChallenge().equals(s256(form.get("code_verifier")))) {
                    respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                respond(exchange, 200, JSON.writeValueAsString(tokens(grant, true)));
            }
            case "refresh_token" -> {
                Grant grant = this.refreshTokens.get(String.valueOf(form.get("refresh_token")));
                if (grant == null || this.refusingRefresh) {
                    respond(exchange, 400, "{\"error\":\"invalid_grant\"}");
                    return;
                }
                respond(exchange, 200, JSON.writeValueAsString(tokens(grant, false)));
            }
            default -> respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private Map<String, Object> tokens(Grant grant, boolean withIdToken) {
        Instant now = Instant.now();
        Duration lifetime = this.accessTokenLifetime;
        Map<String, Object> accessClaims = new LinkedHashMap<>(grant.user());
        accessClaims.put("scope", "openid profile");
        accessClaims.put("azp", CLIENT_ID);
        String accessToken = sign(accessClaims, now, lifetime, null);
        this.accessTokens.add(accessToken);
        String refreshToken = UUID.randomUUID().toString();
        this.refreshTokens.put(refreshToken, grant);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken);
        response.put("token_type", "Bearer");
        response.put("expires_in", lifetime.toSeconds());
        response.put("refresh_token", refreshToken);
        response.put("scope", "openid profile");
        if (withIdToken) {
            response.put("id_token", sign(grant.user(), now, Duration.ofMinutes(5), grant.nonce()));
        }
        return response;
    }

    private String sign(Map<String, Object> claims, Instant now, Duration lifetime, String nonce) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        if (nonce != null) {
            builder.claim("nonce", nonce);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(this.key));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !this.accessTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
            respond(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        respond(exchange, 200, JSON.writeValueAsString(SCHOOL_CURATOR));
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        HttpServer http = this.server;
        if (http != null) {
            http.stop(0);
        }
        this.executor.shutdownNow();
    }
}
