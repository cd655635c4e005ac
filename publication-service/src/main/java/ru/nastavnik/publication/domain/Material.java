package ru.nastavnik.publication.domain;

import java.time.Instant;

/** A file attached to a practice (presentation, methodological material); the bytes live in the file store. */
public record Material(String materialId, String fileName, MaterialType type, long size, Instant uploadedAt) {
}
