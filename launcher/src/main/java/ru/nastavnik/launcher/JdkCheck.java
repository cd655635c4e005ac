package ru.nastavnik.launcher;

/** The services are compiled for Java 21 and run on the launcher's own java, so the launcher's JDK must be 21+. */
final class JdkCheck {

    static final int REQUIRED = 21;

    private JdkCheck() {
    }

    static void require() {
        int feature = Runtime.version().feature();
        if (feature < REQUIRED) {
            throw new PlatformStartException(message(feature));
        }
    }

    static String message(int feature) {
        return "Nastavnik needs Java " + REQUIRED + " or newer, but runs on Java " + feature + " ("
                + System.getProperty("java.home") + "). Set JAVA_HOME to a JDK 21+ or use ./nastavnik run, "
                + "which finds one.";
    }
}
