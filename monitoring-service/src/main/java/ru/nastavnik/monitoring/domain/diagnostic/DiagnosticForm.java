package ru.nastavnik.monitoring.domain.diagnostic;

import java.util.List;
import java.util.UUID;

/**
 * A versioned form: the Russian default (no organization, version 1) or a curator's own version for their
 * organization. Once a version has answers it is never changed: editing then makes the next version.
 */
public record DiagnosticForm(UUID id, FormKind kind, UUID organizationId, int version, String title,
        List<Criterion> criteria) {

    public DiagnosticForm {
        criteria = List.copyOf(criteria);
    }

    public boolean isDefault() {
        return organizationId == null;
    }
}
