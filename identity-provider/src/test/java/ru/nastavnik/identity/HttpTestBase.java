package ru.nastavnik.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The provider on a real port. The issuer must name the port the tests call, and a random port is only known after
 * start-up, too late for the issuer; so a free port is picked once per JVM and both server.port and the issuer are set
 * to it. Every subclass shares this one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class HttpTestBase {

    static final int PORT = freePort();
    static final String ISSUER = "http://localhost:" + PORT;
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/nastavnik";
    static final String POST_LOGOUT_REDIRECT_URI = "http://localhost:8080/";
    static final String CLIENT_SECRET = "portal-dev-secret";

    @DynamicPropertySource
    static void issuerOnTheTestPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("nastavnik.identity.issuer", () -> ISSUER);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
