package ru.nastavnik.monitoring.domain.diagnostic;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Curators' own form versions; the defaults are {@link DefaultForms}. */
public interface DiagnosticForms {

    /** Every version the organization made, oldest first. */
    List<DiagnosticForm> ofOrganization(UUID organizationId);

    Optional<DiagnosticForm> find(UUID formId);

    /** Inserts the version, or replaces it when the id exists (only while it has no answers). */
    void save(DiagnosticForm form);
}
