package ru.nastavnik.publication.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.client.gridfs.model.GridFSFile;

import ru.nastavnik.publication.domain.MaterialFiles;
import ru.nastavnik.publication.domain.MaterialType;

/** Materials in GridFS, so files up to the 20 MB limit never meet MongoDB's 16 MB document limit. */
@Repository
class GridFsMaterialFiles implements MaterialFiles {

    private final GridFsTemplate gridFs;

    GridFsMaterialFiles(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    @Override
    public String store(UUID practiceId, String fileName, MaterialType type, byte[] bytes) {
        ObjectId id = gridFs.store(new ByteArrayInputStream(bytes), fileName, type.mediaType(),
                new Document("practiceId", practiceId.toString()));
        return id.toHexString();
    }

    @Override
    public Optional<InputStream> open(String materialId) {
        if (!ObjectId.isValid(materialId)) {
            return Optional.empty();
        }
        GridFSFile file = gridFs.findOne(byId(materialId));
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(gridFs.getResource(file).getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String materialId) {
        if (ObjectId.isValid(materialId)) {
            gridFs.delete(byId(materialId));
        }
    }

    private static Query byId(String materialId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(materialId)));
    }
}
