package ru.nastavnik.publication.infrastructure;

import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.publication.domain.MonitoringResults;
import ru.nastavnik.publication.domain.OrganizationYearResults;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document per organization and academic year ({@code <organizationId>/<startYear>}), replaced only by a higher
 * version: an older event arriving late, or the same one again, leaves it as it is.
 */
@Repository
class MongoMonitoringResults implements MonitoringResults {

    static final String COLLECTION = "monitoring_results";

    private final MongoTemplate mongo;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    MongoMonitoringResults(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(OrganizationYearResults results) {
        String id = id(results.organizationId(), results.year());
        Document document = Document.parse(json.writeValueAsString(results)).append("_id", id);
        long replaced = mongo.getCollection(COLLECTION)
                .replaceOne(Filters.and(Filters.eq("_id", id), Filters.lt("version", results.version())), document)
                .getMatchedCount();
        if (replaced == 0) {
            try {
                mongo.insert(document, COLLECTION);
            } catch (DuplicateKeyException newerOrSameKept) {
                // The stored results are at least as recent.
            }
        }
    }

    @Override
    public Optional<OrganizationYearResults> of(UUID organizationId, AcademicYear year) {
        Document document = mongo.findOne(Query.query(Criteria.where("_id").is(id(organizationId, year))), Document.class,
                COLLECTION);
        if (document == null) {
            return Optional.empty();
        }
        document.remove("_id");
        return Optional.of(json.readValue(document.toJson(), OrganizationYearResults.class));
    }

    private static String id(UUID organizationId, AcademicYear year) {
        return organizationId + "/" + year.startYear();
    }
}
