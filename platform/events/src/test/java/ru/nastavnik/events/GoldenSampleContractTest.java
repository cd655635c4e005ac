package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The producer side of the contract: every catalogued type has a golden sample that round-trips exactly. */
class GoldenSampleContractTest {

    private final EventCodec codec = EventCodec.standard();
    private final JsonMapper json = JsonMapper.builder().build();

    static Stream<Class<? extends IntegrationEvent>> eventTypes() {
        return EventCatalog.standard().classes().stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sampleDecodesAndEncodesBackToTheSameJson(Class<? extends IntegrationEvent> type) {
        String name = EventCatalog.typeOf(type);
        byte[] sample = GoldenSamples.of(name);

        IntegrationEvent event = codec.decode(name, sample);

        assertThat(event).isInstanceOf(type);
        assertThat(json.readTree(codec.encode(event))).isEqualTo(json.readTree(sample));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void sampleNamesExactlyTheRecordComponents(Class<? extends IntegrationEvent> type) {
        JsonNode sample = json.readTree(GoldenSamples.of(EventCatalog.typeOf(type)));
        Set<String> fields = new TreeSet<>(sample.propertyNames());
        Set<String> components = Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));

        assertThat(fields).isEqualTo(components);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void readersTolerateUnknownFields(Class<? extends IntegrationEvent> type) {
        String name = EventCatalog.typeOf(type);
        ObjectNode sample = (ObjectNode) json.readTree(GoldenSamples.of(name));
        sample.put("addedInAFutureVersion", "ignored");

        IntegrationEvent event = codec.decode(name, json.writeValueAsBytes(sample));

        assertThat(event).isEqualTo(codec.decode(name, GoldenSamples.of(name)));
    }

    /**
     * Names, e-mails and phones live only in participant-service: a retained Kafka record must never be able to
     * bring back a person who withdrew consent. A field with such a name in any event fails the build.
     */
    @ParameterizedTest
    @MethodSource("eventTypes")
    void noEventCarriesDirectIdentifiers(Class<? extends IntegrationEvent> type) {
        Set<String> components = Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName().toLowerCase()).collect(Collectors.toSet());
        Set<String> identifiers = Set.of("fullname", "firstname", "lastname", "middlename", "email", "phone", "snils",
                "birth", "interviewnotes", "freetext");
        assertThat(components).noneMatch(name -> identifiers.stream().anyMatch(name::contains));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void typesAreVersionedAndCarryNoClassName(Class<? extends IntegrationEvent> type) {
        String name = EventCatalog.typeOf(type);
        assertThat(name).matches("ru\\.nastavnik\\.[a-z]+\\.[a-z-]+\\.v[0-9]+");
        assertThat(new String(GoldenSamples.of(name), StandardCharsets.UTF_8)).doesNotContain("ru.nastavnik.events");
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void missingRequiredFieldIsMalformed(Class<? extends IntegrationEvent> type) {
        String name = EventCatalog.typeOf(type);
        ObjectNode sample = (ObjectNode) json.readTree(GoldenSamples.of(name));
        sample.remove(type.getRecordComponents()[0].getName());

        assertThatThrownBy(() -> codec.decode(name, json.writeValueAsBytes(sample)))
                .isInstanceOf(MalformedEventException.class);
    }

    @org.junit.jupiter.api.Test
    void garbageAndUnknownTypesAreMalformed() {
        assertThatThrownBy(() -> codec.decode("ru.nastavnik.participant.registered.v1", "{not json".getBytes()))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("ru.nastavnik.nobody.nothing.v1", "{}".getBytes()))
                .isInstanceOf(MalformedEventException.class);
    }
}
