package ru.nastavnik.pairing.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.pairing.FeedbackSubmitted;
import ru.nastavnik.events.pairing.MeetingHeld;
import ru.nastavnik.events.pairing.MeetingType;
import ru.nastavnik.pairing.application.MeetingCommands.AttendanceInput;
import ru.nastavnik.pairing.application.MeetingCommands.GiveFeedback;
import ru.nastavnik.pairing.application.MeetingCommands.RecordMeeting;
import ru.nastavnik.pairing.application.PairAccess.Standing;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.PairStatus;
import ru.nastavnik.pairing.domain.Pairs;
import ru.nastavnik.pairing.domain.meeting.Attendance;
import ru.nastavnik.pairing.domain.meeting.Feedback;
import ru.nastavnik.pairing.domain.meeting.IcsCalendar;
import ru.nastavnik.pairing.domain.meeting.Meeting;
import ru.nastavnik.pairing.domain.meeting.Meetings;
import ru.nastavnik.pairing.domain.programme.PlanTask;
import ru.nastavnik.pairing.domain.programme.Programme;
import ru.nastavnik.pairing.domain.programme.Programmes;
import ru.nastavnik.pairing.domain.programme.Side;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;
import ru.nastavnik.platform.problem.ProblemException;
import ru.nastavnik.platform.problem.Problems.FieldError;
import ru.nastavnik.platform.security.AccessPolicy;
import ru.nastavnik.platform.security.Caller;
import ru.nastavnik.platform.security.Role;

/**
 * Meetings of pairs and groups, the feedback form after each, the pair's online diary and everyone's to-dos. A
 * meeting falls within the pair's dates; a held meeting owes one form from each member present, given only by that
 * member; until then it is outstanding.
 */
@Service
public class MeetingService {

    private final Meetings meetings;
    private final Programmes programmes;
    private final Pairs pairs;
    private final PairAccess access;
    private final IntegrationEventPublisher events;
    private final Clock clock;
    private final int inactiveDays;

    public MeetingService(Meetings meetings, Programmes programmes, Pairs pairs, PairAccess access,
            IntegrationEventPublisher events, Clock clock,
            @Value("${nastavnik.pairing.inactive-days:21}") int inactiveDays) {
        this.meetings = meetings;
        this.programmes = programmes;
        this.pairs = pairs;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.inactiveDays = inactiveDays;
    }

    public int inactiveDays() {
        return inactiveDays;
    }

