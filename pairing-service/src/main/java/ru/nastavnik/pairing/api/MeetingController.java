package ru.nastavnik.pairing.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.pairing.application.DiaryEntry;
import ru.nastavnik.pairing.application.MeetingCommands.GiveFeedback;
import ru.nastavnik.pairing.application.MeetingCommands.RecordMeeting;
import ru.nastavnik.pairing.application.MeetingService;
import ru.nastavnik.pairing.application.MeetingView;
import ru.nastavnik.pairing.application.Todo;
import ru.nastavnik.pairing.domain.meeting.Feedback;
import ru.nastavnik.platform.security.Callers;

/** Meetings of a pair, their calendar files and feedback forms, the pair's diary and the caller's to-dos. */
@RestController
@RequestMapping(path = "/api/pairing")
class MeetingController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MeetingService meetings;

    MeetingController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @PostMapping(path = "/pairs/{pairId}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeetingView> record(@PathVariable UUID pairId, @RequestBody RecordMeeting body) {
        MeetingView meeting = meetings.record(Callers.current(), pairId, body);
        return ResponseEntity.created(URI.create(meeting.calendarUrl())).body(meeting);
    }

    @GetMapping(path = "/pairs/{pairId}/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<MeetingView> ofPair(@PathVariable UUID pairId) {
        return meetings.ofPair(Callers.current(), pairId);
    }

    @GetMapping(path = "/meetings/{meetingId}.ics")
    ResponseEntity<String> calendar(@PathVariable UUID meetingId) {
        String body = meetings.calendar(Callers.current(), meetingId);
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + meetingId + ".ics").build().toString())
                .body(body);
    }

    @PostMapping(path = "/meetings/{meetingId}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Feedback> feedback(@PathVariable UUID meetingId, @RequestBody GiveFeedback body) {
        return ResponseEntity.status(201).body(meetings.giveFeedback(Callers.current(), meetingId, body));
    }

    @GetMapping(path = "/pairs/{pairId}/diary", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DiaryEntry> diary(@PathVariable UUID pairId) {
        return meetings.diary(Callers.current(), pairId);
    }

    @GetMapping(path = "/todos", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Todo> todos() {
        return meetings.todos(Callers.current());
    }
}
