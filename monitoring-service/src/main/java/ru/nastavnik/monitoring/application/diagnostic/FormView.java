package ru.nastavnik.monitoring.application.diagnostic;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.monitoring.domain.diagnostic.Criterion;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticForm;
import ru.nastavnik.monitoring.domain.diagnostic.FormKind;
import ru.nastavnik.monitoring.domain.diagnostic.Respondent;
import ru.nastavnik.monitoring.domain.diagnostic.Stage;

/** A form as the portal shows it; {@code current}: the version new rounds of the organization use. */
public record FormView(UUID id, FormKind kind, Stage stage, Respondent respondent, int version, String title,
        boolean isDefault, boolean current, List<CriterionView> criteria) {

    public record CriterionView(String code, String title, String scale, String scaleTitle) {
    }

    static FormView of(DiagnosticForm form, boolean current) {
        return new FormView(form.id(), form.kind(), form.kind().stage(), form.kind().respondent(), form.version(),
                form.title(), form.isDefault(), current,
                form.criteria().stream().map(FormView::criterion).toList());
    }

    private static CriterionView criterion(Criterion c) {
        return new CriterionView(c.code(), c.title(), c.scale().name(), c.scale().title());
    }
}
