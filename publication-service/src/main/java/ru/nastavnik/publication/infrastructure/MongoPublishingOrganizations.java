package ru.nastavnik.publication.infrastructure;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import ru.nastavnik.publication.domain.PublishingOrganization;
import ru.nastavnik.publication.domain.PublishingOrganizations;

@Repository
class MongoPublishingOrganizations implements PublishingOrganizations {

    static final String COLLECTION = "organizations";

    private final MongoTemplate mongo;

    MongoPublishingOrganizations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(PublishingOrganization o) {
        // Ids are stored as strings: the same on real MongoDB and on the embedded wire server, whatever UUID codec.
        mongo.upsert(byId(o.organizationId()),
                new Update().set("name", o.name())
                        .set("municipalityId", o.municipalityId().toString())
                        .set("municipalityName", o.municipalityName())
                        .set("regionId", o.regionId().toString())
                        .set("regionName", o.regionName()),
                COLLECTION);
    }

    @Override
    public Optional<PublishingOrganization> of(UUID organizationId) {
        return first(byId(organizationId));
    }

    @Override
    public Optional<PublishingOrganization> anyInMunicipality(UUID municipalityId) {
        return first(Query.query(Criteria.where("municipalityId").is(municipalityId.toString())));
    }

    @Override
    public Optional<PublishingOrganization> anyInRegion(UUID regionId) {
        return first(Query.query(Criteria.where("regionId").is(regionId.toString())));
    }

    private Optional<PublishingOrganization> first(Query query) {
        org.bson.Document d = mongo.findOne(query, org.bson.Document.class, COLLECTION);
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new PublishingOrganization(UUID.fromString(d.getString("_id")), d.getString("name"),
                UUID.fromString(d.getString("municipalityId")), d.getString("municipalityName"),
                UUID.fromString(d.getString("regionId")), d.getString("regionName")));
    }

    private static Query byId(UUID id) {
        return Query.query(Criteria.where("_id").is(id.toString()));
    }
}
