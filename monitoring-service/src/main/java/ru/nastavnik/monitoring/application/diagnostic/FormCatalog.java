package ru.nastavnik.monitoring.application.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.monitoring.application.diagnostic.DiagnosticCommands.CriterionInput;
import ru.nastavnik.monitoring.application.diagnostic.DiagnosticCommands.FormInput;
import ru.nastavnik.monitoring.domain.diagnostic.Criterion;
import ru.nastavnik.monitoring.domain.diagnostic.DefaultForms;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticForm;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticForms;
import ru.nastavnik.monitoring.domain.diagnostic.DiagnosticRounds;
import ru.nastavnik.monitoring.domain.diagnostic.FormKind;
import ru.nastavnik.monitoring.domain.diagnostic.Scale;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/** The forms an organization uses: its curator's latest version of a kind, else the Russian default. */
@Service
public class FormCatalog {

    static final int MAX_CRITERIA = 30;
    static final int MAX_TITLE = 300;
    private static final Pattern CODE = Pattern.compile("[a-z0-9_-]{1,40}");

    private final DiagnosticForms forms;
    private final DiagnosticRounds rounds;
    private final DiagnosticsAccess access;

    FormCatalog(DiagnosticForms forms, DiagnosticRounds rounds, DiagnosticsAccess access) {
        this.forms = forms;
        this.rounds = rounds;
        this.access = access;
    }

    DiagnosticForm current(UUID organizationId, FormKind kind) {
        return forms.ofOrganization(organizationId).stream().filter(f -> f.kind() == kind)
                .max(Comparator.comparingInt(DiagnosticForm::version)).orElseGet(() -> DefaultForms.of(kind));
    }

    Optional<DiagnosticForm> find(UUID formId) {
        return DefaultForms.byId(formId).or(() -> forms.find(formId));
    }

    /** Criterion titles by kind and code over every version the organization used; later versions win. */
    Map<FormKind, Map<String, String>> titles(UUID organizationId) {
        Map<FormKind, Map<String, String>> titles = new LinkedHashMap<>();
        List<DiagnosticForm> all = new ArrayList<>(DefaultForms.ALL);
        all.addAll(forms.ofOrganization(organizationId));
        for (DiagnosticForm form : all) {
            Map<String, String> ofKind = titles.computeIfAbsent(form.kind(), k -> new LinkedHashMap<>());
            form.criteria().forEach(c -> ofKind.put(c.code(), c.title()));
        }
        return titles;
    }

    @Transactional(readOnly = true)
    public List<FormView> ofOrganization(Caller caller, UUID organizationId) {
        Place place = access.placeOf(organizationId);
        DiagnosticsAccess.requireAggregates(caller, place);
        List<DiagnosticForm> own = forms.ofOrganization(organizationId);
        List<FormView> views = new ArrayList<>();
        for (FormKind kind : FormKind.values()) {
            DiagnosticForm current = current(organizationId, kind);
            views.add(FormView.of(DefaultForms.of(kind), current.isDefault()));
            own.stream().filter(f -> f.kind() == kind).forEach(f -> views.add(FormView.of(f, f.id().equals(current.id()))));
        }
        return views;
    }

    /**
     * The curator's own version of a form: replaces their latest version while nobody has answered it, otherwise
     * becomes the next version, so answers always point at the questions that were asked.
     */
    @Transactional
    public FormView save(Caller caller, UUID organizationId, FormInput input) {
        Place place = access.placeOf(organizationId);
        DiagnosticsAccess.requireManages(caller, place);
        List<FieldError> errors = new ArrayList<>();
        FormKind kind = null;
        if (input == null || input.kind() == null || input.kind().isBlank()) {
            errors.add(new FieldError("kind", "Выберите вид анкеты."));
        } else {
            try {
                kind = FormKind.valueOf(input.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "Такого вида анкеты нет."));
            }
        }
        String title = input == null || input.title() == null ? "" : input.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "Название анкеты — от 1 до " + MAX_TITLE + " символов."));
        }
        List<Criterion> criteria = criteria(input == null ? null : input.criteria(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        DiagnosticForm latest = current(organizationId, kind);
        DiagnosticForm saved;
        if (!latest.isDefault() && !rounds.hasAnswers(latest.id())) {
            saved = new DiagnosticForm(latest.id(), kind, organizationId, latest.version(), title, criteria);
        } else {
            saved = new DiagnosticForm(UUID.randomUUID(), kind, organizationId, latest.version() + 1, title, criteria);
        }
        forms.save(saved);
        return FormView.of(saved, true);
    }

    private static List<Criterion> criteria(List<CriterionInput> input, List<FieldError> errors) {
        if (input == null || input.isEmpty() || input.size() > MAX_CRITERIA) {
            errors.add(new FieldError("criteria", "В анкете от 1 до " + MAX_CRITERIA + " критериев."));
            return List.of();
        }
        List<Criterion> criteria = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            CriterionInput c = input.get(i);
            String field = "criteria[" + i + "]";
            if (c == null) {
                errors.add(new FieldError(field, "Заполните критерий."));
                continue;
            }
            String code = c.code() == null || c.code().isBlank() ? "c" + (i + 1) : c.code().strip();
            if (!CODE.matcher(code).matches()) {
                errors.add(new FieldError(field + ".code", "Код — латинские строчные буквы, цифры, «-» и «_», до 40 символов."));
            } else if (!codes.add(code)) {
                errors.add(new FieldError(field + ".code", "Коды критериев не должны повторяться."));
            }
            String title = c.title() == null ? "" : c.title().strip();
            if (title.isEmpty() || title.length() > MAX_TITLE) {
                errors.add(new FieldError(field + ".title", "Формулировка — от 1 до " + MAX_TITLE + " символов."));
            }
            Scale scale = null;
            try {
                scale = c.scale() == null ? null : Scale.valueOf(c.scale().strip());
            } catch (IllegalArgumentException e) {
                scale = null;
            }
            if (scale == null) {
                errors.add(new FieldError(field + ".scale", "Выберите шкалу критерия."));
            }
            criteria.add(new Criterion(code, title, scale));
        }
        return criteria;
    }
}
