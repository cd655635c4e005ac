package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ru.nastavnik.platform.testkit.RealInfrastructure;
import tools.jackson.databind.JsonNode;

/**
 * The director's order fixing pairs: only active pairs with every written consent, each pair in one order; the
 * document as DOCX (read back with POI) and PDF (read back with PDFBox) in Russian; the editable template checked on
 * upload and used with placeholders split across runs; the names passed for rendering never stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PairOrderTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcClient jdbc;

    PairingFixture f;

    @BeforeEach
    void fixture() {
        f = new PairingFixture(bootstrapServers, jdbc, port);
    }

    @Test
    void anOrderFixesConsentedPairsAndRendersAsDocxAndPdfWithoutStoringNames() throws Exception {
        UUID mentor = f.mentor();
        UUID groupMentor = f.mentor();
        UUID mentee = f.mentee();
        UUID first = f.mentee();
        UUID second = f.mentee();
        f.awaitKnown();
        f.read(f.call("PUT", "/api/pairing/mentors/" + groupMentor + "/capacity", "{\"capacity\":2}"), 200);
        JsonNode pair = f.form(mentor, List.of(mentee), "TEACHER_TEACHER", "TRADITIONAL");
        JsonNode group = f.form(groupMentor, List.of(first, second), "MANAGER_TEACHER", "GROUP");
        String orders = "/api/pairing/organizations/" + f.school + "/orders";

        assertThat(f.code(f.call("POST", orders, order("45-о", pair, group)), 422)).isEqualTo("PAIR_CONSENT_MISSING");
        f.consentAll(pair);
        f.consentAll(group);
        assertThat(f.read(f.call("POST", orders, """
                {"number":"","date":"завтра","organizationName":"Школа","curatorName":"","pairIds":[]}"""), 400)
                .get("errors").findValuesAsString("field")).contains("number", "date", "curatorName", "pairIds");
        assertThat(jdbc.sql("SELECT count(*) FROM pairing_order WHERE organization_id = ?").param(f.school)
                .query(Long.class).single()).isZero();

        JsonNode created = f.read(f.call("POST", orders, order("45-о", pair, group)), 201);
        String orderId = created.get("id").asString();
        assertThat(created.get("title").asString()).isEqualTo("О закреплении наставнических пар (групп)");
        assertThat(f.code(f.call("POST", orders, order("46-о", pair)), 409)).isEqualTo("PAIR_ALREADY_IN_ORDER");
        assertThat(f.code(f.call("POST", orders, order("45-о", pair)), 409)).isEqualTo("ORDER_NUMBER_TAKEN");
        assertThat(f.read(f.call("GET", orders, null), 200)).hasSize(1);
        assertThat(f.pair(pair.get("id").asString()).get("orderId").asString()).isEqualTo(orderId);

        String marker = "Зеленцова" + Long.toString(System.nanoTime(), 36);
        Map<UUID, String> names = new LinkedHashMap<>();
        names.put(mentor, marker + " Анна Петровна");
        names.put(mentee, "Кузнецов Артём Игоревич");
        names.put(groupMentor, "Смирнова Елена Викторовна");
        names.put(first, "Волков Денис Сергеевич");
        names.put(second, "Орлова Мария Ильинична");
        String document = "/api/pairing/orders/" + orderId + "/document?format=";

        HttpResponse<byte[]> docx = f.binary("POST", document + "docx", "application/json", namesBody(names));
        assertThat(docx.statusCode()).as(PairingFixture.text(docx)).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).startsWith(DOCX);
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "filename*=UTF-8''");
        String word;
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
            word = extractor.getText();
            assertThat(read.getTables().getFirst().getRows()).hasSize(3);
        }
        assertOrderText(word, marker);

        HttpResponse<byte[]> pdf = f.binary("POST", document + "pdf", "application/json", namesBody(names));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument read = Loader.loadPDF(pdf.body())) {
            assertOrderText(new PDFTextStripper().getText(read), marker);
        }

        Map<UUID, String> missing = new LinkedHashMap<>(names);
        missing.remove(second);
        assertThat(f.binary("POST", document + "docx", "application/json", namesBody(missing)).statusCode()).isEqualTo(400);
        Map<UUID, String> extra = new LinkedHashMap<>(names);
        extra.put(UUID.randomUUID(), "Лишний Человек");
        assertThat(f.binary("POST", document + "pdf", "application/json", namesBody(extra)).statusCode()).isEqualTo(400);

        // The names went into the files only: no table of the service holds the marker.
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class).list();
        assertThat(tables).contains("pairing_order", "mentoring_pair");
        for (String table : tables) {
            assertThat(jdbc.sql("SELECT count(*) FROM \"" + table + "\" t WHERE t::text LIKE ?").param("%" + marker + "%")
                    .query(Long.class).single()).as(table).isZero();
        }
    }

    @Test
    void theTemplateIsCheckedOnUploadAndAnEditedOneIsFilledEvenWithSplitPlaceholders() throws Exception {
        String template = "/api/pairing/organizations/" + f.school + "/order-template";
        UUID mentor = f.mentor();
        UUID mentee = f.mentee();
        f.awaitKnown();

        HttpResponse<byte[]> standard = f.binary("GET", template, null, null);
        assertThat(standard.statusCode()).isEqualTo(200);
        assertThat(standard.headers().firstValue("Content-Type").orElseThrow()).startsWith(DOCX);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(standard.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
            assertThat(extractor.getText()).contains("ПРИКАЗ", "{{номер}}", "{{дата}}", "{{наставник}}", "{{куратор}}");
        }

        assertThat(f.binary("PUT", template, DOCX, "не документ".getBytes()).statusCode()).isEqualTo(400);
        assertThat(f.binary("PUT", template, DOCX, edited(false)).statusCode()).isEqualTo(400);
        assertThat(f.binary("PUT", template, DOCX, new byte[2 * 1024 * 1024 + 1]).statusCode()).isEqualTo(400);
        assertThat(f.binary("PUT", template, DOCX, new byte[4 * 1024 * 1024]).statusCode()).isEqualTo(413);
        HttpResponse<byte[]> refused = f.binary("PUT", template, DOCX, edited(false));
        assertThat(PairingFixture.text(refused)).contains("{{окончание}}");
        assertThat(jdbc.sql("SELECT count(*) FROM order_template WHERE organization_id = ?").param(f.school)
                .query(Long.class).single()).isZero();

        assertThat(f.binary("PUT", template, DOCX, edited(true)).statusCode()).isEqualTo(204);
        JsonNode pair = f.consentAll(f.form(mentor, List.of(mentee), "PUPIL_PUPIL", "SPEED"));
        JsonNode order = f.read(f.call("POST", "/api/pairing/organizations/" + f.school + "/orders",
                order("7-о", pair)), 201);
        HttpResponse<byte[]> docx = f.binary("POST", "/api/pairing/orders/" + order.get("id").asString()
                + "/document?format=docx", "application/json",
                namesBody(Map.of(mentor, "Иванова Ирина Ивановна", mentee, "Петров Пётр Петрович")));
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
            assertThat(extractor.getText()).contains("Распоряжение № 7-о от 20.09.2026", "Иванова Ирина Ивановна",
                    "Петров Пётр Петрович", "ученик – ученик, скоростная", "15.09.2026", "31.05.2027",
                    "Куратор: Морозова Татьяна Юрьевна").doesNotContain("{{");
        }
    }

    private static void assertOrderText(String text, String marker) {
        assertThat(text.replaceAll("\\s+", " ")).contains("45-о", "20.09.2026", "МБОУ СОШ № 1 ст. Ленинградской",
                "Морозова Татьяна Юрьевна", marker + " Анна Петровна", "Кузнецов Артём Игоревич", "Смирнова Елена Викторовна",
                "Волков Денис Сергеевич", "Орлова Мария Ильинична", "учитель – учитель, традиционная",
                "руководитель – учитель, групповая", "15.09.2026", "31.05.2027", "О закреплении наставнических пар (групп)")
                .doesNotContain("{{");
    }

    private static String order(String number, JsonNode... pairs) {
        List<String> ids = new ArrayList<>();
        for (JsonNode pair : pairs) {
            ids.add("\"" + pair.get("id").asString() + "\"");
        }
        return """
                {"number":"%s","date":"2026-09-20","organizationName":"МБОУ СОШ № 1 ст. Ленинградской",
                 "curatorName":"Морозова Татьяна Юрьевна","pairIds":%s}""".formatted(number, ids);
    }

    private static byte[] namesBody(Map<UUID, String> names) {
        StringBuilder json = new StringBuilder("{\"names\":{");
        names.forEach((id, name) -> json.append(json.length() > 10 ? "," : "").append('"').append(id).append("\":\"")
                .append(name).append('"'));
        return json.append("}}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A curator's own template: placeholders split across runs as Word leaves them; without the end date if not complete. */
    private static byte[] edited(boolean complete) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            for (String part : List.of("{{органи", "зация}}")) {
                heading.createRun().setText(part);
            }
            XWPFParagraph title = document.createParagraph();
            for (String part : List.of("Распоряжение № {{", "номер}} от {", "{дата}}")) {
                title.createRun().setText(part);
            }
            XWPFTable table = document.createTable(1, 5);
            List<String> row = List.of("{{наставник}}", "{{настав", "ляемые}}", "{{форма}}", "{{начало}}");
            table.getRow(0).getCell(0).getParagraphs().getFirst().createRun().setText(row.get(0));
            table.getRow(0).getCell(1).getParagraphs().getFirst().createRun().setText(row.get(1));
            table.getRow(0).getCell(1).getParagraphs().getFirst().createRun().setText(row.get(2));
            table.getRow(0).getCell(2).getParagraphs().getFirst().createRun().setText(row.get(3));
            table.getRow(0).getCell(3).getParagraphs().getFirst().createRun().setText(row.get(4));
            if (complete) {
                table.getRow(0).getCell(4).getParagraphs().getFirst().createRun().setText("{{окончание}}");
            }
            XWPFParagraph curator = document.createParagraph();
            for (String part : List.of("Куратор: {{кур", "атор}}")) {
                curator.createRun().setText(part);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
