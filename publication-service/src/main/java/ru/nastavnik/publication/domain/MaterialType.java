package ru.nastavnik.publication.domain;

import java.util.Locale;
import java.util.Set;

/** The kinds of files a practice may carry, each recognized by its content, never by its name alone. */
public enum MaterialType {
    PDF("application/pdf", Set.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"));

    /** 20 MB: the limit the regional platform sets for one material. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    private final String mediaType;
    private final Set<String> extensions;

    MaterialType(String mediaType, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a file name's extension agrees with the content; a name without an extension agrees with anything. */
    public boolean matchesName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return true;
        }
        return extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
