package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import ru.nastavnik.platform.testkit.TestTokens;
import tools.jackson.databind.JsonNode;

/** A municipal contest of best practices: nominations, entries of accepted practices, jury scores, winners. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PracticeContestsTest {

    @LocalServerPort
    int port;

    @Test
    void aContestTakesAcceptedPracticesTheJuryScoresAndWinnersArePerNomination() throws Exception {
        PracticeWorld world = new PracticeWorld(port);
        String first = accepted(world, "Наставник молодого учителя");
        String second = accepted(world, "Реверсивное наставничество");
        String draft = world.draft("Ещё черновик").get("id").asString();
        String jurorOne = juror(world, "juror.one." + world.region);
        String jurorTwo = juror(world, "juror.two." + world.region);

        assertThat(TestHttp.code(world.call("POST", "/api/publications/contests", Map.of("name", "Лучшая практика",
                "nominations", List.of("Учитель – учитель"), "jury", List.of("x")), world.schoolCurator), 403)).isEqualTo("FORBIDDEN");
        JsonNode noNominations = TestHttp.read(world.call("POST", "/api/publications/contests", Map.of("name", "Конкурс",
                "nominations", List.of(" "), "jury", List.of("x")), world.municipalCurator), 400);
        assertThat(TestHttp.fields(noNominations)).containsExactly("nominations");

        JsonNode contest = world.ok("POST", "/api/publications/contests", Map.of("name", "Лучшая практика наставничества <b>2026</b>",
                "nominations", List.of("Учитель – учитель", "Реверсивное наставничество"),
                "jury", List.of("juror.one." + world.region, "juror.two." + world.region)), world.municipalCurator);
        assertThat(contest.get("name").asString()).isEqualTo("Лучшая практика наставничества 2026");
        String id = contest.get("id").asString();
        String path = "/api/publications/contests/" + id;
        String nominationA = contest.get("nominations").get(0).get("id").asString();
        String nominationB = contest.get("nominations").get(1).get("id").asString();

        assertThat(TestHttp.code(world.call("POST", path + "/entries", Map.of("practiceId", draft, "nominationId", nominationA),
                world.schoolCurator), 409)).isEqualTo("PRACTICE_NOT_ACCEPTED");
        world.ok("POST", path + "/entries", Map.of("practiceId", first, "nominationId", nominationA), world.schoolCurator);
        world.ok("POST", path + "/entries", Map.of("practiceId", second, "nominationId", nominationA), world.schoolCurator);
        JsonNode entered = world.ok("POST", path + "/entries", Map.of("practiceId", first, "nominationId", nominationB), world.schoolCurator);
        assertThat(TestHttp.code(world.call("POST", path + "/entries", Map.of("practiceId", first, "nominationId", nominationB),
                world.schoolCurator), 409)).isEqualTo("ALREADY_ENTERED");
        JsonNode entries = entered.get("entries");
        String firstInA = entries.get(0).get("id").asString();
        String secondInA = entries.get(1).get("id").asString();
        String firstInB = entries.get(2).get("id").asString();

        assertThat(TestHttp.code(world.call("POST", path + "/scores", Map.of("entryId", firstInA, "score", 9), jurorOne), 409))
                .isEqualTo("CONTEST_NOT_JUDGING");
        world.ok("POST", path + "/judging", null, world.municipalCurator);
        assertThat(TestHttp.code(world.call("POST", path + "/entries", Map.of("practiceId", second, "nominationId", nominationB),
                world.schoolCurator), 409)).isEqualTo("CONTEST_NOT_OPEN");

        world.ok("POST", path + "/scores", Map.of("entryId", firstInA, "score", 9), jurorOne);
        world.ok("POST", path + "/scores", Map.of("entryId", secondInA, "score", 7), jurorOne);
        world.ok("POST", path + "/scores", Map.of("entryId", firstInA, "score", 8), jurorTwo);
        world.ok("POST", path + "/scores", Map.of("entryId", secondInA, "score", 10), jurorTwo);
        world.ok("POST", path + "/scores", Map.of("entryId", secondInA, "score", 9), jurorTwo); // a juror corrects their score
        world.ok("POST", path + "/scores", Map.of("entryId", firstInB, "score", 6), jurorOne);
        assertThat(TestHttp.code(world.call("POST", path + "/scores", Map.of("entryId", firstInA, "score", 10),
                world.municipalCurator), 403)).isEqualTo("FORBIDDEN");
        assertThat(TestHttp.fields(TestHttp.read(world.call("POST", path + "/scores", Map.of("entryId", firstInA, "score", 11),
                jurorOne), 400))).containsExactly("score");

        assertThat(TestHttp.code(world.call("POST", path + "/close", null, world.regionAdmin), 403)).isEqualTo("FORBIDDEN");
        JsonNode closed = world.ok("POST", path + "/close", null, world.municipalCurator);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        JsonNode winners = closed.get("winners");
        assertThat(winners).hasSize(2);
        assertThat(winners.get(0).get("nominationId").asString()).isEqualTo(nominationA);
        assertThat(winners.get(0).get("practiceId").asString()).isEqualTo(first);
        assertThat(winners.get(0).get("averageScore").asDouble()).isEqualTo(8.5);
        assertThat(winners.get(1).get("entryId").asString()).isEqualTo(firstInB);
        assertThat(world.ok("GET", path, null, world.otherSchoolCurator).get("status").asString()).isEqualTo("CLOSED");
        assertThat(world.call("GET", path, null, world.foreignRegionAdmin).statusCode()).isEqualTo(403);
    }

    private static String accepted(PracticeWorld world, String title) throws Exception {
        String id = world.draft(title).get("id").asString();
        world.moderate(id, "SUBMIT", null, world.schoolCurator);
        world.moderate(id, "MUNICIPALITY_ACCEPT", null, world.municipalCurator);
        return id;
    }

    private static String juror(PracticeWorld world, String username) {
        return TestTokens.get().withClaims(Map.of("preferred_username", username, "roles", List.of("MENTOR"),
                "region_id", world.region.toString(), "organization_ids", List.of()));
    }
}
