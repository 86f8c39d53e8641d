package vn.ndaf.framework.template;

import java.util.List;

/** What {@link TemplateConformance} found for one architecture against one template. */
public record ConformanceReport(String template, String templateVersion, List<Finding> findings) {

    public ConformanceReport {
        findings = List.copyOf(findings);
    }

    /** Whether nothing required is missing (unresolved references to a parent's future architecture do not count). */
    public boolean conforms() {
        return findings.stream().allMatch(f -> f.kind() == Finding.Kind.UNRESOLVED);
    }

    public List<String> subjects(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).map(Finding::subject).toList();
    }

    public List<String> missingBlocks() {
        return subjects(Finding.Kind.MISSING_BLOCK);
    }

    public List<String> missingPlatforms() {
        return subjects(Finding.Kind.MISSING_PLATFORM);
    }

    public List<String> missingRelationships() {
        return subjects(Finding.Kind.MISSING_RELATIONSHIP);
    }

    public List<String> unresolved() {
        return subjects(Finding.Kind.UNRESOLVED);
    }
}
