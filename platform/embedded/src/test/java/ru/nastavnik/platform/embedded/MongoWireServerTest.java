package ru.nastavnik.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

class MongoWireServerTest {

    @Test
    void insertsAndFindsInMemory() {
        try (MongoWireServer server = MongoWireServer.start(null, 0);
             MongoClient client = MongoClients.create(server.connectionString("publications"))) {
            assertThat(server.connectionString("publications")).isEqualTo("mongodb://localhost:" + server.port() + "/publications");
            MongoCollection<Document> practices = client.getDatabase("publications").getCollection("practices");
            practices.insertOne(new Document("_id", "p-1").append("title", "Наставничество в сельской школе").append("level", "SCHOOL"));
            practices.insertOne(new Document("_id", "p-2").append("title", "Клуб молодых педагогов").append("level", "REGION"));

            Document found = practices.find(Filters.eq("level", "REGION")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("_id")).isEqualTo("p-2");
            assertThat(practices.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void storeFileKeepsDataAcrossRestarts(@TempDir Path root) {
        Path store = root.resolve("mongo/store.mv");
        try (MongoWireServer server = MongoWireServer.start(store, 0);
             MongoClient client = MongoClients.create(server.connectionString("publications"))) {
            client.getDatabase("publications").getCollection("news")
                    .insertOne(new Document("_id", "n-1").append("headline", "Итоги года"));
        }
        assertThat(store).exists();

        int port = Ports.free();
        try (MongoWireServer server = MongoWireServer.start(store, port);
             MongoClient client = MongoClients.create(server.connectionString("publications"))) {
            assertThat(server.port()).isEqualTo(port);
            Document news = client.getDatabase("publications").getCollection("news").find(Filters.eq("_id", "n-1")).first();
            assertThat(news).isNotNull();
            assertThat(news.getString("headline")).isEqualTo("Итоги года");
        }
    }
}
