package ru.nastavnik.publication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ru.nastavnik.publication.domain.PublishingOrganization;
import ru.nastavnik.publication.domain.PublishingOrganizations;
import tools.jackson.databind.JsonNode;

/**
 * A {@link PracticeWorld} whose organizations the directory projection knows (as participant-service's events
 * would have told it), with the steps feeds need: practices through the real moderation flow, news, and anonymous
 * requests for the public documents.
 */
final class FeedWorld {

    /** The feed tests' own application context (and so their own MongoDB database), with a public address. */
    static final String CONTEXT = "nastavnik.feeds.public-url=https://nastavnik.example.org";

    static final String SCHOOL_NAME = "МБОУ «Средняя школа № 7»";
    static final String OTHER_SCHOOL_NAME = "МБОУ «Гимназия № 2»";
    static final String MUNICIPALITY_NAME = "Городской округ Заречный";
    static final String OTHER_MUNICIPALITY_NAME = "Озёрный муниципальный район";
    static final String REGION_NAME = "Северная область";

    final PracticeWorld world;

    FeedWorld(int port, PublishingOrganizations organizations) {
        world = new PracticeWorld(port);
        organizations.save(new PublishingOrganization(world.school, SCHOOL_NAME, world.municipality, MUNICIPALITY_NAME,
                world.region, REGION_NAME));
        organizations.save(new PublishingOrganization(world.otherSchool, OTHER_SCHOOL_NAME, world.otherMunicipality,
                OTHER_MUNICIPALITY_NAME, world.region, REGION_NAME));
    }

    /** A draft of the school with the given content and authors, not yet submitted. */
    String draft(Map<String, Object> content, List<Map<String, Object>> authors) throws Exception {
        return world.ok("POST", "/api/publications/practices", Map.of("organizationId", world.school.toString(),
                "content", content, "authors", authors), world.schoolCurator).get("id").asString();
    }

    String draft(String title) throws Exception {
        return draft(PracticeWorld.content(title, "Кратко: " + title, "<p>Проблема</p>", "<p>Решение</p>",
                "<p>Результаты</p>", List.of("адаптация")), List.of());
    }

    /** School → municipality → region → published, each step by its own level. */
    JsonNode publish(String id) throws Exception {
        world.moderate(id, "SUBMIT", null, world.schoolCurator);
        world.moderate(id, "MUNICIPALITY_ACCEPT", null, world.municipalCurator);
        world.moderate(id, "REGION_ACCEPT", null, world.regionAdmin);
        return world.moderate(id, "PUBLISH", null, world.regionAdmin);
    }

    String published(String title) throws Exception {
        String id = draft(title);
        publish(id);
        return id;
    }

    /** A practice of the other school, in the other municipality of the same region, published. */
    String publishedByOtherSchool(String title) throws Exception {
        String id = world.ok("POST", "/api/publications/practices", Map.of("organizationId", world.otherSchool.toString(),
                "content", PracticeWorld.content(title, "Кратко: " + title, "<p>Проблема</p>", "", "", List.of()),
                "authors", List.of()), world.otherSchoolCurator).get("id").asString();
        world.moderate(id, "SUBMIT", null, world.otherSchoolCurator);
        world.moderate(id, "MUNICIPALITY_ACCEPT", null, world.otherMunicipalCurator);
        world.moderate(id, "REGION_ACCEPT", null, world.regionAdmin);
        world.moderate(id, "PUBLISH", null, world.regionAdmin);
        return id;
    }

    JsonNode news(String title, String body, String rubric) throws Exception {
        return world.ok("POST", "/api/publications/organizations/" + world.school + "/news", Map.of("title", title,
                "body", body, "date", LocalDate.now().toString(), "rubric", rubric), world.schoolCurator);
    }

    String organizationFeed(String extension) {
        return "/public/feeds/organizations/" + world.school + "." + extension;
    }

    /** An anonymous request, as a feed reader or another site's page makes it: no token, no cookie. */
    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(world.base + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return PracticeWorld.JSON.readTree(response.body());
    }
}
