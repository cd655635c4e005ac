package ru.nastavnik.monitoring.infrastructure.roadmap;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import ru.nastavnik.events.AcademicYear;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapDraft;
import ru.nastavnik.monitoring.domain.roadmap.RoadmapSource;
import ru.nastavnik.monitoring.domain.roadmap.reading.RoadmapTable;
import ru.nastavnik.monitoring.domain.roadmap.reading.RoadmapTableReader;
import ru.nastavnik.monitoring.domain.roadmap.reading.TextRoadmapParser;

/**
 * Reads a roadmap from the bytes of an uploaded file: DOCX (recognized by its ZIP signature, read with POI: Word
 * tables, or a table typed as tab-separated paragraphs) or text (UTF-8 with or without BOM, UTF-16 with BOM, else
 * Windows-1251; tab-separated, a cell stream or plain numbered lines). The size limit is the caller's; POI's
 * zip-bomb guard (inflate ratio, entry size) stays at its defaults.
 */
@Component
public class DocumentRoadmapSource implements RoadmapSource {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final TextRoadmapParser text = new TextRoadmapParser();
    private final RoadmapTableReader reader = new RoadmapTableReader();

    @Override
    public RoadmapDraft read(String fileName, byte[] content, AcademicYear year) {
        String name = fileName == null || fileName.isBlank() ? "roadmap" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new UnreadableRoadmap("Файл «" + name + "» пуст");
        }
        String fallbackTitle = baseName(name);
        RoadmapDraft draft;
        if (startsWith(content, 'P', 'K', 3, 4)) {
            draft = readDocx(name, content, year, fallbackTitle);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableRoadmap("Файл «" + name + "» — документ Word 97–2003 (DOC), он не поддерживается: "
                    + "сохраните его как DOCX или как текст");
        } else if (startsWith(content, '%', 'P', 'D', 'F')) {
            throw new UnreadableRoadmap("Файл «" + name + "» — PDF, он не поддерживается: загрузите DOCX или текст");
        } else if (startsWith(content, 'P', 'K')) {
            throw new UnreadableRoadmap("Файл «" + name + "» — архив, но не документ DOCX");
        } else {
            String decoded = decode(name, content);
            draft = reader.read(text.parse(decoded), year, fallbackTitle);
        }
        if (draft.items().isEmpty()) {
            throw new UnreadableRoadmap("В файле «" + name + "» не найдено ни одного пункта дорожной карты: "
                    + "ожидается таблица со столбцами «№», «Мероприятия», «Сроки», «Ответственные» "
                    + "или нумерованный список мероприятий");
        }
        return draft;
    }

    private RoadmapDraft readDocx(String name, byte[] content, AcademicYear year, String fallbackTitle) {
        DocxTables.Document document = DocxTables.read(name, content);
        RoadmapDraft fromTables = null;
        if (document.hasTables()) {
            fromTables = reader.read(new RoadmapTable(document.preamble(), document.rows()), year, fallbackTitle);
            if (!fromTables.items().isEmpty()) {
                return fromTables;
            }
        }
        RoadmapDraft fromText = reader.read(text.parse(document.text()), year, fallbackTitle);
        return fromText.items().isEmpty() && fromTables != null ? fromTables : fromText;
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251; binary content is refused. */
    static String decode(String name, byte[] content) {
        if (startsWith(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            decoded = new String(content, WINDOWS_1251);
        }
        long control = decoded.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (decoded.indexOf('\0') >= 0 || control * 100 > decoded.length()) {
            throw new UnreadableRoadmap("Файл «" + name + "» не является ни документом DOCX, ни текстом");
        }
        if (decoded.isBlank()) {
            throw new UnreadableRoadmap("Файл «" + name + "» пуст");
        }
        return decoded;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
