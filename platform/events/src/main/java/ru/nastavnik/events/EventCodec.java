package ru.nastavnik.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of integration events. Readers tolerate unknown fields so producers can add fields
 * without breaking consumers; a missing required field or a malformed body is a {@link MalformedEventException}.
 */
public final class EventCodec {

    private final EventCatalog catalog;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public EventCodec(EventCatalog catalog) {
        this.catalog = catalog;
    }

    public static EventCodec standard() {
        return new EventCodec(EventCatalog.standard());
    }

    public byte[] encode(IntegrationEvent event) {
        return json.writeValueAsBytes(event);
    }

    public IntegrationEvent decode(String type, byte[] body) {
        Class<? extends IntegrationEvent> target = catalog.classOf(type)
                .orElseThrow(() -> new MalformedEventException("Unknown event type: " + type));
        try {
            IntegrationEvent event = json.readValue(body, target);
            if (event == null) {
                throw new MalformedEventException("Empty body for event type " + type);
            }
            return event;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            // Record constructors reject missing required fields with NPE/IAE: that is a malformed event too.
            throw new MalformedEventException("Malformed " + type + ": " + e.getMessage(), e);
        }
    }

    public EventCatalog catalog() {
        return catalog;
    }
}
