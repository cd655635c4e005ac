package ru.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.events.EventCatalog;
import ru.nastavnik.events.EventCodec;
import ru.nastavnik.events.pairing.ProgrammeCompleted;
import tools.jackson.databind.json.JsonMapper;

/**
 * ProgrammeCompleted built from its JSON, as a consumer receives it: the record gains fields (the pair's members for
 * the diagnostics surveys) while these tests and the benchmark only need the figures, and JSON without the new fields
 * stays readable by any version.
 */
public final class ProgrammeCompletions {

    private ProgrammeCompletions() {
    }

    public static ProgrammeCompleted of(UUID programme, UUID pair, UUID organization, UUID municipality, UUID region,
            String format, LocalDate completedOn, int tasksDone, int tasksTotal) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("programmeId", programme.toString());
        json.put("pairId", pair.toString());
        json.put("organizationId", organization.toString());
        json.put("municipalityId", municipality.toString());
        json.put("regionId", region.toString());
        json.put("roleModel", "TEACHER_TEACHER");
        json.put("format", format);
        json.put("completedOn", completedOn.toString());
        json.put("tasksDone", tasksDone);
        json.put("tasksTotal", tasksTotal);
        json.put("shareDone", tasksTotal == 0 ? 0.0 : (double) tasksDone / tasksTotal);
        json.put("targetReached", tasksTotal > 0 && tasksDone * 10 >= tasksTotal * 9);
        json.put("meetingsHeld", 0);
        json.put("selfAssessments", List.of());
        json.put("resultsSummary", "Итоги программы");
        return (ProgrammeCompleted) EventCodec.standard().decode(EventCatalog.typeOf(ProgrammeCompleted.class),
                JsonMapper.builder().build().writeValueAsBytes(json));
    }
}
