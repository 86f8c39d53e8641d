package vn.ndaf.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is what the registry generates, so it cannot drift. To write it again after changing a
 * rule: {@code mvn -B -pl analysis -am test -Dtest=RulesDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dndaf.writeRulesDoc=true}.
 */
class RulesDocumentTest {

    private static final Path DOC = TestData.root().resolve("docs/rules.md");

    @Test
    void docsRulesMd_IsWhatTheRegistryGenerates() throws IOException {
        String generated = RulesDocument.generate(RuleRegistry.standard());
        if (Boolean.getBoolean("ndaf.writeRulesDoc")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("docs/rules.md is out of date; regenerate it (see this test's comment)")
                .isEqualTo(generated);
    }

    @Test
    void document_ListsEveryRuleOnce() {
        String generated = RulesDocument.generate(RuleRegistry.standard());
        for (Rule r : RuleRegistry.standard().all()) {
            assertThat(generated).as(r.id()).containsOnlyOnce("| `" + r.id() + "` |");
        }
    }

    @Test
    void profiles_NameOnlyRulesThatExist() {
        Set<String> ids = RuleRegistry.standard().all().stream().map(Rule::id).collect(Collectors.toSet());
        for (String name : Profile.SHIPPED) {
            assertThat(ids).as("rules of profile " + name).containsAll(Profile.named(name).overrides().keySet());
        }
    }

    @Test
    void profile_Unknown_IsRefusedNamingTheProfiles() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Profile.named("strict")).hasMessageContaining("'strict'").hasMessageContaining("basic")
                .hasMessageContaining("complete");
    }

    @Test
    void profile_ChangesSeverities_AndSwitchesRulesOff() {
        Rule unused = RuleRegistry.standard().find("archimate.element.unused").orElseThrow();
        Rule steward = RuleRegistry.standard().find("framework.database.steward").orElseThrow();
        assertThat(Profile.defaults().severityOf(unused)).contains(Severity.WARNING);
        assertThat(Profile.named("basic").severityOf(unused)).isEmpty();
        assertThat(Profile.named("complete").severityOf(steward)).contains(Severity.ERROR);
        var findings = Checker.standard().check(RuleFixturesTest.database("national", null, "real_time"), "fx", Profile.named("complete"));
        assertThat(findings).filteredOn(f -> f.rule().equals(steward.id())).extracting(Finding::severity).containsOnly(Severity.ERROR).isNotEmpty();
    }
}
