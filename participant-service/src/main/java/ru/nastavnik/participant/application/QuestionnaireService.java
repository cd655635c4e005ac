package ru.nastavnik.participant.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.participant.ProgrammeRole;
import ru.nastavnik.events.participant.QuestionnairePurpose;
import ru.nastavnik.events.participant.QuestionnaireSubmitted;
import ru.nastavnik.participant.application.QuestionnaireInputs.AnswerInput;
import ru.nastavnik.participant.application.QuestionnaireInputs.CopyInput;
import ru.nastavnik.participant.application.QuestionnaireInputs.FormInput;
import ru.nastavnik.participant.application.QuestionnaireInputs.OptionInput;
import ru.nastavnik.participant.application.QuestionnaireInputs.QuestionInput;
import ru.nastavnik.participant.application.QuestionnaireInputs.RankInput;
import ru.nastavnik.participant.application.QuestionnaireInputs.SubmissionInput;
import ru.nastavnik.participant.domain.AuditEntry;
import ru.nastavnik.participant.domain.Directory;
import ru.nastavnik.participant.domain.Organization;
import ru.nastavnik.participant.domain.People;
import ru.nastavnik.participant.domain.Person;
import ru.nastavnik.participant.domain.Question;
import ru.nastavnik.participant.domain.QuestionType;
import ru.nastavnik.participant.domain.QuestionnaireAnswer;
import ru.nastavnik.participant.domain.QuestionnaireForm;
import ru.nastavnik.participant.domain.QuestionnaireSubmission;
import ru.nastavnik.participant.domain.Questionnaires;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * Questionnaires (анкеты) as versioned data: the shipped defaults and organizations' copies, which curators edit
 * (a version that already has submissions is never changed: the edit becomes the next version), and submissions,
 * validated strictly against the exact version, by the person themself or by the curator from a paper form.
 * Each submission is announced as {@link QuestionnaireSubmitted} without free text or names.
 */
@Service
public class QuestionnaireService {

    /** A submission with what a reader needs to show it. */
    public record SubmissionView(UUID id, UUID formId, String formCode, String formTitle, int formVersion,
            QuestionnairePurpose purpose, UUID personId, String personName, String submittedBy, boolean onBehalf,
            Instant submittedAt, List<QuestionnaireAnswer> answers) {
    }

    /** How many submissions and people a form version has in the organization. */
    public record FormCount(UUID formId, String formCode, String formTitle, int formVersion, QuestionnairePurpose purpose,
            long submissions, long people) {
    }

    public record OrganizationSubmissions(UUID organizationId, List<FormCount> forms, List<SubmissionView> submissions) {
    }

    /** Someone of the municipality a person may rank in the networking form. */
    public record Candidate(UUID personId, String fullName, String position, UUID organizationId, String organizationName,
            ProgrammeRole programmeRole) {
    }

    private static final int MAX_TEXT = 1000;
    private static final int MAX_LABEL = 300;
    private static final int MAX_OPTIONS = 50;

    private final PersonAccess access;
    private final DirectoryService directoryService;
    private final Directory directory;
    private final People people;
    private final Questionnaires questionnaires;
    private final PersonalDataAudit audit;
    private final IntegrationEventPublisher events;
    private final Clock clock;

