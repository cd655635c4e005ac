package ru.nastavnik.publication.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.publication.application.PracticeAccess;
import ru.nastavnik.publication.domain.BankLevel;
import ru.nastavnik.publication.domain.Material;
import ru.nastavnik.publication.domain.ModerationStep;
import ru.nastavnik.publication.domain.PracticeContent;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.PracticeStatus;

/** A practice as the API shows it; authors' person ids only to those who may see the organization's people. */
record PracticeView(UUID id, UUID organizationId, UUID municipalityId, UUID regionId, PracticeStatus status,
        BankLevel level, long version, PracticeContent content, List<AuthorView> authors, List<MaterialView> materials,
        List<ModerationStep> history, Instant createdAt, Instant updatedAt, LocalDate publishedOn) {

    record AuthorView(UUID personId, String displayName) {
    }

    record MaterialView(String materialId, String fileName, String type, String mediaType, long size,
            Instant uploadedAt, String href) {
    }

    static PracticeView of(PracticeState p, Caller caller) {
        boolean ids = PracticeAccess.canSeeAuthors(caller, p);
        return new PracticeView(p.id(), p.organizationId(), p.municipalityId(), p.regionId(), p.status(),
                p.status().level(), p.version(), p.content(),
                p.authors().stream().map(a -> new AuthorView(ids ? a.personId() : null, a.displayName())).toList(),
                p.materials().stream().map(m -> material(p, m)).toList(), p.history(), p.createdAt(), p.updatedAt(),
                p.publishedOn());
    }

    private static MaterialView material(PracticeState p, Material m) {
        return new MaterialView(m.materialId(), m.fileName(), m.type().name(), m.type().mediaType(), m.size(),
                m.uploadedAt(), "/api/publications/practices/" + p.id() + "/materials/" + m.materialId());
    }
}
