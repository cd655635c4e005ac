package ru.nastavnik.pairing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.pairing.FeedbackReminderDue;
import ru.nastavnik.events.pairing.PairInactive;
import ru.nastavnik.pairing.domain.Pair;
import ru.nastavnik.pairing.domain.Pairs;
import ru.nastavnik.pairing.domain.meeting.Meeting;
import ru.nastavnik.pairing.domain.meeting.Meetings;
import ru.nastavnik.pairing.domain.meeting.Reminders;
import ru.nastavnik.platform.outbox.IntegrationEventPublisher;

/**
 * Finds held meetings older than {@code nastavnik.pairing.feedback-due-hours} (default 24) still lacking someone's
 * feedback, and active pairs without a meeting for {@code nastavnik.pairing.inactive-days} (default 21), and
 * announces each once: FeedbackReminderDue once per meeting, PairInactive once per pair and period of inactivity
 * (the period starts at the pair's last meeting). Runs every {@code nastavnik.pairing.reminders.interval}.
 */
@Service
public class ReminderJob {

    private final Meetings meetings;
    private final Pairs pairs;
    private final Reminders reminders;
    private final MeetingService meetingService;
    private final IntegrationEventPublisher events;
    private final Clock clock;
    private final Duration feedbackDue;

    public ReminderJob(Meetings meetings, Pairs pairs, Reminders reminders, MeetingService meetingService,
            IntegrationEventPublisher events, Clock clock,
            @Value("${nastavnik.pairing.feedback-due-hours:24}") int feedbackDueHours) {
        this.meetings = meetings;
        this.pairs = pairs;
        this.reminders = reminders;
        this.meetingService = meetingService;
        this.events = events;
        this.clock = clock;
        this.feedbackDue = Duration.ofHours(feedbackDueHours);
    }

    /** What one run announced. */
    public record Run(int feedbackReminders, int inactivePairs) {
    }

    @Scheduled(initialDelayString = "${nastavnik.pairing.reminders.interval:PT1H}",
            fixedDelayString = "${nastavnik.pairing.reminders.interval:PT1H}")
    public void scheduled() {
        run();
    }

    @Transactional
    public Run run() {
        Instant now = clock.instant();
        int feedback = 0;
        for (Meeting meeting : meetings.withMissingFeedback(null, now.minus(feedbackDue))) {
            List<UUID> missing = meetings.missingFeedback(meeting.id());
            if (!missing.isEmpty() && reminders.markSent("FEEDBACK", meeting.id(), "meeting", now)) {
                events.publish(new FeedbackReminderDue(meeting.id(), meeting.pairId(), meeting.organizationId(), missing));
                feedback++;
            }
        }
        int inactive = 0;
        for (UUID organization : reminders.organizations()) {
            for (Pair pair : pairs.ofOrganization(organization)) {
                LocalDate last = meetingService.lastActivity(pair);
                if (meetingService.inactive(pair, last)
                        && reminders.markSent("PAIR_INACTIVE", pair.id(), "since:" + last, now)) {
                    events.publish(new PairInactive(pair.id(), pair.organizationId(), pair.mentorId(), last,
                            meetingService.inactiveDays()));
                    inactive++;
                }
            }
        }
        return new Run(feedback, inactive);
    }
}
