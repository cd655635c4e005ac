package ru.nastavnik.monitoring.domain.roadmap;

import ru.nastavnik.events.AcademicYear;

/**
 * Reads an existing roadmap from a file: DOCX, or plain / tab-separated text (UTF-8 or Windows-1251), the
 * formats in the seeds. Deadlines are normalized against {@code year}.
 */
public interface RoadmapSource {

    /** @throws UnreadableRoadmap when the file is neither a readable DOCX nor text holding roadmap items */
    RoadmapDraft read(String fileName, byte[] content, AcademicYear year);

    /** Why a file could not be read, in Russian, for the problem answer. */
    final class UnreadableRoadmap extends RuntimeException {
        public UnreadableRoadmap(String message) {
            super(message);
        }
    }
}
