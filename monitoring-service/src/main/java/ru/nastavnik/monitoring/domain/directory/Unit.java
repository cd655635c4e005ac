package ru.nastavnik.monitoring.domain.directory;

import java.util.UUID;

/** A region, municipality or organization as monitoring knows it: id, level, parent (null for a region), name. */
public record Unit(UUID id, Level level, UUID parentId, String name, String type) {

    public enum Level { REGION, MUNICIPALITY, ORGANIZATION }
}
