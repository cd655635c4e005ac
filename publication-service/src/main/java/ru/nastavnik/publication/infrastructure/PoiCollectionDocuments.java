package ru.nastavnik.publication.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

import ru.nastavnik.events.monitoring.OrganizationResultsRecorded.IndicatorResult;
import ru.nastavnik.events.pairing.MentoringFormat;
import ru.nastavnik.events.pairing.RoleModel;
import ru.nastavnik.platform.documents.PdfLayout;
import ru.nastavnik.publication.domain.Author;
import ru.nastavnik.publication.domain.CollectionDocuments;
import ru.nastavnik.publication.domain.FinalCollection;
import ru.nastavnik.publication.domain.FormNames;
import ru.nastavnik.publication.domain.Material;
import ru.nastavnik.publication.domain.MaterialType;
import ru.nastavnik.publication.domain.PracticeContent;
import ru.nastavnik.publication.domain.PracticeState;
import ru.nastavnik.publication.domain.ResultFigure;
import ru.nastavnik.publication.domain.Texts;
import ru.nastavnik.publication.domain.ThankYouLetter;

/**
 * The final collection as a Word document written with POI, and as PDF laid out from that same document by the
 * platform's {@link PdfLayout} (DejaVu Sans), so both always say the same; the thank-you letters as one Word document,
 * a letter per page.
 */
@Component
class PoiCollectionDocuments implements CollectionDocuments {

    static final String TITLE = "Итоговый сборник по реализации целевой модели наставничества";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String FONT = "Times New Roman";

