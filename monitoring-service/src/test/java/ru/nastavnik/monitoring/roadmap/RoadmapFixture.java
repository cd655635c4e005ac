package ru.nastavnik.monitoring.roadmap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.platform.testkit.TestTokens;

/** Units, tokens, a clock the tests move, and multipart uploads for the roadmap tests. */
final class RoadmapFixture {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RoadmapFixture() {
    }

    /** A clock tests set: roadmaps decide overdue items by it. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static String schoolCurator(UUID region, UUID municipality, UUID organization) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "school-" + organization, "roles",
                List.of("SCHOOL_CURATOR"), "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of(organization.toString())));
    }

    static String municipalCurator(UUID region, UUID municipality) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "municipal-" + municipality, "roles",
                List.of("MUNICIPAL_CURATOR"), "region_id", region.toString(), "municipality_id", municipality.toString(),
                "organization_ids", List.of()));
    }

    static String regionAdmin(UUID region) {
        return TestTokens.get().withClaims(Map.of("preferred_username", "region-" + region, "roles",
                List.of("REGION_ADMIN"), "region_id", region.toString(), "organization_ids", List.of()));
    }

    /** A multipart/form-data request with one file and plain fields. */
    static HttpResponse<String> upload(String baseUrl, String method, String path, String token, String fileName,
            byte[] content, Map<String, String> fields) throws Exception {
        String boundary = "roadmaps" + UUID.randomUUID().toString().replace("-", "");
        List<byte[]> parts = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        parts.add(content);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArrays(parts))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> download(String baseUrl, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
