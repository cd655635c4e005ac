package ru.nastavnik.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathTest {

    @Test
    void manifestOnlyJarIsExpandedToItsClassPathEntries(@TempDir Path root) throws Exception {
        Path libs = Files.createDirectories(root.resolve("libs dir"));
        Path booter = root.resolve("booter.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        // Relative and absolute URL forms, one with an escaped space, as surefire and IDEs write them.
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                "libs%20dir/kafka.jar " + libs.resolve("classes").toUri() + " ../outside.jar");
        try (OutputStream out = Files.newOutputStream(booter); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }

        String previous = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", booter.toString());
            assertThat(KafkaBroker.currentClasspath().split(File.pathSeparator)).containsExactly(
                    booter.toString(),
                    libs.resolve("kafka.jar").toString(),
                    libs.resolve("classes").toString(),
                    root.getParent().resolve("outside.jar").toString());
        } finally {
            System.setProperty("java.class.path", previous);
        }
    }

    @Test
    void ordinaryClasspathIsKept() {
        String previous = System.getProperty("java.class.path");
        String ordinary = String.join(File.pathSeparator, "/opt/app/lib/kafka.jar", "/opt/app/classes");
        try {
            System.setProperty("java.class.path", ordinary);
            assertThat(KafkaBroker.currentClasspath()).isEqualTo(ordinary);
        } finally {
            System.setProperty("java.class.path", previous);
        }
    }

    @Test
    void relativeEntriesAndWildcardsBecomeAbsolute() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        String relative = String.join(File.pathSeparator, "launcher/target/launcher.jar", "", "launcher/target/lib/*",
                "/opt/kafka/libs/*", "/opt/app/../app/classes");
        assertThat(KafkaBroker.absolute(relative).split(File.pathSeparator)).containsExactly(
                workingDirectory.resolve("launcher/target/launcher.jar").toString(),
                workingDirectory.resolve("launcher/target/lib").resolve("*").toString(),
                "/opt/kafka/libs/*",
                "/opt/app/classes");
    }
}
