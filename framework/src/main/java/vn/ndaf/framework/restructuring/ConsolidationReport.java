package vn.ndaf.framework.restructuring;

import java.util.List;
import java.util.Map;

/**
 * What a consolidation found (docs/bodies.md, "Consolidation"): for each block of the successor's template,
 * which predecessors provide it; the duplicates to consolidate (a block two or more predecessors provide),
 * the gaps (a block none provides), potential matches among the other elements (same type and name once the
 * units' names are left out), and the national references merged into one. Every list is a list, empty when
 * there is nothing; bodies are given by their codes.
 */
public record ConsolidationReport(String body, String architecture, String template, List<PredecessorArchitecture> predecessors,
        List<BlockCoverage> blocks, List<BlockCoverage> duplicates, List<Gap> gaps, List<PotentialMatch> potentialMatches,
        List<MergedReference> mergedNationalReferences, boolean conforms, List<String> findings, Map<String, Integer> counts) {

    public static final String PROVIDED = "provided";
    public static final String DUPLICATE = "duplicate";
    public static final String GAP = "gap";

    /** A predecessor's architecture: its id, the body it is stored under, the pre-reform unit it was the architecture of (code), its name. */
    public record PredecessorArchitecture(String architecture, String body, String formerUnit, String formerName, String name) {
    }

    /** An element of a predecessor: where it came from and its id in the consolidated architecture. */
    public record Provider(String architecture, String body, String formerUnit, String id, String name, String type, String consolidatedId) {
    }

    /** A template block and the predecessors' elements that are it; {@code status} is provided, duplicate or gap. */
    public record BlockCoverage(String key, String name, String type, boolean required, String status, List<Provider> providers) {
    }

    /** A block no predecessor provides; {@code filledFromTemplate} when the consolidated architecture has the template's element for it. */
    public record Gap(String key, String name, String type, boolean required, boolean filledFromTemplate, String consolidatedId) {
    }

    /** Elements of different predecessors of one type and name (the units' names left out): candidates to consolidate. */
    public record PotentialMatch(String type, String name, List<Provider> elements) {
    }

    /** A reference to the national architecture (or an own copy of a national platform) two or more predecessors had, kept once. */
    public record MergedReference(String id, String name, String type, List<String> architectures) {
    }
}
