package ru.nastavnik.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import ru.nastavnik.platform.testkit.TestHttp;
import tools.jackson.databind.JsonNode;

/** Materials in GridFS: recognized by content, at most 20 MB, disguised files refused, downloads byte for byte. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PracticeMaterialsTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    PracticeWorld world;

    @BeforeEach
    void world() {
        world = new PracticeWorld(port);
    }

    @Test
    void presentationsAndMethodologicalMaterialsAreStoredAndDownloaded() throws Exception {
        String id = world.draft("Практика с материалами").get("id").asString();
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        byte[] pptx = office("ppt/presentation.xml");

        TestHttp.read(world.upload(id, "Методические рекомендации.pdf", pdf, world.schoolCurator), 201);
        JsonNode practice = TestHttp.read(world.upload(id, "Презентация.pptx", pptx, world.schoolCurator), 201);

        JsonNode materials = practice.get("materials");
        assertThat(materials.findValuesAsString("type")).containsExactly("PDF", "PPTX");
        assertThat(materials.findValuesAsString("fileName")).containsExactly("Методические рекомендации.pdf", "Презентация.pptx");
        var download = world.download(materials.get(1).get("href").asString(), world.municipalCurator);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pptx);
        assertThat(download.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(world.download(materials.get(0).get("href").asString(), world.otherSchoolCurator).statusCode()).isEqualTo(403);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void oversizedDisguisedAndForeignFilesAreRefusedAndNothingIsStored() throws Exception {
        String id = world.draft("Практика для плохих файлов").get("id").asString();
        long filesBefore = mongo.getCollection("fs.files").countDocuments();

        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
        assertThat(TestHttp.code(world.upload(id, "big.pdf", big, world.schoolCurator), 413)).isEqualTo("MATERIAL_TOO_LARGE");

        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        assertThat(TestHttp.code(world.upload(id, "program.pdf", executable, world.schoolCurator), 415))
                .isEqualTo("UNSUPPORTED_MATERIAL_TYPE");
        byte[] plainZip = zip("payload.exe");
        assertThat(TestHttp.code(world.upload(id, "report.docx", plainZip, world.schoolCurator), 415))
                .isEqualTo("UNSUPPORTED_MATERIAL_TYPE");
        byte[] png = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 64);
        assertThat(TestHttp.code(world.upload(id, "report.pdf", png, world.schoolCurator), 422))
                .isEqualTo("MATERIAL_TYPE_MISMATCH");
        assertThat(TestHttp.code(world.upload(id, "slides.pdf", office("word/document.xml"), world.otherSchoolCurator), 403))
                .isEqualTo("FORBIDDEN");

        JsonNode practice = world.ok("GET", "/api/publications/practices/" + id, null, world.schoolCurator);
        assertThat(practice.get("materials")).isEmpty();
        assertThat(practice.get("version").asLong()).isEqualTo(1);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(filesBefore);
    }

    private static byte[] office(String mainPart) throws Exception {
        return zip("[Content_Types].xml", mainPart);
    }

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
