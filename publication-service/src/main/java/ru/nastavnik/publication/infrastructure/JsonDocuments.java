package ru.nastavnik.publication.infrastructure;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Domain records to BSON and back through their JSON form: ids, dates and instants become strings, the same under
 * any UUID or date codec of the driver, on MongoDB and on the embedded wire server alike.
 */
final class JsonDocuments {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonDocuments() {
    }

    static Document toDocument(Object value) {
        return Document.parse(JSON.writeValueAsString(value));
    }

    static <T> T fromDocument(Document document, Class<T> type) {
        return JSON.readValue(document.toJson(RELAXED), type);
    }
}
