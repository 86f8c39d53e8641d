package vn.ndaf.analysis.gaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.ndaf.analysis.gaps.Refs.ElementRef;

/**
 * The TOGAF gap matrix between a baseline and a target set of elements: included (in both), eliminated (only
 * in the baseline), new (only in the target), and potential matches, an eliminated and a new element of the
 * same type with similar names, listed for review and never counted as included. {@code changed} (states
 * only; null for plateaus) lists included elements whose content differs.
 */
@JsonPropertyOrder({ "included", "eliminated", "new", "potentialMatches", "changed" })
public record GapMatrix(List<ElementRef> included, List<ElementRef> eliminated, @JsonProperty("new") List<ElementRef> created,
        List<PotentialMatch> potentialMatches, @JsonInclude(JsonInclude.Include.NON_NULL) List<Changed> changed) {

    /** A pair to review: {@code similarity} 0..1 of their names (case, diacritics and punctuation ignored). */
    public record PotentialMatch(ElementRef eliminated, @JsonProperty("new") ElementRef created, double similarity) {
    }

    /** An element in both, with what differs (attribute names, {@code type}, {@code properties}). */
    public record Changed(String id, String name, String type, List<String> changes) {

        public Changed {
            changes = List.copyOf(changes);
        }
    }

    /** Names at least this similar make a potential match. */
    public static final double SIMILAR = 0.6;

    public GapMatrix {
        included = List.copyOf(included);
        eliminated = List.copyOf(eliminated);
        created = List.copyOf(created);
        potentialMatches = List.copyOf(potentialMatches);
        changed = changed == null ? null : List.copyOf(changed);
    }

    /** The matrix of two element sets, each keyed by id, in their order. */
    static GapMatrix of(Map<String, ElementRef> baseline, Map<String, ElementRef> target, List<Changed> changed) {
        List<ElementRef> included = new ArrayList<>();
        List<ElementRef> eliminated = new ArrayList<>();
        List<ElementRef> created = new ArrayList<>();
        baseline.forEach((id, e) -> (target.containsKey(id) ? included : eliminated).add(target.containsKey(id) ? target.get(id) : e));
        target.forEach((id, e) -> {
            if (!baseline.containsKey(id)) {
                created.add(e);
            }
        });
        List<PotentialMatch> matches = new ArrayList<>();
        for (ElementRef old : eliminated) {
            for (ElementRef fresh : created) {
                if (old.type().equals(fresh.type()) && old.name() != null && fresh.name() != null) {
                    double s = similarity(old.name(), fresh.name());
                    if (s >= SIMILAR) {
                        matches.add(new PotentialMatch(old, fresh, Math.round(s * 100) / 100.0));
                    }
                }
            }
        }
        return new GapMatrix(included, eliminated, created, matches, changed);
    }

    /** The larger of the token overlap (Jaccard) and the edit-distance similarity of the normalised names. */
    static double similarity(String a, String b) {
        String x = Duplicates.normalise(a, null);
        String y = Duplicates.normalise(b, null);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> tx = new LinkedHashSet<>(List.of(x.split(" ")));
        Set<String> ty = new LinkedHashSet<>(List.of(y.split(" ")));
        Set<String> union = new LinkedHashSet<>(tx);
        union.addAll(ty);
        tx.retainAll(ty);
        double jaccard = (double) tx.size() / union.size();
        int d = levenshtein(x, y);
        double edit = 1.0 - (double) d / Math.max(x.length(), y.length());
        return Math.max(jaccard, edit);
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static Map<String, ElementRef> keyed(List<ElementRef> refs) {
        Map<String, ElementRef> m = new LinkedHashMap<>();
        refs.forEach(r -> m.putIfAbsent(r.id(), r));
        return m;
    }
}
