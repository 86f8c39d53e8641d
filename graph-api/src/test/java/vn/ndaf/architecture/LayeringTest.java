package vn.ndaf.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering of docs/architecture.md: metamodel <- repository <- graph-api, metamodel <- interop and
 * metamodel <- framework (neither touching the store), the metamodel on EMF only,
 * Neo4j and Cypher only in the repository, the viewer on GraphQL only.
 */
class LayeringTest {

    private static final JavaClasses NDAF = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ndaf");
    /** The repository root, seen from graph-api's folder where Maven runs this test. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A Cypher clause followed by a pattern or a parameter: what a query in a Java string or a script looks like. */
    private static final Pattern CYPHER = Pattern.compile("\\b(MATCH|MERGE|UNWIND|DETACH DELETE|CREATE (CONSTRAINT|INDEX|FULLTEXT))\\b\\s*[(\\$:]?");

    @Test
    void metamodel_DependsOnEmfOnly() {
        noClasses().that().resideInAPackage("vn.ndaf.metamodel..")
                .should().dependOnClassesThat().resideOutsideOfPackages("vn.ndaf.metamodel..", "org.eclipse.emf..", "java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..")
                .check(NDAF);
    }

    @Test
    void repository_DoesNotDependOnTheServerOrTheCommandLine() {
        noClasses().that().resideInAPackage("vn.ndaf.repository..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.ndaf.api..", "vn.ndaf.cli..", "org.springframework..")
                .check(NDAF);
    }

    @Test
    void interopAndFramework_DependOnTheMetamodelNotOnTheStoreOrTheServer() {
        noClasses().that().resideInAnyPackage("vn.ndaf.interop..", "vn.ndaf.framework..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.ndaf.repository..", "vn.ndaf.api..", "vn.ndaf.cli..", "org.springframework..")
                .allowEmptyShould(true).check(NDAF);
    }

    @Test
    void analysis_DoesNotDependOnTheServerOrTheCommandLine() {
        noClasses().that().resideInAPackage("vn.ndaf.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.ndaf.api..", "vn.ndaf.cli..", "org.springframework..")
                .allowEmptyShould(true).check(NDAF);
    }

