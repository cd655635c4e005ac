package ru.nastavnik.platform.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs in its own surefire execution with -Dnastavnik.testkit=embedded (see the pom), since the mode is chosen once
 * per JVM.
 */
class ForcedEmbeddedModeTest {

    @Test
    void forcedEmbeddedModeServesPostgres() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        assertThat(infrastructure.mode()).isEqualTo("embedded");
        assertThat(infrastructure.reason()).isEqualTo("forced by -Dnastavnik.testkit=embedded");
        String url = infrastructure.createDatabase("forced");
        try (var connection = java.sql.DriverManager.getConnection(url, infrastructure.postgresUsername(),
                infrastructure.postgresPassword())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }
}
