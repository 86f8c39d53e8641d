package vn.ndaf.metamodel.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.metamodel.rules.RelationshipRules.Kind;

class RelationshipRulesTest {

    private final RelationshipRules rules = RelationshipRules.get();
    private final NdafMetamodel mm = NdafMetamodel.get();

    /** The ArchiMate element types of the metamodel (classes carrying their own ArchiMate type). */
    private List<EClass> archimateElementClasses() {
        return mm.eClasses().stream().filter(c -> !c.isAbstract() && mm.isA(c, "Element") && c.getName().equals(mm.archimateType(c))).toList();
    }

    @Test
    void table_CoversEveryPairOfArchimateElementTypes() {
        List<EClass> types = archimateElementClasses();
        assertThat(types).hasSize(61);
        for (EClass source : types) {
            for (EClass target : types) {
                assertThat(rules.allowed(source.getName(), target.getName())).as(source.getName() + " -> " + target.getName())
                        .contains(Kind.ASSOCIATION);
            }
        }
    }

    @Test
    void allows_AgreesWithTheRawTable_ForEverySourceTargetAndRelationship() throws IOException {
        Map<String, String> raw = rawTable();
        int checked = 0;
        for (String source : rules.types()) {
            for (String target : rules.types()) {
                String letters = raw.getOrDefault(source + "\t" + target, "");
                for (Kind kind : Kind.values()) {
                    assertThat(rules.allows(kind, source, target)).as(source + " " + kind + " " + target)
                            .isEqualTo(letters.indexOf(kind.letter()) >= 0);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(62 * 62 * 11);
    }

    @Test
    void allows_OnClasses_UsesTheArchimateTypeOfNationalConcepts() {
        EClass serving = mm.eClass("ServingRelationship");
        for (EClass source : mm.eClasses()) {
            if (source.isAbstract() || !mm.isA(source, "Element")) {
                continue;
            }
            for (EClass target : List.of(mm.eClass("BusinessProcess"), mm.eClass("Database"), mm.eClass("ApplicationComponent"))) {
                assertThat(rules.allows(serving, source, target)).as(source.getName() + " serving " + target.getName())
                        .isEqualTo(rules.allows(Kind.SERVING, mm.archimateType(source), mm.archimateType(target)));
            }
        }
        assertThat(rules.allows(serving, mm.eClass("SharedPlatform"), mm.eClass("Database"))).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} {2} is allowed")
    @CsvSource({
            "ApplicationComponent, SERVING, BusinessProcess",
            "BusinessActor, ASSIGNMENT, BusinessRole",
            "BusinessActor, ASSIGNMENT, BusinessProcess",
            "BusinessProcess, ACCESS, BusinessObject",
            "ApplicationComponent, ASSIGNMENT, ApplicationFunction",
            "ApplicationProcess, REALIZATION, ApplicationService",
            "ApplicationInterface, ASSIGNMENT, ApplicationService",
            "Node, ASSIGNMENT, Artifact",
            "Artifact, REALIZATION, ApplicationComponent",
            "DataObject, REALIZATION, BusinessObject",
            "WorkPackage, REALIZATION, Deliverable",
            "Deliverable, REALIZATION, Plateau",
            "BusinessEvent, TRIGGERING, BusinessProcess",
            "Requirement, REALIZATION, Goal",
            "ApplicationComponent, REALIZATION, Capability",
            "Resource, ASSIGNMENT, Capability",
            "Stakeholder, INFLUENCE, Goal",
            "Product, AGGREGATION, BusinessService",
            "Contract, SPECIALIZATION, BusinessObject",
            "Grouping, COMPOSITION, Relationship",
            "BusinessObject, ASSOCIATION, Relationship"
    })
    void allows_KnownValidTriples(String source, Kind kind, String target) {
        assertThat(rules.allows(kind, source, target)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} {2} is not allowed")
    @CsvSource({
            "DataObject, TRIGGERING, BusinessProcess",
            "DataObject, FLOW, DataObject",
            "BusinessObject, ACCESS, BusinessProcess",
            "BusinessRole, ASSIGNMENT, BusinessActor",
            "Artifact, ASSIGNMENT, Node",
            "BusinessEvent, ASSIGNMENT, BusinessProcess",
            "ApplicationComponent, INFLUENCE, BusinessProcess",
            "Goal, REALIZATION, BusinessProcess",
            "Meaning, REALIZATION, BusinessObject",
            "Stakeholder, ASSIGNMENT, BusinessActor",
            "Capability, REALIZATION, ApplicationComponent",
            "WorkPackage, ACCESS, BusinessObject",
            "Gap, TRIGGERING, Plateau",
            "TechnologyService, COMPOSITION, ApplicationComponent",
            "ApplicationComponent, SPECIALIZATION, Node",
            "BusinessProcess, SERVING, BusinessObject",
            "BusinessObject, COMPOSITION, Relationship",
            "Relationship, ASSOCIATION, Relationship"
    })
    void allows_KnownInvalidTriples(String source, Kind kind, String target) {
        assertThat(rules.allows(kind, source, target)).isFalse();
    }

    @Test
    void access_OnlyEverTargetsPassiveStructure_AcrossTheWholeTable() {
        Set<String> targets = new TreeSet<>();
        for (String source : rules.types()) {
            for (String target : rules.types()) {
                if (!source.equals("Junction") && !source.equals("Grouping") && rules.allows(Kind.ACCESS, source, target)) {
                    targets.add(target);
                }
            }
        }
        assertThat(targets).containsExactlyInAnyOrder("BusinessObject", "Contract", "Representation", "DataObject", "Artifact", "Material", "Deliverable",
                "Grouping", "Junction");
    }

    private static Map<String, String> rawTable() throws IOException {
        Map<String, String> raw = new HashMap<>();
        try (InputStream in = RelationshipRules.class.getResourceAsStream("/vn/ndaf/metamodel/model/relationships.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    raw.put(cells[0] + "\t" + cells[1], cells[2].strip());
                }
            }
        }
        return raw;
    }
}
