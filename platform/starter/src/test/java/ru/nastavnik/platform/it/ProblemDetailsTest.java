package ru.nastavnik.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input gets a clear 4xx problem+json with code, traceId and per-field errors; never a 500 or a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "nastavnik.http.max-body-size=2KB", "spring.kafka.consumer.group-id=problems-${random.uuid}" })
@RealInfrastructure
class ProblemDetailsTest {

    private static final String BEARER = "Bearer " + TestTokens.get().forUser("school1.curator");

    @LocalServerPort
    int port;

    @Test
    void withoutATokenTheAnswerIs401Problem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/samples"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        JsonNode problem = problem(http.send(request, HttpResponse.BodyHandlers.ofString()), 401);
        assertThat(problem.get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void validBodyIsAccepted() throws Exception {
        HttpResponse<String> response = post("{\"name\":\"Школа\",\"years\":3,\"type\":\"SCHOOL\"}", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void malformedJson() throws Exception {
        JsonNode problem = problem(post("{\"name\": \"Школа\", ", "application/json"), 400);
        assertThat(problem.get("code").asString()).isEqualTo("MALFORMED_BODY");
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        JsonNode problem = problem(post("{\"name\":\"Школа\",\"years\":\"много\",\"type\":\"SCHOOL\"}", "application/json"), 400);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("years");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("число");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() throws Exception {
        JsonNode problem = problem(post("{\"name\":\"Школа\",\"years\":3,\"type\":\"UNIVERSITY\"}", "application/json"), 400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(problem.get("detail").asString()).contains("SCHOOL", "KINDERGARTEN");
        assertThat(problem.toString()).doesNotContain("UNIVERSITY"); // rejected values are not echoed
    }

    @Test
    void missingAndOutOfRangeFieldsAreListedInRussian() throws Exception {
        JsonNode problem = problem(post("{\"years\":-1}", "application/json"), 400);
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "years", "type");
        assertThat(problem.get("errors").findValuesAsString("message")).contains("обязательное поле", "не может быть отрицательным");
    }

    @Test
    void wrongContentType() throws Exception {
        JsonNode problem = problem(post("name=Школа", "application/x-www-form-urlencoded"), 415);
        assertThat(problem.get("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void oversizedBodyByContentLength() throws Exception {
        String big = "{\"name\":\"" + "я".repeat(4000) + "\",\"years\":1,\"type\":\"SCHOOL\"}";
        JsonNode problem = problem(post(big, "application/json"), 413);
        assertThat(problem.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void oversizedChunkedBody() throws Exception {
        byte[] big = ("{\"name\":\"" + "я".repeat(4000) + "\",\"years\":1,\"type\":\"SCHOOL\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/samples"))
                .header("Content-Type", "application/json").header("Authorization", BEARER)
                // A publisher of unknown length makes the client send chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        JsonNode problem = problem(http.send(request, HttpResponse.BodyHandlers.ofString()), 413);
        assertThat(problem.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void unknownPathAndWrongMethod() throws Exception {
        HttpRequest missing = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nothing-here"))
                .header("Authorization", BEARER).GET().build();
        assertThat(problem(http.send(missing, HttpResponse.BodyHandlers.ofString()), 404).get("code").asString())
                .isEqualTo("NOT_FOUND");
        HttpRequest wrongMethod = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/samples"))
                .header("Authorization", BEARER).method("DELETE", HttpRequest.BodyPublishers.noBody()).build();
        assertThat(problem(http.send(wrongMethod, HttpResponse.BodyHandlers.ofString()), 405).get("code").asString())
                .isEqualTo("METHOD_NOT_ALLOWED");
    }

    private HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/samples"))
                .header("Content-Type", contentType).header("Authorization", BEARER)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("urn:nastavnik:problem:");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("code").asString()).isNotBlank();
        assertThat(problem.has("traceId")).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return problem;
    }
}