    @Override
    public byte[] collectionDocx(FinalCollection collection) {
        try (XWPFDocument document = collection(collection)) {
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] collectionPdf(FinalCollection collection) {
        try (XWPFDocument document = collection(collection)) {
            return new PdfLayout(9.5f).write(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] lettersDocx(List<ThankYouLetter> letters) {
        try (XWPFDocument document = new XWPFDocument()) {
            boolean first = true;
            for (ThankYouLetter letter : letters) {
                XWPFParagraph heading = paragraph(document, "Благодарственное письмо", true, 22, ParagraphAlignment.CENTER);
                heading.setPageBreak(!first);
                heading.setSpacingAfter(480);
                first = false;
                paragraph(document, "Уважаемый(ая) " + letter.mentorName() + "!", true, 16, ParagraphAlignment.CENTER)
                        .setSpacingAfter(360);
                paragraph(document, "Выражаем Вам искреннюю благодарность за наставническую деятельность в "
                        + letter.academicYear() + " учебном году в организации " + letter.organizationName() + ".",
                        false, 14, ParagraphAlignment.BOTH);
                paragraph(document, "Ваш опыт, внимание и поддержка помогли наставляемым пройти программу наставничества "
                        + "до конца, а коллегам — увидеть, как растёт профессионализм, когда им щедро делятся.",
                        false, 14, ParagraphAlignment.BOTH);
                paragraph(document, "Желаем Вам здоровья, вдохновения и новых профессиональных успехов!", false, 14,
                        ParagraphAlignment.BOTH).setSpacingAfter(720);
                paragraph(document, letter.signatoryPosition(), false, 14, ParagraphAlignment.LEFT);
                paragraph(document, "_______________ " + letter.signatory(), false, 14, ParagraphAlignment.RIGHT);
            }
            return bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFDocument collection(FinalCollection collection) {
        XWPFDocument document = new XWPFDocument();
        titlePage(document, collection);
        results(document, collection);
        practices(document, collection);
        materials(document, collection);
        return document;
    }

    private static void titlePage(XWPFDocument document, FinalCollection collection) {
        paragraph(document, TITLE, true, 20, ParagraphAlignment.CENTER).setSpacingBefore(2400);
        paragraph(document, collection.organizationName(), true, 16, ParagraphAlignment.CENTER);
        if (collection.municipalityName() != null && !collection.municipalityName().isBlank()) {
            paragraph(document, collection.municipalityName(), false, 14, ParagraphAlignment.CENTER);
        }
        paragraph(document, collection.year() + " учебный год", false, 14, ParagraphAlignment.CENTER);
    }

    private static void results(XWPFDocument document, FinalCollection collection) {
        heading(document, "1. Результаты мониторинга").setPageBreak(true);
        if (collection.results().isEmpty() || collection.results().get().indicators().isEmpty()) {
            paragraph(document, "Данные мониторинга ещё не поступили.", false, 12, ParagraphAlignment.LEFT);
            return;
        }
        XWPFTable table = document.createTable();
        cells(table.getRow(0), "Показатель", "Целевое значение", "Значение", "Статус");
        for (IndicatorResult indicator : collection.results().get().indicators()) {
            cells(table.createRow(), indicator.title() == null || indicator.title().isBlank() ? indicator.code() : indicator.title(),
                    target(indicator), value(indicator), status(indicator.status()));
        }
    }

    private static void practices(XWPFDocument document, FinalCollection collection) {
        heading(document, "2. Лучшие практики");
        if (collection.practices().isEmpty()) {
            paragraph(document, "В этом учебном году практики организации не были приняты в банк и не опубликованы.",
                    false, 12, ParagraphAlignment.LEFT);
            return;
        }
        int n = 1;
        for (PracticeState practice : collection.practices()) {
            PracticeContent content = practice.content();
            paragraph(document, "2." + n++ + ". " + content.title(), true, 12, ParagraphAlignment.LEFT);
            paragraph(document, "Форма наставничества: " + form(content.form(), content.format()), false, 12,
                    ParagraphAlignment.LEFT);
            paragraph(document, "Статус: " + status(practice), false, 12, ParagraphAlignment.LEFT);
            text(document, "Краткое описание: ", content.summary());
            text(document, "Результаты: ", Texts.plain(content.results()));
            for (ResultFigure figure : content.figures()) {
                paragraph(document, "— " + figure.label() + ": " + number(figure.value())
                        + (figure.unit() == null || figure.unit().isBlank() ? "" : " " + figure.unit()), false, 12,
                        ParagraphAlignment.LEFT);
            }
            paragraph(document, "Авторы: " + (practice.authors().isEmpty() ? "не указаны"
                    : practice.authors().stream().map(Author::displayName).collect(Collectors.joining(", "))),
                    false, 12, ParagraphAlignment.LEFT);
        }
    }

    private static void materials(XWPFDocument document, FinalCollection collection) {
        heading(document, "3. Перечень материалов");
        if (collection.practices().stream().allMatch(p -> p.materials().isEmpty())) {
            paragraph(document, "Материалы к практикам не приложены.", false, 12, ParagraphAlignment.LEFT);
            return;
        }
        XWPFTable table = document.createTable();
        cells(table.getRow(0), "№", "Файл", "Тип", "Размер", "Практика");
        int n = 1;
        for (PracticeState practice : collection.practices()) {
            for (Material material : practice.materials()) {
                cells(table.createRow(), String.valueOf(n++), material.fileName(), type(material.type()),
                        size(material.size()), practice.content().title());
            }
        }
    }

    private static XWPFParagraph heading(XWPFDocument document, String text) {
        XWPFParagraph heading = paragraph(document, text, true, 14, ParagraphAlignment.LEFT);
        heading.setSpacingBefore(240);
        return heading;
    }

    private static void text(XWPFDocument document, String caption, String text) {
        if (text != null && !text.isBlank()) {
            paragraph(document, caption + text, false, 12, ParagraphAlignment.BOTH);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text, boolean bold, int size,
            ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setText(text == null ? "" : text);
        return paragraph;
    }

    /** Fills the row's cells, adding cells after the first as a new table has only one. */
    private static void cells(XWPFTableRow row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (row.getCell(i) == null) {
                row.addNewTableCell();
            }
            row.getCell(i).setText(values[i]);
        }
    }

    private static boolean share(IndicatorResult indicator) {
        return "SHARE".equals(indicator.kind());
    }

    /** «≥ 90 %», «≥ 2», as the methodology writes targets. */
    static String target(IndicatorResult indicator) {
        return "≥ " + plain(indicator.target()) + (share(indicator) ? " %" : "");
    }

    /** «80,0 % (4 из 5)» for a share, «3» for a count, «—» without data. */
    static String value(IndicatorResult indicator) {
        if (indicator.value() == null) {
            return "—";
        }
        if (!share(indicator)) {
            return indicator.value().setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        return indicator.value().setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " % ("
                + indicator.numerator() + " из " + indicator.denominator() + ")";
    }

    static String status(ru.nastavnik.events.monitoring.OrganizationResultsRecorded.Status status) {
        return switch (status) {
            case MET -> "достигнут";
            case BELOW -> "ниже целевого";
            case NO_DATA -> "нет данных";
        };
    }

    private static String status(PracticeState practice) {
        return switch (practice.status()) {
            case PUBLISHED -> "опубликована" + (practice.publishedOn() == null ? "" : " " + DATE.format(practice.publishedOn()));
            case REGION_ACCEPTED -> "принята в региональный банк";
            case MUNICIPALITY_ACCEPTED -> "принята в муниципальный банк";
            // The collection holds accepted practices only.
            default -> "на модерации";
        };
    }

    static String form(RoleModel form, MentoringFormat format) {
        String model = form == null ? null : "«" + FormNames.of(form) + "»";
        String kind = format == null ? null : FormNames.of(format);
        if (model == null && kind == null) {
            return "не указана";
        }
        return model == null ? kind : kind == null ? model : model + ", " + kind;
    }

    private static String type(MaterialType type) {
        return switch (type) {
            case PDF -> "PDF";
            case DOCX -> "документ Word";
            case PPTX -> "презентация";
            case XLSX -> "таблица Excel";
            case PNG, JPEG -> "изображение";
        };
    }

    /** «350 КБ», «1,2 МБ». */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " Б";
        }
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " КБ";
        }
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',') + " МБ";
    }

    private static String number(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
