package ru.nastavnik.platform.problem;

import java.io.IOException;

/** The request body grew past the configured limit while it was being read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
