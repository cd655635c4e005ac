package ru.nastavnik.platform.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to a service under test, as a client with a bearer token (or none) would make them. */
public final class TestHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestHttp() {
    }

    /** Sends the request; a null body sends none, a null token no Authorization header. */
    public static HttpResponse<String> send(String baseUrl, String method, String path, String jsonBody, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The JSON body of a response that must have {@code expectedStatus}; a failure shows the body it got instead. */
    public static JsonNode read(HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError("expected status " + expectedStatus + " but was " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The {@code code} of a problem+json response that must have {@code expectedStatus}. */
    public static String code(HttpResponse<String> response, int expectedStatus) {
        return read(response, expectedStatus).get("code").asString();
    }

    /** The fields a validation problem names, in its order. */
    public static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsString("field");
    }
}
