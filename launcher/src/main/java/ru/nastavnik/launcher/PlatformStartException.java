package ru.nastavnik.launcher;

/** The platform could not start; the message is written for the person at the console and names the culprit. */
public class PlatformStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformStartException(String message) {
        super(message);
    }

    public PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