    public QuestionnaireService(DirectoryService directoryService, Directory directory, People people,
            Questionnaires questionnaires, PersonalDataAudit audit, IntegrationEventPublisher events, Clock clock, PersonAccess access) {
        this.access = access;
        this.directoryService = directoryService;
        this.directory = directory;
        this.people = people;
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- forms

    @Transactional(readOnly = true)
    public List<QuestionnaireForm> forms(Caller caller, UUID organizationId) {
        Place place = directoryService.placeOf(organizationId);
        AccessPolicy.require(AccessPolicy.canSee(caller, place), "Эта организация вам недоступна.");
        return questionnaires.visibleTo(place.organizationId());
    }

    @Transactional(readOnly = true)
    public QuestionnaireForm form(Caller caller, UUID formId, Integer version) {
        QuestionnaireForm form = (version == null ? questionnaires.current(formId) : questionnaires.version(formId, version))
                .orElseThrow(() -> ProblemException.notFound("QUESTIONNAIRE_NOT_FOUND", "Анкета не найдена."));
        requireVisible(caller, form);
        return form;
    }

    @Transactional
    public QuestionnaireForm copy(Caller caller, UUID organizationId, CopyInput input) {
        Place place = directoryService.placeOf(organizationId);
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place), "Копировать анкеты для организации может её куратор.");
        List<FieldError> violations = new ArrayList<>();
        QuestionnaireForm source = null;
        if (input == null || input.sourceFormId() == null) {
            violations.add(new FieldError("sourceFormId", "обязательное поле"));
        } else {
            source = questionnaires.current(input.sourceFormId())
                    .filter(f -> f.shipped() || f.organizationId().equals(place.organizationId()))
                    .orElse(null);
            if (source == null) {
                violations.add(new FieldError("sourceFormId", "такой анкеты нет среди анкет организации"));
            }
        }
        String title = input == null ? null : blankToNull(input.title());
        if (title != null && title.length() > QuestionnaireForm.MAX_TITLE) {
            violations.add(new FieldError("title", "не длиннее 300 символов"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        QuestionnaireForm copy = new QuestionnaireForm(UUID.randomUUID(), source.code(), source.purpose(),
                place.organizationId(), source.id(), QuestionnaireForm.State.PUBLISHED, 1, 1,
                title == null ? source.title() : title, source.description(), source.questions());
        questionnaires.add(copy, caller.username());
        return copy;
    }

    @Transactional
    public QuestionnaireForm edit(Caller caller, UUID formId, FormInput input) {
        QuestionnaireForm form = questionnaires.current(formId)
                .orElseThrow(() -> ProblemException.notFound("QUESTIONNAIRE_NOT_FOUND", "Анкета не найдена."));
        if (form.shipped()) {
            requireVisible(caller, form);
            throw ProblemException.conflict("DEFAULT_QUESTIONNAIRE_READ_ONLY",
                    "Стандартную анкету изменить нельзя: сделайте копию для своей организации и измените её.");
        }
        Place place = directoryService.placeOf(form.organizationId());
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place), "Изменять анкеты организации может её куратор.");
        List<FieldError> violations = new ArrayList<>();
        if (input == null || input.revision() == null) {
            violations.add(new FieldError("revision", "обязательное поле: номер правки, с которой начато изменение"));
        }
        String title = input == null ? null : blankToNull(input.title());
        if (title == null) {
            violations.add(new FieldError("title", "обязательное поле"));
        } else if (title.length() > QuestionnaireForm.MAX_TITLE) {
            violations.add(new FieldError("title", "не длиннее 300 символов"));
        }
        String description = input == null ? null : blankToNull(input.description());
        if (description != null && description.length() > QuestionnaireForm.MAX_DESCRIPTION) {
            violations.add(new FieldError("description", "не длиннее 2000 символов"));
        }
        List<Question> questions = validatedQuestions(input == null ? null : input.questions(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (input.revision() != form.revision()) {
            throw stale();
        }
        boolean answered = questionnaires.submissionsOf(form.id(), form.version()) > 0;
        QuestionnaireForm changed = new QuestionnaireForm(form.id(), form.code(), form.purpose(), form.organizationId(),
                form.basedOn(), form.state(), answered ? form.version() + 1 : form.version(), form.revision() + 1, title,
                description, questions);
        if (!questionnaires.update(changed, form.revision(), caller.username())) {
            throw stale();
        }
        return changed;
    }

    @Transactional
    public QuestionnaireForm archive(Caller caller, UUID formId, Integer revision) {
        QuestionnaireForm form = questionnaires.current(formId)
                .orElseThrow(() -> ProblemException.notFound("QUESTIONNAIRE_NOT_FOUND", "Анкета не найдена."));
        if (form.shipped()) {
            requireVisible(caller, form);
            throw ProblemException.conflict("DEFAULT_QUESTIONNAIRE_READ_ONLY", "Стандартную анкету нельзя убрать в архив.");
        }
        Place place = directoryService.placeOf(form.organizationId());
        AccessPolicy.require(AccessPolicy.canManagePeople(caller, place), "Убирать анкеты организации в архив может её куратор.");
        if (revision == null) {
            throw ProblemException.invalid(List.of(new FieldError("revision",
                    "обязательное поле: номер правки, с которой начато изменение")));
        }
        if (revision != form.revision() || !questionnaires.archive(form.id(), form.revision())) {
            throw stale();
        }
        return questionnaires.current(form.id()).orElseThrow();
    }

    private static ProblemException stale() {
        return ProblemException.conflict("QUESTIONNAIRE_CHANGED",
                "Анкету уже изменили: обновите страницу и внесите правки заново.");
    }

    private List<Question> validatedQuestions(List<QuestionInput> input, List<FieldError> violations) {
        if (input == null || input.isEmpty()) {
            violations.add(new FieldError("questions", "в анкете должен быть хотя бы один вопрос"));
            return List.of();
        }
        if (input.size() > QuestionnaireForm.MAX_QUESTIONS) {
            violations.add(new FieldError("questions", "не больше 60 вопросов"));
            return List.of();
        }
        List<Question> questions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String at = "questions[" + i + "].";
            QuestionInput q = input.get(i);
            if (q == null) {
                violations.add(new FieldError("questions[" + i + "]", "пустой вопрос"));
                continue;
            }
            int before = violations.size();
            String code = blankToNull(q.code());
            if (code == null) {
                violations.add(new FieldError(at + "code", "обязательное поле"));
            } else if (!code.matches(Question.CODE_PATTERN)) {
                violations.add(new FieldError(at + "code", "латинские заглавные буквы, цифры и «_», от 2 до 60 символов"));
            } else if (!codes.add(code)) {
                violations.add(new FieldError(at + "code", "код вопроса повторяется"));
            }
            QuestionType type = null;
            if (blankToNull(q.type()) == null) {
                violations.add(new FieldError(at + "type", "обязательное поле"));
            } else {
                try {
                    type = QuestionType.valueOf(q.type().strip());
                } catch (IllegalArgumentException e) {
                    violations.add(new FieldError(at + "type",
                            "неизвестный тип вопроса; допустимы SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, FREE_TEXT, RANKED_PEOPLE"));
                }
            }
            String text = blankToNull(q.text());
            if (text == null) {
                violations.add(new FieldError(at + "text", "обязательное поле: формулировка вопроса"));
            } else if (text.length() > MAX_TEXT) {
                violations.add(new FieldError(at + "text", "не длиннее 1000 символов"));
            }
            String hint = blankToNull(q.hint());
            if (hint != null && hint.length() > MAX_TEXT) {
                violations.add(new FieldError(at + "hint", "не длиннее 1000 символов"));
            }
            List<Question.Option> options = new ArrayList<>();
            boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
            List<OptionInput> given = q.options() == null ? List.of() : q.options();
            if (choice) {
                if (given.size() < 2) {
                    violations.add(new FieldError(at + "options", "не меньше двух вариантов ответа"));
                } else if (given.size() > MAX_OPTIONS) {
                    violations.add(new FieldError(at + "options", "не больше 50 вариантов ответа"));
                }
                Set<String> optionCodes = new HashSet<>();
                for (int j = 0; j < given.size(); j++) {
                    String oat = at + "options[" + j + "].";
                    OptionInput o = given.get(j);
                    String oc = o == null ? null : blankToNull(o.code());
                    String label = o == null ? null : blankToNull(o.label());
                    if (oc == null) {
                        violations.add(new FieldError(oat + "code", "обязательное поле"));
                    } else if (!oc.matches(Question.CODE_PATTERN)) {
                        violations.add(new FieldError(oat + "code", "латинские заглавные буквы, цифры и «_», от 2 до 60 символов"));
                    } else if (!optionCodes.add(oc)) {
                        violations.add(new FieldError(oat + "code", "код варианта повторяется"));
                    }
                    if (label == null) {
                        violations.add(new FieldError(oat + "label", "обязательное поле"));
                    } else if (label.length() > MAX_LABEL) {
                        violations.add(new FieldError(oat + "label", "не длиннее 300 символов"));
                    }
                    if (oc != null && label != null) {
                        options.add(new Question.Option(oc, label));
                    }
                }
            } else if (type != null && !given.isEmpty()) {
                violations.add(new FieldError(at + "options", "варианты ответа бывают только у вопросов с выбором"));
            }
            Integer maxRanks = null;
            ProgrammeRole rankedRole = null;
            if (type == QuestionType.RANKED_PEOPLE) {
                maxRanks = q.maxRanks() == null ? 3 : q.maxRanks();
                if (maxRanks < 1 || maxRanks > Question.LIMIT_RANKS) {
                    violations.add(new FieldError(at + "maxRanks", "от 1 до 10 человек"));
                }
                try {
                    rankedRole = ProgrammeRole.valueOf(q.rankedRole() == null ? "" : q.rankedRole().strip());
                } catch (IllegalArgumentException e) {
                    violations.add(new FieldError(at + "rankedRole", "укажите MENTOR_CANDIDATE или MENTEE_CANDIDATE"));
                }
            }
            Integer maxLength = null;
            if (type == QuestionType.FREE_TEXT && q.maxLength() != null) {
                maxLength = q.maxLength();
                if (maxLength < 1 || maxLength > Question.LIMIT_MAX_LENGTH) {
                    violations.add(new FieldError(at + "maxLength", "от 1 до 4000 символов"));
                }
            }
            String minLabel = type == QuestionType.SCALE ? blankToNull(q.minLabel()) : null;
            String maxLabel = type == QuestionType.SCALE ? blankToNull(q.maxLabel()) : null;
            if (minLabel != null && minLabel.length() > MAX_LABEL) {
                violations.add(new FieldError(at + "minLabel", "не длиннее 300 символов"));
            }
            if (maxLabel != null && maxLabel.length() > MAX_LABEL) {
                violations.add(new FieldError(at + "maxLabel", "не длиннее 300 символов"));
            }
            if (violations.size() == before) {
                questions.add(new Question(code, type, text, hint, Boolean.TRUE.equals(q.required()), options, maxRanks,
                        rankedRole, maxLength, minLabel, maxLabel));
            }
        }
        return questions;
    }

    // ---------------------------------------------------------------- submissions

    @Transactional
    public SubmissionView submit(Caller caller, UUID personId, SubmissionInput input) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        boolean self = person.id().equals(caller.personId());
        AccessPolicy.require(self || AccessPolicy.canManagePeople(caller, place),
                "Анкету заполняет сам человек или куратор его организации (с бумажного бланка).");
        List<FieldError> violations = new ArrayList<>();
        if (input == null || input.formId() == null) {
            throw ProblemException.invalid(List.of(new FieldError("formId", "обязательное поле")));
        }
        QuestionnaireForm form = questionnaires.current(input.formId())
                .filter(f -> f.shipped() || f.organizationId().equals(place.organizationId()))
                .orElseThrow(() -> ProblemException.invalid(List.of(
                        new FieldError("formId", "такой анкеты нет среди анкет организации"))));
        if (form.state() == QuestionnaireForm.State.ARCHIVED) {
            throw ProblemException.conflict("QUESTIONNAIRE_ARCHIVED", "Анкета в архиве: её больше не заполняют.");
        }
        if (input.formVersion() == null) {
            throw ProblemException.invalid(List.of(new FieldError("formVersion", "обязательное поле")));
        }
        if (input.formVersion() != form.version()) {
            throw ProblemException.conflict("QUESTIONNAIRE_VERSION_CHANGED",
                    "Анкета изменилась, пока её заполняли: обновите страницу (действует версия " + form.version() + ").");
        }
        if (form.purpose() == QuestionnairePurpose.MENTOR_CANDIDATE && person.programmeRole() != ProgrammeRole.MENTOR_CANDIDATE) {
            violations.add(new FieldError("formId", "анкету кандидата в наставники заполняет кандидат в наставники"));
        } else if (form.purpose() == QuestionnairePurpose.MENTEE && person.programmeRole() != ProgrammeRole.MENTEE_CANDIDATE) {
            violations.add(new FieldError("formId", "анкету наставляемого заполняет наставляемый"));
        }
        List<QuestionnaireAnswer> answers = validatedAnswers(form, person, place,
                input.answers() == null ? Map.of() : input.answers(), violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        QuestionnaireSubmission submission = new QuestionnaireSubmission(UUID.randomUUID(), form.id(), form.version(),
                person.id(), place.organizationId(), caller.username(), !self, clock.instant(), answers);
        questionnaires.add(submission);
        events.publish(new QuestionnaireSubmitted(submission.id(), form.id(), form.code(), form.version(), form.purpose(),
                person.id(), place.organizationId(), place.municipalityId(), place.regionId(), submission.onBehalf(),
                submission.submittedAt(), answers.stream().filter(a -> a.type() != QuestionType.FREE_TEXT)
                        .map(QuestionnaireService::structured).toList()));
        audit.record(caller, List.of(person), place, AuditEntry.Action.CREATE);
        return view(submission, form, person);
    }

    private static QuestionnaireSubmitted.Answer structured(QuestionnaireAnswer a) {
        return new QuestionnaireSubmitted.Answer(a.questionCode(), a.type().name(), a.choices(), a.scale(), a.rankedRole(),
                a.ranked().stream().map(r -> new QuestionnaireSubmitted.RankedPerson(r.personId(), r.rank())).toList());
    }

    private List<QuestionnaireAnswer> validatedAnswers(QuestionnaireForm form, Person person, Place place,
            Map<String, AnswerInput> given, List<FieldError> violations) {
        for (String code : given.keySet()) {
            if (form.question(code).isEmpty()) {
                violations.add(new FieldError("answers." + code, "такого вопроса нет в этой версии анкеты"));
            }
        }
        List<QuestionnaireAnswer> answers = new ArrayList<>();
        for (Question q : form.questions()) {
            String field = "answers." + q.code();
            AnswerInput a = given.get(q.code());
            if (a == null || empty(a)) {
                if (q.required()) {
                    violations.add(new FieldError(field, "обязательный вопрос"));
                }
                continue;
            }
            if (!onlyMemberOf(q.type(), a)) {
                violations.add(new FieldError(field, "ответ не соответствует типу вопроса"));
                continue;
            }
            int before = violations.size();
            QuestionnaireAnswer answer = switch (q.type()) {
                case SINGLE_CHOICE -> {
                    String choice = a.choice().strip();
                    if (q.option(choice).isEmpty()) {
                        violations.add(new FieldError(field, "такого варианта ответа нет в анкете"));
                    }
                    yield new QuestionnaireAnswer(q.code(), q.type(), List.of(choice), null, null, null, null);
                }
                case MULTIPLE_CHOICE -> {
                    Set<String> seen = new HashSet<>();
                    List<String> choices = new ArrayList<>();
                    for (String c : a.choices()) {
                        String choice = c == null ? "" : c.strip();
                        if (q.option(choice).isEmpty()) {
                            violations.add(new FieldError(field, "такого варианта ответа нет в анкете"));
                        } else if (!seen.add(choice)) {
                            violations.add(new FieldError(field, "вариант ответа выбран дважды"));
                        }
                        choices.add(choice);
                    }
                    yield new QuestionnaireAnswer(q.code(), q.type(), choices, null, null, null, null);
                }
                case SCALE -> {
                    if (a.scale() < Question.SCALE_MIN || a.scale() > Question.SCALE_MAX) {
                        violations.add(new FieldError(field, "оценка от 1 до 10"));
                    }
                    yield new QuestionnaireAnswer(q.code(), q.type(), null, a.scale(), null, null, null);
                }
                case FREE_TEXT -> {
                    String text = a.text().strip();
                    if (text.length() > q.textLimit()) {
                        violations.add(new FieldError(field, "не длиннее " + q.textLimit() + " символов"));
                    }
                    yield new QuestionnaireAnswer(q.code(), q.type(), null, null, text, null, null);
                }
                case RANKED_PEOPLE -> new QuestionnaireAnswer(q.code(), q.type(), null, null, null, q.rankedRole(),
                        validatedRanks(q, a.ranked(), person, place, field, violations));
            };
            if (violations.size() == before) {
                answers.add(answer);
            }
        }
        return answers;
    }

    private List<QuestionnaireAnswer.Ranked> validatedRanks(Question q, List<RankInput> given, Person person, Place place,
            String field, List<FieldError> violations) {
        if (given.size() > q.rankLimit()) {
            violations.add(new FieldError(field, "не больше " + q.rankLimit() + " человек"));
            return List.of();
        }
        Set<Integer> ranks = new HashSet<>();
        Set<UUID> chosen = new HashSet<>();
        List<QuestionnaireAnswer.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = field + "[" + i + "]";
            RankInput r = given.get(i);
            if (r == null || r.personId() == null) {
                violations.add(new FieldError(at, "не выбран человек"));
                continue;
            }
            if (r.rank() == null || r.rank() < 1 || r.rank() > q.rankLimit()) {
                violations.add(new FieldError(at, "место от 1 до " + q.rankLimit()));
            } else if (!ranks.add(r.rank())) {
                violations.add(new FieldError(at, "места не должны повторяться"));
            }
            if (!chosen.add(r.personId())) {
                violations.add(new FieldError(at, "человек выбран дважды"));
            } else if (r.personId().equals(person.id())) {
                violations.add(new FieldError(at, "нельзя выбрать себя"));
            } else {
                Optional<Person> other = people.person(r.personId());
                Optional<Organization> organization = other.flatMap(p -> directory.organization(p.organizationId()));
                if (organization.isEmpty() || !organization.get().municipalityId().equals(place.municipalityId())) {
                    violations.add(new FieldError(at, "такого человека нет среди участников вашего муниципалитета"));
                } else if (q.rankedRole() != null && other.get().programmeRole() != q.rankedRole()) {
                    violations.add(new FieldError(at, q.rankedRole() == ProgrammeRole.MENTOR_CANDIDATE
                            ? "выберите кандидата в наставники" : "выберите кандидата в наставляемые"));
                }
            }
            if (r.rank() != null) {
                ranked.add(new QuestionnaireAnswer.Ranked(r.personId(), r.rank()));
            }
        }
        ranked.sort(Comparator.comparingInt(QuestionnaireAnswer.Ranked::rank));
        return ranked;
    }

