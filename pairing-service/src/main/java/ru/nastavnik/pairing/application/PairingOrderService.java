package ru.nastavnik.pairing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.pairing.domain.OrderDocuments;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.PairingOrder;
import ru.nastavnik.pairing.domain.PairingOrders;
import ru.nastavnik.pairing.domain.Pairs;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Place;

/**
 * The director's orders fixing pairs and groups, and each organization's editable template of them. The service
 * holds no names: to render a document the caller passes the display names of exactly the people of the order's
 * pairs; they go into the file and nowhere else.
 */
@Service
public class PairingOrderService {

    /** An uploaded template may be at most 2 MB. */
    public static final int MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

    static final String DEFAULT_TITLE = "О закреплении наставнических пар (групп)";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Map<RoleModel, String> ROLE_MODELS = Map.of(
            RoleModel.TEACHER_TEACHER, "учитель – учитель",
            RoleModel.MANAGER_TEACHER, "руководитель – учитель",
            RoleModel.PUPIL_PUPIL, "ученик – ученик",
            RoleModel.STUDENT_PUPIL, "студент – ученик",
            RoleModel.STUDENT_STUDENT, "студент – студент",
            RoleModel.EMPLOYER_STUDENT, "работодатель – студент");

    private static final Map<MentoringFormat, String> FORMATS = Map.of(
            MentoringFormat.TRADITIONAL, "традиционная",
            MentoringFormat.SHORT_TERM, "краткосрочная",
            MentoringFormat.SITUATIONAL, "ситуационная",
            MentoringFormat.SPEED, "скоростная",
            MentoringFormat.GROUP, "групповая",
            MentoringFormat.VIRTUAL, "виртуальная",
            MentoringFormat.REVERSE, "реверсивная");

    /** What the curator sends to create an order. */
    public record CreateOrder(String number, String date, String organizationName, String title, String curatorName,
            List<UUID> pairIds) {
    }

    /** A rendered document: bytes and the Russian file name. */
    public record Document(byte[] content, String fileName) {
    }

    private final PairingOrders orders;
    private final Pairs pairs;
    private final PairLifecycleService lifecycle;
    private final OrderDocuments documents;
    private final PairingRules rules;
    private final Clock clock;

    PairingOrderService(PairingOrders orders, Pairs pairs, PairLifecycleService lifecycle, OrderDocuments documents,
            PairingRules rules, Clock clock) {
        this.orders = orders;
        this.pairs = pairs;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.rules = rules;
        this.clock = clock;
    }

    /** The form of a pair in Russian: «учитель – учитель, традиционная». */
    public static String formLabel(Pair pair) {
        return ROLE_MODELS.get(pair.roleModel()) + ", " + FORMATS.get(pair.format());
    }

