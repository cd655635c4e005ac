package ru.nastavnik.platform.testkit;

import java.util.List;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

/**
 * Turns the INFO chatter of the servers (and of the MongoDB driver's connection set-up) down to WARN, so that no service
 * needs a logback-test.xml of its own. Loggers a developer configured explicitly (logging.level.*, logback-test.xml)
 * are left alone. Applied whenever a server starts and for every application context, because Spring Boot resets
 * logback when it (re)initializes logging.
 */
final class QuietLogging {

    static final List<String> SERVER_LOGGERS = List.of(
            "org.apache.kafka", "kafka", "state.change.logger", "org.apache.zookeeper",
            "org.springframework.kafka.test",
            "io.zonky.test",
            "de.bwaldvogel.mongo", "org.mongodb.driver",
            "org.testcontainers", "tc", "com.github.dockerjava");

    private static final boolean LOGBACK_PRESENT = isPresent("ch.qos.logback.classic.LoggerContext");

    private QuietLogging() {
    }

    static void apply() {
        if (LOGBACK_PRESENT) {
            Logback.apply();
        }
    }

    /**
     * Runs the action with Testcontainers' loggers silenced: probing for a Docker engine that is not there logs an ERROR
     * with every strategy tried, which reads as a failure although falling back to embedded servers is the normal case.
     */
    static <T> T silencingTestcontainers(java.util.function.Supplier<T> action) {
        if (!LOGBACK_PRESENT) {
            return action.get();
        }
        return Logback.silencing(List.of("org.testcontainers", "com.github.dockerjava"), action);
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, QuietLogging.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Holds every logback reference, so this class is only loaded when logback is on the classpath. */
    private static final class Logback {

        static void apply() {
            LoggerContext context = context();
            if (context == null) {
                return;
            }
            for (String name : SERVER_LOGGERS) {
                Logger logger = context.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(Level.WARN);
                }
            }
        }

        static <T> T silencing(List<String> names, java.util.function.Supplier<T> action) {
            LoggerContext context = context();
            if (context == null) {
                return action.get();
            }
            List<Logger> loggers = names.stream().map(context::getLogger).toList();
            List<Level> previous = loggers.stream().map(Logger::getLevel).toList();
            loggers.forEach(logger -> logger.setLevel(Level.OFF));
            try {
                return action.get();
            } finally {
                for (int i = 0; i < loggers.size(); i++) {
                    loggers.get(i).setLevel(previous.get(i));
                }
            }
        }

        private static LoggerContext context() {
            // slf4j may be bound to something else even with logback on the classpath.
            ILoggerFactory factory = LoggerFactory.getILoggerFactory();
            return factory instanceof LoggerContext context ? context : null;
        }
    }
}
