package vn.ndaf.framework.dictionary;

import java.util.List;
import java.util.Optional;

/** The seed of the Shared Data Dictionary (dictionary.yaml), sample content, with the base URI of its SKOS concepts. */
public record DataDictionary(String version, boolean sample, String baseUri, String titleVi, String titleEn, List<Term> terms) {

    public DataDictionary {
        terms = List.copyOf(terms);
    }

    public Optional<Term> term(String code) {
        return terms.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The terms whose broader term is {@code code}. */
    public List<Term> narrower(String code) {
        return terms.stream().filter(t -> code.equals(t.broader())).toList();
    }
}