    @Transactional
    public PairingOrder create(Caller caller, UUID organizationId, CreateOrder command) {
        Place place = rules.requireManages(caller, organizationId, "Приказы о закреплении пар готовит куратор организации.");
        List<FieldError> errors = new ArrayList<>();
        String number = PairingRules.text(command.number(), "number", 30, true, errors);
        LocalDate date = rules.date(command.date(), "date", errors);
        String organization = PairingRules.text(command.organizationName(), "organizationName", 300, true, errors);
        String title = PairingRules.text(command.title(), "title", 300, false, errors);
        String curator = PairingRules.text(command.curatorName(), "curatorName", 200, true, errors);
        List<UUID> requested = command.pairIds() == null ? List.of() : command.pairIds();
        Set<UUID> pairIds = new LinkedHashSet<>(requested);
        if (pairIds.isEmpty() || pairIds.contains(null)) {
            errors.add(new FieldError("pairIds", "выберите хотя бы одну пару или группу"));
        } else if (pairIds.size() != requested.size()) {
            errors.add(new FieldError("pairIds", "пара указана дважды"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        orders.lockOrganization(organizationId);
        if (orders.numberTaken(organizationId, number)) {
            throw ProblemException.conflict("ORDER_NUMBER_TAKEN", "Приказ с номером «" + number + "» уже есть.");
        }
        for (UUID pairId : pairIds) {
            Pair pair = pairs.pair(pairId).filter(p -> p.organizationId().equals(organizationId))
                    .orElseThrow(() -> ProblemException.unprocessable("PAIR_NOT_IN_ORGANIZATION",
                            "Пара не найдена среди пар этой организации."));
            if (pair.status() != PairStatus.ACTIVE) {
                throw ProblemException.conflict("PAIR_NOT_ACTIVE", "Приказом закрепляются только действующие пары.");
            }
            PairDetails details = lifecycle.details(pair);
            if (!details.consentsComplete()) {
                throw ProblemException.unprocessable("PAIR_CONSENT_MISSING",
                        "Не у всех участников пары записано письменное согласие на участие: закрепить её приказом нельзя.");
            }
            if (details.orderId() != null) {
                throw ProblemException.conflict("PAIR_ALREADY_IN_ORDER", "Пара уже закреплена другим приказом.");
            }
        }
        PairingOrder order = new PairingOrder(UUID.randomUUID(), organizationId, place.municipalityId(), place.regionId(),
                number, date, organization, title == null ? DEFAULT_TITLE : title, curator, List.copyOf(pairIds),
                caller.username(), clock.instant());
        orders.add(order);
        return order;
    }

    @Transactional(readOnly = true)
    public List<PairingOrder> ofOrganization(Caller caller, UUID organizationId) {
        rules.requireSees(caller, organizationId, "Приказы этой организации вам недоступны.");
        return orders.ofOrganization(organizationId);
    }

    @Transactional(readOnly = true)
    public PairingOrder order(Caller caller, UUID orderId) {
        PairingOrder order = find(orderId);
        AccessPolicy.require(AccessPolicy.canSeePeople(caller, place(order)), "Этот приказ вам недоступен.");
        return order;
    }

    /**
     * The order as DOCX or PDF. {@code names} must name exactly the people of its pairs (current mentor and mentees):
     * nothing more, nothing less, none blank.
     */
    @Transactional(readOnly = true)
    public Document document(Caller caller, UUID orderId, String format, Map<UUID, String> names) {
        PairingOrder order = order(caller, orderId);
        List<FieldError> errors = new ArrayList<>();
        boolean pdf = "pdf".equalsIgnoreCase(format);
        if (!pdf && !"docx".equalsIgnoreCase(format)) {
            errors.add(new FieldError("format", "docx или pdf"));
        }
        List<Pair> orderPairs = order.pairIds().stream().map(id -> pairs.pair(id).orElseThrow()).toList();
        Set<UUID> people = orderPairs.stream().flatMap(p -> PairLifecycleService.people(p).stream())
                .collect(Collectors.toSet());
        Map<UUID, String> given = names == null ? Map.of() : names;
        if (!given.keySet().equals(people)) {
            errors.add(new FieldError("names", "нужны имена ровно тех людей, что состоят в парах приказа"));
        } else if (given.values().stream().anyMatch(n -> n == null || n.isBlank() || n.strip().length() > 200)) {
            errors.add(new FieldError("names", "имя не может быть пустым или длиннее 200 символов"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<OrderDocuments.Row> rows = orderPairs.stream().map(p -> new OrderDocuments.Row(given.get(p.mentorId()).strip(),
                p.menteeIds().stream().map(m -> given.get(m).strip()).collect(Collectors.joining(", ")), formLabel(p),
                DATE.format(p.startsOn()), DATE.format(p.endsOn()))).toList();
        OrderDocuments.Content content = new OrderDocuments.Content(order.number(), DATE.format(order.date()),
                order.organizationName(), order.title(), order.curatorName(), rows);
        byte[] template = orders.template(order.organizationId()).orElseGet(documents::defaultTemplate);
        String name = "Приказ № " + order.number() + " от " + DATE.format(order.date()) + (pdf ? ".pdf" : ".docx");
        return new Document(pdf ? documents.pdf(template, content) : documents.docx(template, content), name);
    }

    @Transactional(readOnly = true)
    public Document template(Caller caller, UUID organizationId) {
        rules.requireSees(caller, organizationId, "Шаблон приказа этой организации вам недоступен.");
        return new Document(orders.template(organizationId).orElseGet(documents::defaultTemplate),
                "Шаблон приказа о закреплении наставнических пар.docx");
    }

    @Transactional
    public void saveTemplate(Caller caller, UUID organizationId, byte[] docx) {
        rules.requireManages(caller, organizationId, "Шаблон приказа меняет куратор организации.");
        List<String> problems = docx == null || docx.length == 0 ? List.of("файл не выбран")
                : docx.length > MAX_TEMPLATE_BYTES ? List.of("файл больше 2 МБ") : documents.problemsOf(docx);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.stream().map(p -> new FieldError("template", p)).toList());
        }
        orders.saveTemplate(organizationId, docx, caller.username(), clock.instant());
    }

    private PairingOrder find(UUID orderId) {
        return orders.order(orderId).orElseThrow(() -> ProblemException.notFound("ORDER_NOT_FOUND", "Приказ не найден."));
    }

    private static Place place(PairingOrder order) {
        return new Place(order.regionId(), order.municipalityId(), order.organizationId());
    }
}
