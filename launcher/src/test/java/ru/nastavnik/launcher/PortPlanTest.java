package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

class PortPlanTest {

    @Test
    void freePortsAreDistinctAndFree() {
        PortPlan ports = PortPlan.free();

        assertThat(new HashSet<>(ports.asMap().values())).hasSize(Component.values().length);
        ports.asMap().values().forEach(port -> assertThat(PortCheck.isFree(port)).as("port %d", port).isTrue());
    }

    @Test
    void forTestsDoesNotUseTheDeveloperPorts() {
        PlatformOptions options = PlatformOptions.forTests(java.nio.file.Path.of("."), java.nio.file.Path.of("d"));

        assertThat(options.ports().asMap().values()).doesNotContainAnyElementsOf(PortPlan.defaults(0).asMap().values());
        assertThat(options.healthTimeout()).isEqualTo(PlatformOptions.DEFAULT_HEALTH_TIMEOUT);
    }

    @Test
    void invalidPlansAreRejected() {
        assertThatThrownBy(() -> PortPlan.defaults(60000)).hasMessageContaining("must be 1..65535");
        assertThatThrownBy(() -> PortPlan.defaults(0).with(Component.KAFKA, 15432))
                .hasMessageContaining("share a port");
    }

    @Test
    void extraEnvironmentIsMergedPerService() {
        PlatformOptions options = PlatformOptions.forTests(java.nio.file.Path.of("."), java.nio.file.Path.of("d"))
                .withEnvironment("*", "A", "all")
                .withEnvironment("*", "B", "all")
                .withEnvironment("pairing-service", "B", "pairing");

        assertThat(options.extraEnvironmentFor(Component.PAIRING_SERVICE)).containsEntry("A", "all").containsEntry("B", "pairing");
        assertThat(options.extraEnvironmentFor(Component.GATEWAY)).containsEntry("B", "all");
        assertThatThrownBy(() -> options.withEnvironment("kafka", "X", "y")).hasMessageContaining("infrastructure");
    }
}
