package ru.nastavnik.monitoring.domain.roadmap.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text of a table cell as documents carry it: HTML lists pasted from a web editor ({@code <p>}, {@code <ul>},
 * {@code <li>}, «➤»), line breaks hidden in runs of spaces, bullets run together on one line («…; - сайт; - сетевые
 * сообщества»), lines broken in the middle of a sentence.
 */
public final class CellText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*>");
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*(?:p|ul|ol|li|br|div|span|b|i|u|strong|em|font|table|tr|td)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("\\s*[➤•●▪◦■□►▸‣⁃·\\uF0B7\\uF0D8\\uF076\\uF0A7]\\s*");
    private static final Pattern WIDE_GAP_BEFORE_ITEM = Pattern.compile(" {3,}(?=[-–—]|\\d{1,2}\\.\\s?\\S)");
    private static final Pattern INLINE_ITEM = Pattern.compile("([;:.,])\\s+([-–—])\\s+(?=\\S)");

    private CellText() {
    }

    /** Multi-line text: one line per paragraph or list item, no blank lines, single spaces. */
    public static String lines(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u00A0\\u2007\\u202F\\t]", " ");
        if (HTML.matcher(s).find()) {
            s = s.replaceAll("(?i)<\\s*br\\s*/?\\s*>", "\n")
                    .replaceAll("(?i)<\\s*li\\b[^<>]*>", "\n- ")
                    .replaceAll("(?i)<\\s*/?\\s*(?:p|ul|ol|li|div|tr|table)\\b[^<>]*>", "\n");
            s = TAG.matcher(s).replaceAll("");
            s = entities(s);
        }
        s = BULLET.matcher(s).replaceAll("\n- ");
        s = WIDE_GAP_BEFORE_ITEM.matcher(s).replaceAll("\n");
        s = INLINE_ITEM.matcher(s).replaceAll("$1\n$2 ");

        List<String> out = new ArrayList<>();
        for (String line : s.split("\n")) {
            String l = line.strip().replaceAll(" {2,}", " ");
            if (l.isEmpty()) {
                continue;
            }
            if (l.equals("-")) {
                continue;
            }
            if (!out.isEmpty() && continues(out.get(out.size() - 1), l)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + l);
            } else {
                out.add(l);
            }
        }
        return String.join("\n", out);
    }

    /** One line: every whitespace run (line breaks too) as one space. */
    public static String line(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String s = raw;
        if (HTML.matcher(s).find()) {
            s = entities(TAG.matcher(s.replaceAll("(?i)<\\s*(?:br|/p|/li)\\b[^<>]*>", " ")).replaceAll(""));
        }
        return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    /** True when {@code next} carries on the sentence {@code previous} broke off: it starts in lower case. */
    static boolean continues(String previous, String next) {
        if (previous.isEmpty() || next.isEmpty()) {
            return false;
        }
        char first = next.charAt(0);
        char last = previous.charAt(previous.length() - 1);
        return Character.isLetter(first) && Character.isLowerCase(first) && ".;:!?".indexOf(last) < 0;
    }

    /** True when the text starts with a lower-case letter (a sentence broken off in the previous row). */
    static boolean startsLowerCase(String text) {
        String s = text.stripLeading();
        return !s.isEmpty() && Character.isLetter(s.charAt(0)) && Character.isLowerCase(s.charAt(0));
    }

    /** Appends a fragment: with a space when it carries on a broken sentence, else on a new line. */
    static String append(String text, String fragment, boolean multiLine) {
        if (fragment.isBlank()) {
            return text;
        }
        if (text.isBlank()) {
            return fragment;
        }
        boolean carriesOn = startsLowerCase(fragment) || !multiLine;
        return text + (carriesOn ? " " : "\n") + fragment;
    }

    private static String entities(String s) {
        return s.replace("&nbsp;", " ").replace("&laquo;", "«").replace("&raquo;", "»").replace("&quot;", "\"")
                .replace("&ndash;", "–").replace("&mdash;", "—").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#171;", "«").replace("&#187;", "»").replace("&amp;", "&");
    }
}