    @Transactional
    public MeetingView record(Caller caller, UUID pairId, RecordMeeting command) {
        Standing standing = access.editor(caller, pairId);
        Pair pair = standing.pair();
        List<FieldError> errors = new ArrayList<>();
        MeetingType type = null;
        if (command.type() == null || command.type().isBlank()) {
            errors.add(new FieldError("type", "обязательное поле"));
        } else {
            try {
                type = MeetingType.valueOf(command.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", "неизвестный тип встречи"));
            }
        }
        Instant startsAt = instant(command.startsAt(), errors);
        if (startsAt != null) {
            LocalDate day = startsAt.atZone(ProgrammeService.MOSCOW).toLocalDate();
            if (day.isBefore(pair.startsOn()) || day.isAfter(pair.endsOn())) {
                errors.add(new FieldError("startsAt", "встреча должна быть в пределах сроков программы: с "
                        + pair.startsOn() + " по " + pair.endsOn()));
            }
        }
        int duration = command.durationMinutes() == null ? 60 : command.durationMinutes();
        if (duration < 5 || duration > 600) {
            errors.add(new FieldError("durationMinutes", "от 5 до 600 минут"));
        }
        String place = ProgrammeService.text(command.place(), "place", 300, false, errors);
        String link = ProgrammeService.text(command.link(), "link", 500, false, errors);
        if (link != null && !link.isEmpty() && !validUrl(link)) {
            errors.add(new FieldError("link", "ссылка вида https://…"));
        }
        if ((place == null || place.isEmpty()) && (link == null || link.isEmpty())) {
            errors.add(new FieldError("place", "укажите место встречи или ссылку на онлайн-встречу"));
        }
        String notes = ProgrammeService.text(command.notes(), "notes", 4000, false, errors);
        List<Attendance> attendance = attendance(command.attendance(), pair, errors);
        if (!attendance.isEmpty() && startsAt != null && startsAt.isAfter(clock.instant())) {
            errors.add(new FieldError("attendance", "посещаемость отмечают после встречи"));
        }
        ProgrammeService.throwIfAny(errors);
        if (pair.status() != PairStatus.ACTIVE) {
            throw ProblemException.conflict("PAIR_NOT_ACTIVE", "Встречи записывают только для действующей пары.");
        }
        boolean held = !attendance.isEmpty();
        Meeting meeting = new Meeting(UUID.randomUUID(), pair.id(), pair.organizationId(), type, startsAt, duration,
                emptyToNull(place), emptyToNull(link), emptyToNull(notes), held, attendance, caller.username(), clock.instant());
        meetings.add(meeting);
        if (held) {
            events.publish(new MeetingHeld(meeting.id(), pair.id(), pair.organizationId(), pair.municipalityId(),
                    pair.regionId(), type, startsAt, meeting.present().size(), attendance.size()));
        }
        return MeetingView.of(meeting, meetings.missingFeedback(meeting.id()));
    }

    @Transactional(readOnly = true)
    public List<MeetingView> ofPair(Caller caller, UUID pairId) {
        access.reader(caller, pairId);
        return meetings.ofPair(pairId).stream().map(m -> MeetingView.of(m, meetings.missingFeedback(m.id()))).toList();
    }

    @Transactional(readOnly = true)
    public String calendar(Caller caller, UUID meetingId) {
        Meeting meeting = load(meetingId);
        access.reader(caller, meeting.pairId());
        return IcsCalendar.of(meeting, clock.instant());
    }

    @Transactional
    public Feedback giveFeedback(Caller caller, UUID meetingId, GiveFeedback command) {
        Meeting meeting = load(meetingId);
        Pair pair = access.reader(caller, meeting.pairId()).pair();
        Attendance respondent = caller.personId() == null ? null : meeting.present().stream()
                .filter(a -> a.personId().equals(caller.personId())).findFirst().orElse(null);
        AccessPolicy.require(respondent != null, "Анкету обратной связи заполняет сам участник встречи.");
        List<FieldError> errors = new ArrayList<>();
        if (command.usefulness() == null || command.usefulness() < 1 || command.usefulness() > 10) {
            errors.add(new FieldError("usefulness", "от 1 до 10"));
        }
        String wentWell = ProgrammeService.text(command.wentWell(), "wentWell", ProgrammeService.MAX_TEXT, false, errors);
        String difficulties = ProgrammeService.text(command.difficulties(), "difficulties", ProgrammeService.MAX_TEXT, false, errors);
        String nextSteps = ProgrammeService.text(command.nextSteps(), "nextSteps", ProgrammeService.MAX_TEXT, false, errors);
        ProgrammeService.throwIfAny(errors);
        Feedback feedback = new Feedback(meetingId, caller.personId(), command.usefulness(), wentWell, difficulties,
                nextSteps, clock.instant());
        if (!meetings.addFeedback(feedback)) {
            throw ProblemException.conflict("FEEDBACK_ALREADY_GIVEN", "Вы уже заполнили анкету по этой встрече.");
        }
        // Monitoring counts forms against the meeting's attendance; it gets no respondent id and no word of the form.
        events.publish(new FeedbackSubmitted(meetingId, pair.id(), pair.organizationId(), pair.municipalityId(),
                pair.regionId(), meeting.type(), meeting.startsAt(), respondent.side().name()));
        return feedback;
    }

    /** Meetings, feedback and task completions of the pair, oldest first. */
    @Transactional(readOnly = true)
    public List<DiaryEntry> diary(Caller caller, UUID pairId) {
        Standing standing = access.reader(caller, pairId);
        Pair pair = standing.pair();
        List<DiaryEntry> entries = new ArrayList<>();
        Map<UUID, Side> sides = new HashMap<>();
        sides.put(pair.mentorId(), Side.MENTOR);
        pair.menteeIds().forEach(m -> sides.put(m, Side.MENTEE));
        Map<UUID, MeetingType> types = new HashMap<>();
        for (Meeting m : meetings.ofPair(pairId)) {
            types.put(m.id(), m.type());
            entries.add(new DiaryEntry(m.startsAt(), "MEETING", m.id(), m.type().name(), IcsCalendar.summaryOf(m.type()),
                    null, null, null, null, null, null, m.notes(), null, !meetings.missingFeedback(m.id()).isEmpty()));
        }
        for (Feedback f : meetings.feedbackOfPair(pairId)) {
            MeetingType type = types.get(f.meetingId());
            entries.add(new DiaryEntry(f.submittedAt(), "FEEDBACK", f.meetingId(), type == null ? null : type.name(),
                    "Отзыв о встрече", f.personId(), sides.getOrDefault(f.personId(), Side.MENTEE), f.usefulness(),
                    f.wentWell(), f.difficulties(), f.nextSteps(), null, null, null));
        }
        for (Programme p : programmes.allOfPair(pairId)) {
            for (PlanTask t : p.tasks()) {
                if (t.done()) {
                    entries.add(new DiaryEntry(t.doneAt(), "TASK_DONE", null, null, t.title(), null, null, null, null,
                            null, null, null, t.id(), null));
                }
            }
        }
        entries.sort(Comparator.comparing(DiaryEntry::at));
        return entries;
    }

    /**
     * The caller's to-dos: a participant's own missing feedback; an organization curator's inactive pairs and
     * meetings lacking feedback in their organizations.
     */
    @Transactional(readOnly = true)
    public List<Todo> todos(Caller caller) {
        List<Todo> todos = new ArrayList<>();
        if (caller.personId() != null) {
            for (Meeting m : meetings.awaitingFeedbackFrom(caller.personId())) {
                todos.add(new Todo("FEEDBACK", "Оставить отзыв о встрече: " + IcsCalendar.summaryOf(m.type()), m.pairId(),
                        m.id(), m.startsAt()));
            }
        }
        if (caller.has(Role.SCHOOL_CURATOR)) {
            Set<UUID> organizations = new LinkedHashSet<>(caller.organizationIds());
            for (UUID organization : organizations) {
                for (Meeting m : meetings.withMissingFeedback(organization, clock.instant())) {
                    todos.add(new Todo("FEEDBACK_OUTSTANDING", "Нет отзывов участников о встрече: "
                            + IcsCalendar.summaryOf(m.type()), m.pairId(), m.id(), m.startsAt()));
                }
                for (Pair pair : pairs.ofOrganization(organization)) {
                    LocalDate last = lastActivity(pair);
                    if (inactive(pair, last)) {
                        todos.add(new Todo("PAIR_INACTIVE", "Пара без встреч больше " + inactiveDays + " дн.", pair.id(),
                                null, last.atStartOfDay(ProgrammeService.MOSCOW).toInstant()));
                    }
                }
            }
        }
        return todos;
    }

    /** The pair's latest held meeting's day, or its start if none. */
    LocalDate lastActivity(Pair pair) {
        return meetings.lastHeldOf(pair.id()).map(i -> i.atZone(ProgrammeService.MOSCOW).toLocalDate())
                .filter(d -> d.isAfter(pair.startsOn())).orElse(pair.startsOn());
    }

    boolean inactive(Pair pair, LocalDate lastActivity) {
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeService.MOSCOW));
        return pair.status() == PairStatus.ACTIVE && !today.isAfter(pair.endsOn())
                && !lastActivity.plusDays(inactiveDays).isAfter(today);
    }

    private Meeting load(UUID meetingId) {
        return meetings.meeting(meetingId).orElseThrow(() -> ProblemException.notFound("MEETING_NOT_FOUND", "Встреча не найдена."));
    }

    private static List<Attendance> attendance(List<AttendanceInput> input, Pair pair, List<FieldError> errors) {
        List<Attendance> attendance = new ArrayList<>();
        if (input == null || input.isEmpty()) {
            return attendance;
        }
        Set<UUID> seen = new LinkedHashSet<>();
        for (AttendanceInput a : input) {
            if (a == null || a.personId() == null || a.present() == null) {
                errors.add(new FieldError("attendance", "для каждого участника укажите, был ли он на встрече"));
                return List.of();
            }
            boolean mentor = a.personId().equals(pair.mentorId());
            if (!mentor && !pair.menteeIds().contains(a.personId())) {
                errors.add(new FieldError("attendance", "отмечать можно только участников пары"));
                return List.of();
            }
            if (!seen.add(a.personId())) {
                errors.add(new FieldError("attendance", "участник указан дважды"));
                return List.of();
            }
            attendance.add(new Attendance(a.personId(), mentor ? Side.MENTOR : Side.MENTEE, a.present()));
        }
        if (attendance.stream().noneMatch(Attendance::present)) {
            errors.add(new FieldError("attendance", "на состоявшейся встрече присутствовал хотя бы один участник"));
        }
        return attendance;
    }

    private static Instant instant(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("startsAt", "обязательное поле"));
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(ProgrammeService.MOSCOW).toInstant();
            } catch (DateTimeParseException again) {
                errors.add(new FieldError("startsAt", "дата и время в формате ГГГГ-ММ-ДДTЧЧ:ММ"));
                return null;
            }
        }
    }

    static boolean validUrl(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
