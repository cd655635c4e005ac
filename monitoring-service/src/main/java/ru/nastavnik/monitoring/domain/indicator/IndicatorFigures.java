package ru.nastavnik.monitoring.domain.indicator;

import java.util.EnumMap;
import java.util.Map;

/**
 * The raw counts behind the event-fed indicators of one organization in one academic year, as the projection's
 * tables hold them; {@link #facts()} turns them into each indicator's numerator and denominator.
 */
public record IndicatorFigures(
        long participantsInPairs,
        long programmeParticipants,
        long mentorsInPairs,
        long teachingStaff,
        long tasksDone,
        long tasksTotal,
        long feedbackForms,
        long feedbackExpected,
        long finalMeetingAttended,
        long finalMeetingParticipants,
        long practicesPublished) {

    /** Numerator and denominator of one indicator. */
    public record Fact(long numerator, long denominator) {
    }

    public Map<Indicator, Fact> facts() {
        Map<Indicator, Fact> facts = new EnumMap<>(Indicator.class);
        facts.put(Indicator.PARTICIPANTS_IN_PAIRS, new Fact(participantsInPairs, programmeParticipants));
        facts.put(Indicator.MENTORS_SHARE_OF_TEACHING_STAFF, new Fact(mentorsInPairs, teachingStaff));
        facts.put(Indicator.PLAN_FULFILMENT, new Fact(tasksDone, tasksTotal));
        facts.put(Indicator.FEEDBACK_AFTER_MEETINGS, new Fact(feedbackForms, feedbackExpected));
        facts.put(Indicator.FINAL_MEETING_PARTICIPATION, new Fact(finalMeetingAttended, finalMeetingParticipants));
        // A count indicator: the denominator is unused.
        facts.put(Indicator.PRACTICES_PUBLISHED, new Fact(practicesPublished, 0));
        return facts;
    }
}
