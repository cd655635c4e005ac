package ru.nastavnik.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for a Spring Boot service in launcher tests: packed alone into {@code <service>/target/x-exec.jar}, it
 * listens on SERVER_PORT, answers the actuator health endpoints and shows the environment it was given on /env.
 * FAKE_FAIL makes it exit at once; FAKE_NO_READINESS removes the readiness group (as with probes disabled).
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> env = new TreeMap<>(System.getenv());
        if (env.containsKey("FAKE_FAIL")) {
            System.out.println("boom: " + env.get("FAKE_FAIL"));
            // shaped like a Spring Boot start-up failure: the reason in the innermost cause, frames after it
            System.out.println("java.lang.IllegalStateException: Unable to start web server");
            System.out.println("\tat org.example.Context.refresh(Context.java:1)");
            System.out.println("Caused by: java.lang.IllegalArgumentException: " + env.get("FAKE_FAIL"));
            for (int frame = 0; frame < 30; frame++) {
                System.out.println("\tat org.example.Frame.call" + frame + "(Frame.java:" + frame + ")");
            }
            System.exit(3);
        }
        int port = Integer.parseInt(env.get("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        String up = "{\"status\":\"UP\"}";
        if (!env.containsKey("FAKE_NO_READINESS")) {
            server.createContext("/actuator/health/readiness", exchange -> respond(exchange, 200, up));
        }
        server.createContext("/actuator/health", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/actuator/health")) {
                respond(exchange, 200, up);
            } else {
                respond(exchange, 404, "{}");
            }
        });
        server.createContext("/env", exchange -> {
            StringBuilder body = new StringBuilder();
            env.forEach((name, value) -> body.append(name).append('=').append(value).append('\n'));
            respond(exchange, 200, body.toString());
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fake service stopped gracefully")));
        server.start();
        System.out.println("fake service listening on " + port);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
