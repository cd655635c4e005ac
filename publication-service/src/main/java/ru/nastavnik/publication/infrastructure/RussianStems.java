package ru.nastavnik.publication.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Russian morphology for search, computed in Java: Lucene's Russian analyzer (Snowball stemmer, lower case, stop
 * words) turns «наставника», «наставники» and «наставник» into one stem. Stored documents and queries go through
 * the same analyzer, so the search is the same on MongoDB and on the embedded wire server, which has no $text.
 */
final class RussianStems {

    private static final Analyzer ANALYZER = new RussianAnalyzer();

    private RussianStems() {
    }

    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // The stemmer knows «е» only: «ё» written or not must find the same words.
        String normalized = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream tokens = ANALYZER.tokenStream("text", normalized)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(stems);
    }

    static List<String> of(List<String> texts) {
        Set<String> stems = new LinkedHashSet<>();
        texts.forEach(t -> stems.addAll(of(t)));
        return new ArrayList<>(stems);
    }
}
