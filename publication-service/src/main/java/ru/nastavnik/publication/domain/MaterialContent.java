package ru.nastavnik.publication.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognizes a material by its bytes: PDF, PNG and JPEG by their signatures, DOCX, PPTX and XLSX by the parts of
 * their ZIP package. Anything else, an executable renamed to .pdf included, is not recognized.
 */
public final class MaterialContent {

    private MaterialContent() {
    }

    public static Optional<MaterialType> detect(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(MaterialType.PDF);
        }
        if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
            return Optional.of(MaterialType.PNG);
        }
        if (startsWith(bytes, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
            return Optional.of(MaterialType.JPEG);
        }
        if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
            return officeDocument(bytes);
        }
        return Optional.empty();
    }

    private static Optional<MaterialType> officeDocument(byte[] bytes) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < 10_000) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException broken) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(MaterialType.DOCX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(MaterialType.PPTX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(MaterialType.XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
