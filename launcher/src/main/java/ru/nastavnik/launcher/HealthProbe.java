package ru.nastavnik.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/** Asks a Spring Boot service whether it is ready: /actuator/health/readiness, or /actuator/health if that is absent. */
final class HealthProbe {

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String baseUrl;
    private volatile boolean readinessGroupMissing;
    private volatile String lastAnswer = "no answer yet";

    HealthProbe(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String url() {
        return baseUrl + (readinessGroupMissing ? "/actuator/health" : "/actuator/health/readiness");
    }

    /** What the service said last time, for a timeout message. */
    String lastAnswer() {
        return lastAnswer;
    }

    boolean isUp() {
        String url = url();
        try {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            lastAnswer = url + " -> " + response.statusCode() + " " + abbreviate(response.body());
            if (response.statusCode() == 404 && !readinessGroupMissing) {
                // Probes not enabled (or not exposed) in this service: the overall health is the next best thing.
                readinessGroupMissing = true;
                return false;
            }
            return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
        } catch (IOException e) {
            lastAnswer = url + " -> " + e.getClass().getSimpleName();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }
}