    @Test
    void interopAndFramework_DoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("vn.ndaf.interop..").should().dependOnClassesThat().resideInAPackage("vn.ndaf.framework..")
                .allowEmptyShould(true).check(NDAF);
        noClasses().that().resideInAPackage("vn.ndaf.framework..").should().dependOnClassesThat().resideInAPackage("vn.ndaf.interop..")
                .allowEmptyShould(true).check(NDAF);
    }

    /**
     * The store's readers and writers, and what reads or writes through them: only the service layer
     * ({@code vn.ndaf.service}) calls them. Value records (ObjectRecord, RevisionInfo, SaveResult, ChangeEntry,
     * FindingStore.Filter, an analysis's Result, ...) cross freely: they are nested or separate classes, not these.
     */
    static final List<String> STORE_ACCESS = List.of(
            // repository: every class that runs a transaction
            "vn.ndaf.repository.ArchitectureRepository", "vn.ndaf.repository.ObjectQueries", "vn.ndaf.repository.ObjectEdits",
            "vn.ndaf.repository.GraphReads", "vn.ndaf.repository.GraphWrites", "vn.ndaf.repository.FindingStore", "vn.ndaf.repository.GapQueries",
            "vn.ndaf.repository.RuleQueries", "vn.ndaf.repository.History", "vn.ndaf.repository.ChangeHistory", "vn.ndaf.repository.StoreMarks",
            "vn.ndaf.repository.StoreBackup",
            "vn.ndaf.repository.Transactions", "vn.ndaf.repository.WriteChecks", "vn.ndaf.repository.Positions", "vn.ndaf.repository.Referrers",
            "vn.ndaf.repository.ReviewStore",
            // analysis: checks, live findings and analyses that read the store
            "vn.ndaf.analysis.StoreChecker", "vn.ndaf.analysis.LiveFindings", "vn.ndaf.analysis.StoredReferenceResolver",
            "vn.ndaf.analysis.gaps.PlateauGaps", "vn.ndaf.analysis.gaps.StateGaps", "vn.ndaf.analysis.gaps.Coverage", "vn.ndaf.analysis.gaps.DataGaps",
            "vn.ndaf.analysis.gaps.Duplicates", "vn.ndaf.analysis.gaps.Schedule", "vn.ndaf.analysis.report.BodyReport",
            // the store's reference data and the writes made of framework data, which the services run
            "vn.ndaf.api.bootstrap.StoreBootstrap", "vn.ndaf.api.bootstrap.StoredRegistry", "vn.ndaf.api.bootstrap.ArchitectureFromTemplate",
            "vn.ndaf.api.bootstrap.NationGeneration", "vn.ndaf.api.bootstrap.ArchitectureConsolidation",
            // the import and export the transfer service runs
            "vn.ndaf.service.ModelTransfer");

    private static final DescribedPredicate<JavaClass> STORE_ACCESS_CLASSES = DescribedPredicate.describe("the store's readers and writers " + STORE_ACCESS,
            c -> STORE_ACCESS.contains(c.getName()));

    /**
     * One service layer beneath GraphQL and the command line (docs/adr/0019-one-service-layer.md): no resolver, web
     * page or command reaches the store but through a service of {@code vn.ndaf.service}, which asks the access
     * policy and writes the audit. Exceptions, each for a reason: {@code vn.ndaf.api.bootstrap} is itself run by the
     * services and by the server's start (reference data before the first request); opening and closing the
     * store ({@code Neo4jStore}, {@code StoreSettings}) is not access to its content and stays with the server's and
     * the commands' start.
     */
    @Test
    void graphQlAndCommands_ReachTheStoreOnlyThroughTheServices() {
        noClasses().that().resideInAnyPackage("vn.ndaf.api..", "vn.ndaf.cli..").and().resideOutsideOfPackage("vn.ndaf.api.bootstrap..")
                .should().dependOnClassesThat(STORE_ACCESS_CLASSES)
                .check(NDAF);
    }

    private static final DescribedPredicate<JavaMethod> TAKING_A_CALLER_FIRST = DescribedPredicate.describe("take a Caller first",
            m -> !m.getRawParameterTypes().isEmpty() && m.getRawParameterTypes().get(0).getName().equals("vn.ndaf.service.Caller"));

    private static final ArchCondition<JavaMethod> GO_THROUGH_THE_GUARD = new ArchCondition<>("ask the access policy and write the audit through Guard") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean guarded = method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().getName().equals("vn.ndaf.service.Guard"));
            events.add(new SimpleConditionEvent(method, guarded, method.getFullName() + (guarded ? " calls" : " does not call") + " Guard"));
        }
    };

    /**
     * Every public service method with a caller asks the access policy (and, for a write, the audit) before its work: the
     * call sites are complete. Not the Guard's own collaborators (the policies and audit logs it calls), nor the
     * accounts, which are ADMIN's alone and check that and record their events themselves (docs/security.md).
     */
    @Test
    void everyServiceMethodWithACaller_GoesThroughTheGuard() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("vn.ndaf.service").and().areDeclaredInClassesThat().areNotInterfaces()
                .and().areDeclaredInClassesThat().areNotAssignableTo(vn.ndaf.service.AccessPolicy.class)
                .and().areDeclaredInClassesThat().areNotAssignableTo(vn.ndaf.service.AuditLog.class)
                .and().areDeclaredInClassesThat().areNotAssignableTo(vn.ndaf.service.Accounts.class)
                .and().arePublic().and(TAKING_A_CALLER_FIRST)
                .should(GO_THROUGH_THE_GUARD).check(NDAF);
    }

    @Test
    void guardRule_WouldCatchAServiceMethodThatSkipsTheGuard() {
        JavaClasses fixture = new ClassFileImporter().importClasses(vn.ndaf.service.UnguardedServiceFixture.class);
        var rule = methods().that().areDeclaredIn(vn.ndaf.service.UnguardedServiceFixture.class).and().arePublic().and(TAKING_A_CALLER_FIRST)
                .should(GO_THROUGH_THE_GUARD);
        assertThat(rule.evaluate(fixture).hasViolation()).isTrue();
    }

    @Test
    void storeAccessRule_WouldCatchAResolverOnTheRepository() {
        JavaClasses offender = new ClassFileImporter().importClasses(ResolverOnTheRepository.class, vn.ndaf.repository.ArchitectureRepository.class);
        var rule = noClasses().that().haveFullyQualifiedName(ResolverOnTheRepository.class.getName()).should().dependOnClassesThat(STORE_ACCESS_CLASSES);
        assertThat(rule.evaluate(offender).hasViolation()).isTrue();
    }

    /** What the rule refuses: a resolver holding the repository. */
    static final class ResolverOnTheRepository {
        Object summary(vn.ndaf.repository.ArchitectureRepository repository, String id) {
            return repository.summary(id);
        }
    }

    @Test
    void neo4j_IsUsedOnlyByTheRepository() {
        noClasses().that().resideOutsideOfPackage("vn.ndaf.repository..")
                .should().dependOnClassesThat().resideInAPackage("org.neo4j..")
                .check(NDAF);
    }

    @Test
    void cypher_AppearsOnlyInTheRepository() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(ROOT.resolve("repository")))
                    // a benchmark's anchor is the same question as hand-written Cypher through the bare driver, by design
                    .filter(p -> !p.startsWith(ROOT.resolve("benchmarks")))
                    .filter(p -> ROOT.relativize(p).toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> p.toString().matches(".*\\.(java|js|html|cypher|cql|graphqls|yaml|yml|json|properties)$"))
                    .forEach(p -> {
                        if (p.toString().endsWith(".cypher") || p.toString().endsWith(".cql")) {
                            offenders.add(ROOT.relativize(p) + " (Cypher file)");
                            return;
                        }
                        try {
                            String text = Files.readString(p);
                            if (CYPHER.matcher(text).find()) {
                                offenders.add(ROOT.relativize(p).toString());
                            }
                        } catch (IOException e) {
                            offenders.add(ROOT.relativize(p) + " (unreadable: " + e.getMessage() + ")");
                        }
                    });
        }
        assertThat(offenders).as("files outside repository/ that hold Cypher").isEmpty();
    }

    @Test
    void cypherScan_WouldCatchAQuery() {
        assertThat(CYPHER.matcher("String q = \"MATCH (n:Identified) RETURN n\";").find()).isTrue();
        assertThat(CYPHER.matcher("UNWIND $rows AS r").find()).isTrue();
        assertThat(CYPHER.matcher("a match between two strings").find()).isFalse();
    }
}