    private static boolean empty(AnswerInput a) {
        return blankToNull(a.choice()) == null && (a.choices() == null || a.choices().isEmpty()) && a.scale() == null
                && blankToNull(a.text()) == null && (a.ranked() == null || a.ranked().isEmpty());
    }

    /** The answer sets exactly the member of the question's type (and no other). */
    private static boolean onlyMemberOf(QuestionType type, AnswerInput a) {
        boolean choice = blankToNull(a.choice()) != null;
        boolean choices = a.choices() != null && !a.choices().isEmpty();
        boolean scale = a.scale() != null;
        boolean text = blankToNull(a.text()) != null;
        boolean ranked = a.ranked() != null && !a.ranked().isEmpty();
        return switch (type) {
            case SINGLE_CHOICE -> choice && !choices && !scale && !text && !ranked;
            case MULTIPLE_CHOICE -> !choice && choices && !scale && !text && !ranked;
            case SCALE -> !choice && !choices && scale && !text && !ranked;
            case FREE_TEXT -> !choice && !choices && !scale && text && !ranked;
            case RANKED_PEOPLE -> !choice && !choices && !scale && !text && ranked;
        };
    }

    @Transactional
    public List<SubmissionView> ofPerson(Caller caller, UUID personId) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(AccessPolicy.canSeePerson(caller, place, person.id()), "Данные этого человека вам недоступны.");
        List<QuestionnaireSubmission> found = questionnaires.submissionsOfPerson(person.id());
        audit.record(caller, List.of(person), place, AuditEntry.Action.READ);
        Map<String, QuestionnaireForm> forms = new HashMap<>();
        return found.stream().map(s -> view(s, formOf(s, forms), person)).toList();
    }

    @Transactional
    public OrganizationSubmissions ofOrganization(Caller caller, UUID organizationId) {
        Organization organization = directoryService.existingOrganization(organizationId);
        Place place = directoryService.placeOf(organization);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place),
                "Анкеты людей организации видят её куратор и муниципальный куратор.");
        List<QuestionnaireSubmission> found = questionnaires.submissionsOfOrganization(organization.id());
        Map<UUID, Person> byId = people.ofOrganization(organization.id()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        Map<String, QuestionnaireForm> forms = new HashMap<>();
        List<SubmissionView> views = found.stream().map(s -> view(s, formOf(s, forms), byId.get(s.personId()))).toList();
        Map<String, List<SubmissionView>> byForm = views.stream().collect(Collectors.groupingBy(
                v -> v.formId() + "#" + v.formVersion(), LinkedHashMap::new, Collectors.toList()));
        List<FormCount> counts = byForm.values().stream().map(list -> {
            SubmissionView first = list.getFirst();
            return new FormCount(first.formId(), first.formCode(), first.formTitle(), first.formVersion(), first.purpose(),
                    list.size(), list.stream().map(SubmissionView::personId).distinct().count());
        }).toList();
        List<Person> seen = found.stream().map(QuestionnaireSubmission::personId).distinct().map(byId::get)
                .filter(java.util.Objects::nonNull).toList();
        audit.record(caller, seen, place, AuditEntry.Action.READ);
        return new OrganizationSubmissions(organization.id(), counts, views);
    }

    /** People of the person's municipality they may rank in the networking form (not themself). */
    @Transactional
    public List<Candidate> candidates(Caller caller, UUID personId) {
        Person person = access.existing(personId);
        Place place = access.mainPlace(person);
        AccessPolicy.require(person.id().equals(caller.personId()) || AccessPolicy.canManagePeople(caller, place),
                "Список участников для анкеты видят сам человек и куратор его организации.");
        List<Candidate> candidates = new ArrayList<>();
        for (Organization organization : directory.organizationsOf(place.municipalityId())) {
            List<Person> found = people.ofOrganization(organization.id()).stream()
                    .filter(p -> !p.id().equals(person.id())).toList();
            found.forEach(p -> candidates.add(new Candidate(p.id(), p.fullName(), p.position(), organization.id(),
                    organization.name(), p.programmeRole())));
            if (!found.isEmpty()) {
                audit.record(caller, found, new Place(place.regionId(), place.municipalityId(), organization.id()),
                        AuditEntry.Action.READ);
            }
        }
        return candidates;
    }

    private QuestionnaireForm formOf(QuestionnaireSubmission s, Map<String, QuestionnaireForm> cache) {
        return cache.computeIfAbsent(s.formId() + "#" + s.formVersion(),
                k -> questionnaires.version(s.formId(), s.formVersion()).orElseThrow());
    }

    private static SubmissionView view(QuestionnaireSubmission s, QuestionnaireForm form, Person person) {
        return new SubmissionView(s.id(), s.formId(), form.code(), form.title(), s.formVersion(), form.purpose(),
                s.personId(), person == null ? null : person.fullName(), s.submittedBy(), s.onBehalf(), s.submittedAt(),
                s.answers());
    }

    private void requireVisible(Caller caller, QuestionnaireForm form) {
        if (!form.shipped()) {
            Place place = directoryService.placeOf(form.organizationId());
            AccessPolicy.require(AccessPolicy.canSee(caller, place), "Эта анкета вам недоступна.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
