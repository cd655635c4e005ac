package ru.nastavnik.monitoring.domain.roadmap;

/** A roadmap written out as the table people know from the seeds. */
public interface RoadmapDocuments {

    byte[] docx(Roadmap roadmap, String ownerName);

    byte[] xlsx(Roadmap roadmap, String ownerName);
}
