package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks that run before anything is started; none of these tests starts a server. */
class PreflightTest {

    @TempDir
    Path temp;

    @Test
    void aMissingServiceJarSaysBuildFirst() throws IOException {
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.createDirectories(home.resolve("pairing-service/target"));
        List<ProgressListener.Event> events = new CopyOnWriteArrayList<>();
        PlatformOptions options = PlatformOptions.forTests(home, temp.resolve("data")).withProgress(events::add);

        assertThatThrownBy(() -> Platform.start(options))
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("build first: ./nastavnik build")
                .hasMessageContaining(home.resolve("pairing-service/target/*-exec.jar").toString())
                .hasMessageContaining(home.resolve("gateway/target/*-exec.jar").toString())
                .hasMessageContaining(home.resolve("identity-provider/target/*-exec.jar").toString());
        assertThat(events).as("nothing was started").isEmpty();
        assertThat(temp.resolve("data/postgres")).doesNotExist();
    }

    @Test
    void aTakenPortNamesTheComponentAndTheOptionToChangeIt() throws IOException {
        Path home = TestHomes.withPlaceholderJars(temp.resolve("home"));
        PlatformOptions options = PlatformOptions.forTests(home, temp.resolve("data"));
        int gatewayPort = options.ports().port(Component.GATEWAY);
        int kafkaPort = options.ports().port(Component.KAFKA);
        int identityPort = options.ports().port(Component.IDENTITY_PROVIDER);

        try (ServerSocket gateway = bind(gatewayPort); ServerSocket kafka = bind(kafkaPort);
             ServerSocket identity = bind(identityPort)) {
            assertThatThrownBy(() -> Platform.start(options))
                    .isInstanceOf(PlatformStartException.class)
                    .hasMessageContaining("Port " + identityPort
                            + " (identity-provider) is already in use — stop what uses it or pass --port-offset")
                    .hasMessageContaining("Port " + gatewayPort
                            + " (gateway) is already in use — stop what uses it or pass --gateway-port")
                    .hasMessageContaining("Port " + kafkaPort
                            + " (kafka) is already in use — stop what uses it or pass --port-offset");
        }
        assertThat(temp.resolve("data/postgres")).as("nothing was started").doesNotExist();
    }

    @Test
    void aFailedStartReleasesTheDataFolderForTheNextAttempt() throws IOException {
        // Were the folder still reserved, the second attempt would fail with "already used by a running Platform".
        Path home = Files.createDirectories(temp.resolve("empty-home"));
        PlatformOptions options = PlatformOptions.forTests(home, temp.resolve("data"));
        assertThatThrownBy(() -> Platform.start(options)).hasMessageContaining("build first");
        assertThatThrownBy(() -> Platform.start(options)).hasMessageContaining("build first");
    }

    @Test
    void theEntryPointRefusesAnOldJavaWithASentence() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(java17), "no Java 17 on this machine");
        Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        Process process = new ProcessBuilder(java17.toString(), "-cp", classes.toString(), Launcher.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(output).contains("Nastavnik needs Java 21 or newer, but runs on Java 17")
                .doesNotContain("UnsupportedClassVersionError");
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(port));
        return socket;
    }
}
