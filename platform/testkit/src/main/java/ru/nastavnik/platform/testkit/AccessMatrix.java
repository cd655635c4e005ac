package ru.nastavnik.platform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import ru.nastavnik.demo.DemoRegion;

/**
 * One endpoint × every demo user, a caller from another region, an anonymous caller and an expired token:
 * the allowed users get {@code allowedStatus}, every other authenticated caller 403, the rest 401.
 */
public final class AccessMatrix {

    /** Sends the request with the given token (null: none) and returns the status. */
    @FunctionalInterface
    public interface Endpoint {
        int statusWith(String token) throws Exception;
    }

    private AccessMatrix() {
    }

    public static Stream<DynamicTest> of(Endpoint endpoint, int allowedStatus, Set<String> allowed) {
        TestTokens tokens = TestTokens.get();
        List<DynamicTest> tests = new ArrayList<>();
        for (DemoRegion.User user : DemoRegion.USERS) {
            int expected = allowed.contains(user.username()) ? allowedStatus : 403;
            tests.add(DynamicTest.dynamicTest(user.username() + " → " + expected,
                    () -> assertEquals(expected, endpoint.statusWith(tokens.forUser(user)))));
        }
        String otherRegion = tokens.withClaims(Map.of("preferred_username", "other.region.admin",
                "roles", List.of("REGION_ADMIN"), "region_id", UUID.randomUUID().toString(), "organization_ids", List.of()));
        tests.add(DynamicTest.dynamicTest("another region's admin → 403",
                () -> assertEquals(403, endpoint.statusWith(otherRegion))));
        tests.add(DynamicTest.dynamicTest("anonymous → 401", () -> assertEquals(401, endpoint.statusWith(null))));
        DemoRegion.User someone = DemoRegion.USERS.getFirst();
        tests.add(DynamicTest.dynamicTest("expired token → 401",
                () -> assertEquals(401, endpoint.statusWith(tokens.expired(someone)))));
        return tests.stream();
    }
}
