package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens on start when a previous launcher died without its shutdown hook (kill -9). */
class RunFileTest {

    @TempDir
    Path data;

    private Process leftover;
    private Process otherLauncher;

    @AfterEach
    void killStrays() {
        for (Process process : new Process[] {leftover, otherLauncher}) {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void processesOfADeadLauncherAreStopped() throws Exception {
        leftover = sleeper();
        RunFile runFile = new RunFile(data);
        runFile.write(List.of(RunFile.Entry.of("pairing-service", leftover.toHandle())));
        // Make the recorded launcher a dead one: a pid with a start time that cannot match.
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(runFile.path()));
        lines.set(0, "launcher " + ProcessHandle.current().pid() + " 1");
        java.nio.file.Files.write(runFile.path(), lines);

        assertThat(runFile.stopLeftovers(data)).hasValueSatisfying(
                text -> assertThat(text).contains("stopped pairing-service left running by launcher pid"));
        assertThat(leftover.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(runFile.path()).doesNotExist();
    }

    @Test
    void aLiveLauncherOnTheSameDataFolderIsNotDisturbed() throws Exception {
        leftover = sleeper();
        otherLauncher = sleeper();
        RunFile runFile = new RunFile(data);
        java.nio.file.Files.createDirectories(runFile.path().getParent());
        java.nio.file.Files.write(runFile.path(), List.of(
                "launcher " + otherLauncher.pid() + " " + RunFile.startMillis(otherLauncher.toHandle()),
                "pairing-service " + leftover.pid() + " " + RunFile.startMillis(leftover.toHandle())));

        assertThatThrownBy(() -> runFile.stopLeftovers(data))
                .isInstanceOf(PlatformStartException.class)
                .hasMessageContaining("Another Nastavnik launcher (pid " + otherLauncher.pid() + ")");
        assertThat(leftover.isAlive()).isTrue();
        assertThat(runFile.path()).exists();
    }

    @Test
    void aReusedPidIsNotKilled() throws Exception {
        leftover = sleeper();
        RunFile runFile = new RunFile(data);
        java.nio.file.Files.createDirectories(runFile.path().getParent());
        java.nio.file.Files.write(runFile.path(), List.of("launcher 1 1",
                "kafka " + leftover.pid() + " " + (RunFile.startMillis(leftover.toHandle()) - 60_000)));

        assertThat(runFile.stopLeftovers(data)).isEmpty();
        assertThat(leftover.isAlive()).isTrue();
    }

    private static Process sleeper() throws IOException {
        return new ProcessBuilder("sleep", "300").start();
    }
}
