package ru.nastavnik.publication.domain;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/** Where the bytes of materials live. */
public interface MaterialFiles {

    /** Stores the file and returns its id. */
    String store(UUID practiceId, String fileName, MaterialType type, byte[] bytes);

    Optional<InputStream> open(String materialId);

    void delete(String materialId);
}
