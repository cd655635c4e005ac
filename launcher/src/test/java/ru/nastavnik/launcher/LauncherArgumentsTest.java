package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LauncherArgumentsTest {

    @Test
    void defaultsAreTheDocumentedPortsAndDataFolder() {
        LauncherArguments arguments = LauncherArguments.parse();

        assertThat(arguments.dataDir()).isEqualTo(Path.of("data"));
        assertThat(arguments.benchmark()).isFalse();
        assertThat(arguments.help()).isFalse();
        PortPlan ports = arguments.ports();
        assertThat(ports.port(Component.GATEWAY)).isEqualTo(8080);
        assertThat(ports.port(Component.PARTICIPANT_SERVICE)).isEqualTo(8081);
        assertThat(ports.port(Component.PAIRING_SERVICE)).isEqualTo(8082);
        assertThat(ports.port(Component.MONITORING_SERVICE)).isEqualTo(8083);
        assertThat(ports.port(Component.PUBLICATION_SERVICE)).isEqualTo(8084);
        assertThat(ports.port(Component.IDENTITY_PROVIDER)).isEqualTo(9000);
        assertThat(ports.port(Component.POSTGRESQL)).isEqualTo(15432);
        assertThat(ports.port(Component.KAFKA)).isEqualTo(19092);
        assertThat(ports.port(Component.KAFKA_CONTROLLER)).isEqualTo(19093);
        assertThat(ports.port(Component.MONGODB)).isEqualTo(27018);
    }

    @Test
    void portOffsetShiftsEveryDefaultPortAndAnExplicitGatewayPortWins() {
        LauncherArguments arguments = LauncherArguments.parse(
                "--data-dir", "/tmp/n", "--port-offset=100", "--gateway-port", "9999", "--benchmark");

        assertThat(arguments.dataDir()).isEqualTo(Path.of("/tmp/n"));
        assertThat(arguments.benchmark()).isTrue();
        PortPlan ports = arguments.ports();
        assertThat(ports.port(Component.GATEWAY)).isEqualTo(9999);
        assertThat(ports.port(Component.PAIRING_SERVICE)).isEqualTo(8182);
        assertThat(ports.port(Component.IDENTITY_PROVIDER)).isEqualTo(9100);
        assertThat(ports.port(Component.POSTGRESQL)).isEqualTo(15532);
        assertThat(ports.port(Component.KAFKA_CONTROLLER)).isEqualTo(19193);
        assertThat(ports.port(Component.MONGODB)).isEqualTo(27118);
    }

    @Test
    void theGeneratedDemoRegionIsTheDefaultAndCanBeSwitchedOff() {
        assertThat(LauncherArguments.parse().generatedDemo()).isTrue();
        assertThat(LauncherArguments.parse("--demo=generated").generatedDemo()).isTrue();
        assertThat(LauncherArguments.parse("--demo", "basic").generatedDemo()).isFalse();
        assertThatThrownBy(() -> LauncherArguments.parse("--demo=huge"))
                .hasMessage("--demo must be generated or basic, was 'huge'");
    }

    @Test
    void helpAndHome() {
        assertThat(LauncherArguments.parse("--help").help()).isTrue();
        assertThat(LauncherArguments.parse("--home", "/repo").home()).isEqualTo(Path.of("/repo"));
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> LauncherArguments.parse("--colour"))
                .hasMessage("Unknown option: --colour");
        assertThatThrownBy(() -> LauncherArguments.parse("--gateway-port"))
                .hasMessage("--gateway-port needs a value");
        assertThatThrownBy(() -> LauncherArguments.parse("--gateway-port", "http"))
                .hasMessage("--gateway-port needs a number, got 'http'");
        assertThatThrownBy(() -> LauncherArguments.parse("--gateway-port", "70000"))
                .hasMessageContaining("must be a port 1..65535");
        assertThatThrownBy(() -> LauncherArguments.parse("--port-offset", "-1"))
                .hasMessageContaining("--port-offset must be between 0 and");
    }

    @Test
    void aGatewayPortOnAnotherComponentsPortIsRejected() {
        assertThatThrownBy(() -> LauncherArguments.parse("--gateway-port", "8081"))
                .hasMessageContaining("share a port");
    }

    @Test
    void mainPrintsUsageAndExitCodes() {
        assertThat(LauncherMain.run(new String[] {"--help"})).isZero();
        assertThat(LauncherMain.run(new String[] {"--nonsense"})).isEqualTo(2);
    }

    @Test
    void tuningChoosesTheServicesJvmOptions() {
        assertThat(LauncherArguments.parse().throughput()).isFalse();
        assertThat(LauncherArguments.parse("--tuning=throughput").throughput()).isTrue();
        assertThat(LauncherArguments.parse("--tuning", "startup").throughput()).isFalse();
        assertThatThrownBy(() -> LauncherArguments.parse("--tuning=fast"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startup or throughput");

        java.util.function.Function<java.util.Map<String, String>, java.util.List<String>> command = environment ->
                new ServiceProcess(Component.GATEWAY, Path.of("gateway.jar"), 8080, Path.of("gateway.log"), Path.of("."),
                        environment, code -> { }).command();
        assertThat(command.apply(java.util.Map.of())).contains("-XX:TieredStopAtLevel=1", "-Xmx256m");
        assertThat(command.apply(java.util.Map.of(ServiceEnvironment.JVM_TUNING, "throughput")))
                .contains("-Xmx512m").doesNotContain("-XX:TieredStopAtLevel=1");
    }
}
