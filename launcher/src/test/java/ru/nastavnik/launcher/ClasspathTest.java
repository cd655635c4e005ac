package ru.nastavnik.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka broker's JVM runs in another directory, so the class path handed to it must not be relative. */
class ClasspathTest {

    @TempDir
    Path temp;

    @Test
    void relativeEntriesAndWildcardsBecomeAbsoluteJarPaths() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        Files.createFile(lib.resolve("b.jar"));
        Files.createFile(lib.resolve("a.jar"));
        Files.createFile(lib.resolve("notes.txt"));
        Path cwd = Path.of("").toAbsolutePath();

        String classpath = Infrastructure.absoluteClasspath(
                "target/launcher.jar" + File.pathSeparator + lib + File.separator + "*");

        assertThat(classpath.split(File.pathSeparator)).containsExactly(
                cwd.resolve("target/launcher.jar").toString(),
                lib.resolve("a.jar").toString(),
                lib.resolve("b.jar").toString());
    }
}
