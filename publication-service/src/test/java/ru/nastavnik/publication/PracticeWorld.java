package ru.nastavnik.publication;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region of its own for each test (fresh ids, so tests sharing a context and a Kafka broker never see each
 * other's practices), its people's tokens, and the HTTP calls the tests make.
 */
final class PracticeWorld {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final String base;
    final UUID region = UUID.randomUUID();
    final UUID municipality = UUID.randomUUID();
    final UUID otherMunicipality = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final UUID otherSchool = UUID.randomUUID();
    final String schoolCurator;
    final String otherSchoolCurator;
    final String municipalCurator;
    final String otherMunicipalCurator;
    final String regionAdmin;
    final String foreignRegionAdmin;

    PracticeWorld(int port) {
        base = "http://localhost:" + port;
        schoolCurator = token("SCHOOL_CURATOR", region, municipality, List.of(school));
        otherSchoolCurator = token("SCHOOL_CURATOR", region, otherMunicipality, List.of(otherSchool));
        municipalCurator = token("MUNICIPAL_CURATOR", region, municipality, List.of());
        otherMunicipalCurator = token("MUNICIPAL_CURATOR", region, otherMunicipality, List.of());
        regionAdmin = token("REGION_ADMIN", region, null, List.of());
        foreignRegionAdmin = token("REGION_ADMIN", UUID.randomUUID(), null, List.of());
    }

    private static String token(String role, UUID region, UUID municipality, List<UUID> organizations) {
        var claims = new java.util.LinkedHashMap<String, Object>(Map.of("preferred_username", role.toLowerCase() + "-" + UUID.randomUUID(),
                "roles", List.of(role), "region_id", region.toString(),
                "organization_ids", organizations.stream().map(UUID::toString).toList()));
        if (municipality != null) {
            claims.put("municipality_id", municipality.toString());
        }
        return TestTokens.get().withClaims(claims);
    }

    HttpResponse<String> call(String method, String path, Object body, String token) throws Exception {
        return TestHttp.send(base, method, path, body == null ? null : JSON.writeValueAsString(body), token);
    }

    JsonNode ok(String method, String path, Object body, String token) throws Exception {
        HttpResponse<String> response = call(method, path, body, token);
        return TestHttp.read(response, response.statusCode() == 201 ? 201 : 200);
    }

    static Map<String, Object> content(String title, String summary, String problem, String solution, String results,
            List<String> tags) {
        return Map.ofEntries(Map.entry("title", title), Map.entry("summary", summary), Map.entry("form", "TEACHER_TEACHER"),
                Map.entry("format", "TRADITIONAL"), Map.entry("audience", "молодые педагоги"),
                Map.entry("subjects", List.of("математика")), Map.entry("problem", problem), Map.entry("solution", solution),
                Map.entry("results", results),
                Map.entry("figures", List.of(Map.of("label", "доля молодых педагогов, оставшихся в школе", "value", 92, "unit", "%"))),
                Map.entry("tags", tags));
    }

    JsonNode draft(String title) throws Exception {
        return ok("POST", "/api/publications/practices", Map.of("organizationId", school.toString(),
                "content", content(title, "Кратко о практике", "<p>Проблема</p>", "<p>Решение</p>", "<p>Результаты</p>",
                        List.of("адаптация")),
                "authors", List.of()), schoolCurator);
    }

    JsonNode moderate(String id, String action, String comment, String token) throws Exception {
        return ok("POST", "/api/publications/practices/" + id + "/moderation",
                comment == null ? Map.of("action", action) : Map.of("action", action, "comment", comment), token);
    }

    HttpResponse<String> upload(String practiceId, String fileName, byte[] bytes, String token) throws Exception {
        String boundary = "----publication" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/publications/practices/" + practiceId + "/materials"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> download(String href, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + href)).header("Authorization", "Bearer " + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
