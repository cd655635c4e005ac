package ru.nastavnik.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The golden JSON sample of each event type, shipped in this jar so that producers and consumers test
 * against the same bytes.
 */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static byte[] of(String type) {
        String resource = "samples/" + type + ".json";
        try (InputStream in = GoldenSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No golden sample for " + type + " at " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
