package ru.nastavnik.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * The entry point of {@code ./nastavnik run}. Compiled for Java 11 (see the pom), unlike the rest of the module, so
 * that an old default {@code java} gets a sentence instead of an UnsupportedClassVersionError; the real work is in
 * {@link LauncherMain}, loaded only after the check.
 */
public final class Launcher {

    private static final int REQUIRED = 21;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int feature = Runtime.version().feature();
        if (feature < REQUIRED) {
            // Same words as JdkCheck, which cannot be loaded on this JVM.
            System.err.println("Nastavnik needs Java " + REQUIRED + " or newer, but runs on Java " + feature + " ("
                    + System.getProperty("java.home") + "). Set JAVA_HOME to a JDK 21+ or use ./nastavnik run, "
                    + "which finds one.");
            System.exit(1);
        }
        try {
            Class.forName("ru.nastavnik.launcher.LauncherMain")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
