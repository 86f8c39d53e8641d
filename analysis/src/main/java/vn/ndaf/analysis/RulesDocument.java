package vn.ndaf.analysis;

import java.util.List;
import java.util.Optional;

/**
 * docs/rules.md, generated from the registry and the shipped profiles so that it cannot drift from the
 * rules. {@code RulesDocumentTest} fails when the file differs; run it with {@code -Dndaf.writeRulesDoc=true}
 * to write the file again.
 */
public final class RulesDocument {

    private RulesDocument() {
    }

    public static String generate(RuleRegistry registry) {
        List<Profile> profiles = Profile.SHIPPED.stream().map(Profile::named).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("# Rules\n\n");
        sb.append("<!-- Generated from the rule registry (vn.ndaf.analysis.RuleRegistry) and the profiles; do not edit. Regenerate with\n");
        sb.append("     mvn -B -pl analysis -am test -Dtest=RulesDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dndaf.writeRulesDoc=true -->\n\n");
        sb.append("Every check ndaf makes is a rule with a stable id and a default severity (ERROR, WARNING, INFO). A profile changes\n");
        sb.append("severities or switches rules off (`off`); without `--profile` the defaults apply. `./ndaf check ARCHITECTURE_ID\n");
        sb.append("[--profile NAME]` and `./ndaf check --all` run them; GraphQL reads the stored findings (`findings`, `nationalSummary`).\n");
        sb.append("Each rule is one unit: a Java class, a SHACL shape (framework-templates) or a Cypher file (repository).\n\n");
        sb.append("- **Model checks** follow Archi's validator (com.archimatetool.hammer, its eight checkers): the same objects are reported\n");
        sb.append("  (`ArchiCheckersAgreementTest` compares them on the real models of ../shared/testdata). Viewpoints and their allowed\n");
        sb.append("  element types are data: `metamodel/model/viewpoints.tsv` beside the relationship table.\n");
        sb.append("- **Framework conformance** wraps the framework's template conformance (docs/templates.md) and runs the SHACL shapes of\n");
        sb.append("  `framework-templates/src/main/resources/vn/ndaf/framework/data/shapes/framework-rules.ttl` with Apache Jena SHACL over\n");
        sb.append("  the architecture's RDF form (docs/rdf-vocabulary.md); a framework authority can edit and publish the shapes without Java.\n");
        sb.append("- **Cross-body rules** are parameterised Cypher files of `repository` (`vn/ndaf/repository/rules/`, run by `RuleQueries`):\n");
        sb.append("  their header gives id, severity, title and message; they read the whole graph, restricted to the checked architectures.\n");
        sb.append("- **Stored findings.** Every write the server commits re-checks the written architecture and replaces its findings in\n");
        sb.append("  the store (`:Finding`, `:FindingSummary`, ADR 0010), after the write has returned; a read of findings waits for the\n");
        sb.append("  re-checks of the writes before it (ADR 0024). `ndaf check` stores what it finds. Stored findings carry the\n");
        sb.append("  default severities. GraphQL (`analysis.graphqls`): `findings` on `Query`, `Architecture` and `Body`, filtered by\n");
        sb.append("  rule, severity and body set, paginated with `totalCount` and counts per severity; `nationalSummary` gives counts per\n");
        sb.append("  rule by tier, kind and province and the readiness of each architecture (shares of required blocks present, required\n");
        sb.append("  platforms used, national and specialised databases synchronised, plan tasks on time; the score is their mean).\n");
        sb.append("- **Lateness** is judged on the day of the check (UTC).\n\n");
        sb.append("Profiles: ");
        sb.append("`" + Profile.DEFAULT + "` (" + Profile.defaults().description() + ")");
        for (Profile p : profiles) {
            sb.append(", `").append(p.name()).append("` (").append(p.description()).append(")");
        }
        sb.append(".\n");
        for (String group : RuleRegistry.GROUPS) {
            sb.append("\n## ").append(heading(group)).append("\n\n");
            sb.append("| rule | default |");
            profiles.forEach(p -> sb.append(" ").append(p.name()).append(" |"));
            sb.append(" what it finds | unit | source |\n|---|---|");
            profiles.forEach(p -> sb.append("---|"));
            sb.append("---|---|---|\n");
            for (Rule r : registry.all()) {
                if (!r.group().equals(group)) {
                    continue;
                }
                sb.append("| `").append(r.id()).append("` | ").append(r.defaultSeverity()).append(" |");
                for (Profile p : profiles) {
                    Optional<Severity> s = p.severityOf(r);
                    sb.append(" ").append(s.map(Enum::name).orElse("off")).append(" |");
                }
                sb.append(" ").append(cell(r.title())).append(" | ").append(cell(r.unit())).append(" | ").append(cell(r.reference())).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String heading(String group) {
        return switch (group) {
            case "model" -> "Model checks (Archi's validator)";
            case "invariant" -> "Metamodel invariants";
            case "framework" -> "Framework conformance";
            case "cross-body" -> "Cross-body consistency";
            default -> group;
        };
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
