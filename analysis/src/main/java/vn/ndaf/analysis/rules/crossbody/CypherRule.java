package vn.ndaf.analysis.rules.crossbody;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ndaf.analysis.Finding;
import vn.ndaf.analysis.Severity;
import vn.ndaf.analysis.StoreRule;
import vn.ndaf.repository.RuleQueries;
import vn.ndaf.repository.RuleQueries.RuleFile;

/**
 * A cross-body rule: a Cypher rule file of the repository ({@code vn/ndaf/repository/rules/}), whose header
 * gives the id, severity, title and message template ({@code {column}} stands for a column of the row), and
 * whose rows carry {@code architecture}, {@code body}, {@code id}, {@code name} and the columns the message names.
 */
public final class CypherRule implements StoreRule {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** Codes that stand for groups of bodies (every ministry, companion enterprises): a task may name them as lead or co-operating body. */
    private static final List<String> PSEUDO_GROUPS = vn.ndaf.framework.ReferenceData.standard().registry().pseudoGroups().stream()
            .map(vn.ndaf.framework.registry.PseudoGroup::code).toList();

    private final RuleFile file;

    private CypherRule(RuleFile file) {
        this.file = file;
    }

    public static List<CypherRule> all() {
        return RuleQueries.files().stream().map(CypherRule::new).toList();
    }

    @Override
    public String id() {
        return file.header("rule");
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.of(file.header("severity"));
    }

    @Override
    public String title() {
        return file.header("title");
    }

    @Override
    public String reference() {
        return file.header("reference");
    }

    @Override
    public String unit() {
        return "Cypher `repository/src/main/resources/vn/ndaf/repository/rules/" + file.name() + ".cypher`";
    }

    @Override
    public String group() {
        return "cross-body";
    }

    @Override
    public List<Finding> run(RuleQueries queries, Set<String> architectures) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Object> params = Map.of("pseudoGroups", PSEUDO_GROUPS);
        for (Map<String, Object> row : queries.run(file.name(), architectures == null ? null : List.copyOf(architectures), params)) {
            findings.add(new Finding(id(), defaultSeverity(), str(row.get("architecture")), str(row.get("body")), str(row.get("id")), str(row.get("name")),
                    message(row)));
        }
        return findings;
    }

    private String message(Map<String, Object> row) {
        Matcher m = PLACEHOLDER.matcher(file.header("message"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Object v = row.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "(none)" : v.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
