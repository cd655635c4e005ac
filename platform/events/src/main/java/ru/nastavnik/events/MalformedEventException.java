package ru.nastavnik.events;

/** A message that can never be processed as it is: unknown type, bad JSON, a missing required field. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
