package ru.nastavnik.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Dockerfile as each deployable's build arguments make it, read as text (no engine here to build it): the instructions are parsed with
 * their line continuations joined and comments dropped, and checked stage by stage.
 */
class DockerfileTest {

    /** One instruction: the keyword in upper case and its arguments. */
    record Instruction(String keyword, String arguments) {
    }

    /** A build stage: its FROM and the instructions after it. */
    record Stage(String image, String name, List<Instruction> instructions) {

        List<String> arguments(String keyword) {
            return instructions.stream().filter(i -> i.keyword.equals(keyword)).map(Instruction::arguments).toList();
        }
    }

    static final Pattern FROM = Pattern.compile("(?i)^(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?$");
    static final Pattern TEMURIN = Pattern.compile("^eclipse-temurin:(\\d+)[^\\s]*-(jre|jdk)[^\\s]*$");

    static List<Stage> stages(Deployable d) {
        List<Stage> stages = new ArrayList<>();
        // What `docker build --build-arg MODULE=… --build-arg PORT=…` makes of the shared Dockerfile.
        String dockerfile = Repository.read(d.dockerfile())
                .replace("${MODULE}", d.module).replace("${PORT}", String.valueOf(d.port));
        for (Instruction instruction : instructions(dockerfile)) {
            if (instruction.keyword.equals("FROM")) {
                Matcher from = FROM.matcher(instruction.arguments);
                assertThat(from.matches()).as("%s: FROM %s", d.dockerfile(), instruction.arguments).isTrue();
                stages.add(new Stage(from.group(1), from.group(2), new ArrayList<>()));
            } else if (!stages.isEmpty()) {
                stages.get(stages.size() - 1).instructions.add(instruction);
            }
        }
        return stages;
    }

    static List<Instruction> instructions(String dockerfile) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue; // comments (the syntax directive too) and blank lines; comments may sit inside continuations
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            if (!text.isEmpty()) {
                int space = text.indexOf(' ');
                instructions.add(space < 0 ? new Instruction(text.toUpperCase(Locale.ROOT), "")
                        : new Instruction(text.substring(0, space).toUpperCase(Locale.ROOT), text.substring(space + 1).strip()));
            }
        }
        return instructions;
    }

    @ParameterizedTest
    @EnumSource(Deployable.class)
    void buildsTheModuleWithTheMavenWrapperInAJdkStage(Deployable d) {
        List<Stage> stages = stages(d);
        assertThat(stages).as("%s: multi-stage", d.dockerfile()).hasSizeGreaterThanOrEqualTo(2);
        Stage build = stages.get(0);
        Matcher jdk = TEMURIN.matcher(build.image);
        assertThat(jdk.matches() && jdk.group(2).equals("jdk")).as("%s build stage on a Temurin JDK: %s", d, build.image).isTrue();
        assertThat(Integer.parseInt(jdk.group(1))).isGreaterThanOrEqualTo(21);
        assertThat(build.name).as("%s: the build stage is named for COPY --from", d).isNotBlank();
        assertThat(String.join("\n", build.arguments("RUN")))
                .as("%s builds its module and what it depends on with the wrapper", d)
                .containsPattern("\\./mvnw .*-pl " + Pattern.quote(d.module) + " .*-am .*package")
                .contains("-DskipTests")
                .as("%s extracts Spring Boot's layers (tools jar mode, Boot 3.3+)", d)
                .containsPattern("-Djarmode=tools -jar \\S+ extract --layers --launcher");
    }

    @ParameterizedTest
    @EnumSource(Deployable.class)
    void runsOnAJava21JreAsANonRootUserWithAHealthcheck(Deployable d) {
        List<Stage> stages = stages(d);
        Stage runtime = stages.get(stages.size() - 1);
        Matcher jre = TEMURIN.matcher(runtime.image);
        assertThat(jre.matches()).as("%s runtime image %s is eclipse-temurin", d, runtime.image).isTrue();
        assertThat(jre.group(2)).as("%s runtime is a JRE, not a JDK", d).isEqualTo("jre");
        assertThat(Integer.parseInt(jre.group(1))).as("%s Java version", d).isGreaterThanOrEqualTo(21);

        List<String> users = runtime.arguments("USER");
        assertThat(users).as("%s: USER in the runtime stage", d).isNotEmpty();
        String user = users.get(users.size() - 1).split(":")[0];
        assertThat(user).as("%s runs as", d).isNotIn("root", "0");

        assertThat(runtime.arguments("HEALTHCHECK")).as("%s HEALTHCHECK", d).singleElement()
                .asString().contains("/actuator/health/readiness").doesNotStartWith("NONE");
        assertThat(runtime.arguments("EXPOSE")).as("%s EXPOSE", d).contains(String.valueOf(d.port));
        assertThat(String.join(" ", runtime.arguments("ENV"))).as("%s default SERVER_PORT", d)
                .contains("SERVER_PORT=" + d.port);

        String entrypoint = String.join(" ", runtime.arguments("ENTRYPOINT"));
        assertThat(entrypoint).as("%s entrypoint", d).startsWith("[") // exec form: java is PID 1 and gets SIGTERM
                .contains("MaxRAMPercentage").contains("org.springframework.boot.loader.launch.JarLauncher");
        assertThat(runtime.arguments("COPY")).as("%s copies the four layers from the build stage", d)
                .hasSize(4).allSatisfy(copy -> assertThat(copy).startsWith("--from=" + stages.get(0).name + " "));
    }

    @Test
    void theBuildContextLeavesOutBuildOutputDataAndHistory() {
        List<String> ignored = Repository.read(".dockerignore").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(ignored).contains("**/target/", "data/", ".git");
    }
}
