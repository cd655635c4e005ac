package ru.nastavnik.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ru.nastavnik.events.monitoring.DiagnosticCompleted;
import ru.nastavnik.events.monitoring.OrganizationResultsRecorded;
import ru.nastavnik.events.monitoring.RoadmapItemCompleted;
import ru.nastavnik.events.pairing.FeedbackReminderDue;
import ru.nastavnik.events.pairing.FeedbackSubmitted;
import ru.nastavnik.events.pairing.MeetingHeld;
import ru.nastavnik.events.pairing.PairDissolved;
import ru.nastavnik.events.pairing.PairFormed;
import ru.nastavnik.events.pairing.PairInactive;
import ru.nastavnik.events.pairing.PairMemberReplaced;
import ru.nastavnik.events.pairing.PairMentorReplaced;
import ru.nastavnik.events.pairing.PlanTaskCompleted;
import ru.nastavnik.events.pairing.ProgrammeApproved;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import ru.nastavnik.events.participant.ConsentGranted;
import ru.nastavnik.events.participant.ConsentWithdrawn;
import ru.nastavnik.events.participant.MentorReadinessChanged;
import ru.nastavnik.events.participant.MentorTrainingCompleted;
import ru.nastavnik.events.participant.OrganizationRegistered;
import ru.nastavnik.events.participant.ParticipantProfileChanged;
import ru.nastavnik.events.participant.ParticipantRegistered;
import ru.nastavnik.events.participant.ProfessionalTopicsChanged;
import ru.nastavnik.events.participant.TeachingStaffCounted;
import ru.nastavnik.events.participant.QuestionnaireSubmitted;
import ru.nastavnik.events.publication.PracticePublished;
import ru.nastavnik.events.publication.PracticeSubmitted;

/**
 * Every integration event type the platform speaks, listed explicitly: the wire type names map to
 * records here and nowhere else, so no class name ever travels and a rename cannot silently change the contract.
 */
public final class EventCatalog {

    private static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            OrganizationRegistered.class,
            ParticipantRegistered.class,
            ParticipantProfileChanged.class,
            ProfessionalTopicsChanged.class,
            ConsentGranted.class,
            ConsentWithdrawn.class,
            MentorTrainingCompleted.class,
            MentorReadinessChanged.class,
            TeachingStaffCounted.class,
            QuestionnaireSubmitted.class,
            PairFormed.class,
            PairDissolved.class,
            PairMemberReplaced.class,
            PairMentorReplaced.class,
            ProgrammeApproved.class,
            PlanTaskCompleted.class,
            ProgrammeCompleted.class,
            MeetingHeld.class,
            FeedbackSubmitted.class,
            FeedbackReminderDue.class,
            PairInactive.class,
            PracticeSubmitted.class,
            PracticePublished.class,
            RoadmapItemCompleted.class,
            DiagnosticCompleted.class,
            OrganizationResultsRecorded.class);

    private static final EventCatalog STANDARD = new EventCatalog(ALL);

    private final Map<String, Class<? extends IntegrationEvent>> byType = new LinkedHashMap<>();

    EventCatalog(Collection<Class<? extends IntegrationEvent>> classes) {
        for (Class<? extends IntegrationEvent> type : classes) {
            String name = annotationOf(type).value();
            if (byType.putIfAbsent(name, type) != null) {
                throw new IllegalStateException("Two event classes claim type " + name);
            }
        }
    }

    public static EventCatalog standard() {
        return STANDARD;
    }

    public Collection<Class<? extends IntegrationEvent>> classes() {
        return byType.values();
    }

    public Optional<Class<? extends IntegrationEvent>> classOf(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public static String typeOf(Class<? extends IntegrationEvent> type) {
        return annotationOf(type).value();
    }

    public static String topicOf(Class<? extends IntegrationEvent> type) {
        return annotationOf(type).topic();
    }

    private static EventType annotationOf(Class<?> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated with @EventType");
        }
        return annotation;
    }
}
