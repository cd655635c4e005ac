package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * What of user-written text may be stored and shown again: rich text keeps paragraphs, line breaks, bold, italics,
 * lists and http(s) links (no scripts, styles, event handlers or other protocols); plain fields keep text only.
 */
public final class Texts {

    private static final Safelist RICH = new Safelist()
            .addTags("p", "br", "strong", "em", "ul", "ol", "li", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Texts() {
    }

    /** The safe subset of the markup; everything else is dropped (script and style with their content). */
    public static String rich(String html) {
        if (html == null) {
            return "";
        }
        return Jsoup.clean(html, "", RICH, COMPACT).trim();
    }

    /** Text without any markup: tags dropped, entities decoded, script and style content dropped. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        return Jsoup.parse(text).text().trim();
    }

    public static List<String> plain(List<String> texts) {
        return texts == null ? List.of()
                : texts.stream().filter(Objects::nonNull).map(Texts::plain).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
