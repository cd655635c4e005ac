# syntax=docker/dockerfile:1
# Every deployable's image, chosen with build arguments. Build from the repository root (the build context):
#   docker build --build-arg MODULE=participant-service --build-arg PORT=8081 -t nastavnik/participant-service .
# MODULE is the Maven module (participant-service, pairing-service, monitoring-service, publication-service,
# gateway, identity-provider); PORT its default SERVER_PORT.
# Needs BuildKit (the default builder of `docker build` and `docker compose` since Docker 23) for the
# Maven cache mount below.

# ---- build: the module and the reactor modules it depends on, with the project's own Maven wrapper ----
FROM eclipse-temurin:21-jdk AS build
ARG MODULE
WORKDIR /workspace
# The whole source tree (minus what .dockerignore drops: target/, data/, .git): -am needs every module the
# deployable depends on, and Maven needs every <module> the root pom lists to load the reactor.
COPY . .
# The cache mount keeps ~/.m2 (dependencies and the wrapper's Maven download) between builds without
# putting it into a layer.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${MODULE}" \
 && ./mvnw -B -ntp -pl ${MODULE} -am package -DskipTests \
 && cp ${MODULE}/target/${MODULE}-*-exec.jar /workspace/app.jar
# Spring Boot's layered extraction (Boot 3.3+ `tools` jar mode): dependencies, spring-boot-loader,
# snapshot-dependencies and application become separate image layers, so a code change rebuilds only the
# small last one; --launcher keeps JarLauncher, which reads classpath.idx for a stable class path order.
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# ---- runtime: JRE only, non-root, read-only friendly ----
FROM eclipse-temurin:21-jre
ARG PORT=8080
# A fixed numeric uid/gid, so Kubernetes' runAsNonRoot can verify it without resolving names.
RUN groupadd --system --gid 10001 nastavnik \
 && useradd --system --uid 10001 --gid nastavnik --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin nastavnik
WORKDIR /app
# Least-changing layer first. Files stay owned by root: the application only reads them.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
USER 10001:10001
ENV SERVER_PORT=${PORT}
EXPOSE ${PORT}
# The Ubuntu-based eclipse-temurin images install curl (and wget), so no extra package is needed.
# Readiness, not liveness: "healthy" should mean "can take traffic" for depends_on and for operators.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT}/actuator/health/readiness" || exit 1
# MaxRAMPercentage sizes the heap from the container's memory limit (the JVM default is 25%);
# ExitOnOutOfMemoryError lets the orchestrator restart a broken JVM instead of leaving it limping.
# Add more flags per environment with JAVA_TOOL_OPTIONS. The exec form makes java PID 1, so SIGTERM
# reaches Spring Boot's graceful shutdown.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp", \
            "org.springframework.boot.loader.launch.JarLauncher"]
