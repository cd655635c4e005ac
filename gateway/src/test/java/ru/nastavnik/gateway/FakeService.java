package ru.nastavnik.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for a platform service: it records every request it receives and answers
 * according to the last path segment - {@code unavailable} (503), {@code broken} (500), {@code slow}
 * (answers after 3 s); anything else echoes the request body (or a small JSON) with 200.
 */
final class FakeService implements AutoCloseable {

    record Received(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return this.headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        String bodyText() {
            return new String(this.body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FakeService(HttpServer server) {
        this.server = server;
    }

    static FakeService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeService fake = new FakeService(server);
            server.createContext("/", fake::handle);
            server.setExecutor(fake.executor);
            server.start();
            return fake;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A URI on which nothing listens: the port was free a moment ago and is closed again. */
    static String closedPortUri() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort();
    }

    List<Received> receivedAt(String path) {
        return this.received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = exchange.getRequestURI().getRawPath();
        this.received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body));
        String last = path.substring(path.lastIndexOf('/') + 1);
        switch (last) {
            case "unavailable" -> respond(exchange, 503, "{\"status\":503}");
            case "broken" -> respond(exchange, 500, "{\"status\":500}");
            case "slow" -> {
                sleep(3000);
                respond(exchange, 200, "{\"late\":true}");
            }
            default -> {
                if (path.startsWith("/public/")) {
                    // As publication-service answers its feeds: open to any origin by itself.
                    exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
                }
                respond(exchange, 200, body.length > 0 ? new String(body, StandardCharsets.UTF_8)
                        : "{\"servedBy\":\"fake\",\"path\":\"" + path + "\"}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
        this.executor.shutdownNow();
    }
}
