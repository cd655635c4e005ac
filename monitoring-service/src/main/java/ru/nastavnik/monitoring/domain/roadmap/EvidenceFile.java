package ru.nastavnik.monitoring.domain.roadmap;

/** What is known about an uploaded evidence file without loading its bytes. */
public record EvidenceFile(String fileName, String contentType, long size) {
}
