package vn.ndaf.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import vn.ndaf.metamodel.Models;

class SearchIT {

    private final ArchitectureRepository repository = new ArchitectureRepository(TestStore.get().driver());
    private final ObjectQueries queries = new ObjectQueries(TestStore.get().driver());

    @Test
    void search_FindsNamesWithoutAccents_WithinOneArchitecture() {
        String marker = "Zq" + ArchitectureRepository.newArchitectureId();
        EObject a = Models.architecture("s", "Search");
        Models.set(a, "bodyCode", "01");
        Models.element(a, "BusinessActor", "hn", "Ủy ban nhân dân Thành phố Hà Nội " + marker);
        EObject db = Models.element(a, "Database", "db", "Cơ sở dữ liệu đất đai " + marker);
        Models.set(db, "documentation", "Đồng bộ thời gian thực về Trung tâm dữ liệu quốc gia");
        String uid = repository.create(a, WriteRequest.by("test", "")).uid();

        assertThat(queries.search("ha noi " + marker, null, null, 10)).extracting(ObjectRecord::id).containsExactly("hn");
        assertThat(queries.search("dat dai " + marker, uid, null, 10)).extracting(ObjectRecord::id).containsExactly("db");
        assertThat(queries.search("trung tam du lieu quoc gia", uid, null, 10)).extracting(ObjectRecord::id).containsExactly("db");
        assertThat(queries.search(marker, null, "79", 10)).isEmpty();
        assertThat(queries.search(marker, null, "01", 10)).hasSize(2);
    }

    @Test
    void search_FindsWhatWasJustWritten_ThoughTheIndexIsUpdatedAfterTheCommit() {
        try (org.neo4j.driver.Session session = TestStore.get().driver().session()) {
            boolean eventual = session.executeRead(tx -> tx.run("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'concept_text' RETURN options")
                    .single().get(0).get("indexConfig").get("fulltext.eventually_consistent").asBoolean());
            assertThat(eventual).isTrue();
        }
        for (int round = 0; round < 5; round++) {
            String marker = "Zr" + ArchitectureRepository.newArchitectureId();
            EObject a = Models.architecture("s" + round, "Search " + round);
            for (int i = 0; i < 300; i++) {
                Models.element(a, "ApplicationComponent", "c" + i, "Thành phần " + i + " " + marker);
            }
            repository.create(a, WriteRequest.by("test", ""));
            assertThat(queries.search(marker, null, null, 500)).as("round " + round).hasSize(300);
        }
    }

    @Test
    void search_TreatsLuceneSyntaxAsPlainText() {
        String marker = "Zs" + ArchitectureRepository.newArchitectureId();
        EObject a = Models.architecture("syntax", "Syntax");
        Models.element(a, "ApplicationComponent", "odd", "Cổng a:b (c] \"d ~ * " + marker);
        Models.element(a, "ApplicationComponent", "plain", "Cổng a b c d " + marker);
        Models.element(a, "ApplicationComponent", "other", "Cổng x y " + marker);
        String uid = repository.create(a, WriteRequest.by("test", "")).uid();
        // the special characters are plain text: "a:b" is the word of the first name (not field a), no range, phrase, fuzzy or wildcard query
        assertThat(queries.search("a:b (c] \"d ~ * " + marker, uid, null, 5)).extracting(ObjectRecord::id).containsExactly("odd");
        assertThat(queries.search("(c] " + marker, uid, null, 5)).extracting(ObjectRecord::id).containsExactlyInAnyOrder("odd", "plain");
        // as a wildcard "Cổ*" would find every "Cổng", as a fuzzy query "congg~" too; as words they find nothing
        assertThat(queries.search("Cổ* " + marker, uid, null, 5)).isEmpty();
        assertThat(queries.search("congg~ " + marker, uid, null, 5)).isEmpty();
        assertThatThrownBy(() -> queries.search("   ", null, null, 5)).hasMessageContaining("at least one word");
    }

    @Test
    void search_TakesOperatorsQuotesDashesAndBracketsAsWords_NeverAsQuerySyntax() {
        String marker = "Zo" + ArchitectureRepository.newArchitectureId();
        EObject a = Models.architecture("o", "Operators");
        Models.element(a, "ApplicationComponent", "portal", "Cổng dịch vụ công " + marker);
        Models.element(a, "ApplicationComponent", "lgsp", "Nền tảng tích hợp LGSP " + marker);
        repository.create(a, WriteRequest.by("test", ""));

        // operators are words (or, being common, ignored): "OR" does not widen the search to either word, "NOT" does not exclude
        assertThat(queries.search("cong OR lgsp " + marker, null, null, 10)).isEmpty();
        assertThat(queries.search("cong AND lgsp " + marker, null, null, 10)).isEmpty();
        assertThat(queries.search("lgsp NOT " + marker, null, null, 10)).extracting(ObjectRecord::id).isSubsetOf("lgsp");
        // a dash is not exclusion, a quote is not a phrase, brackets need not balance, * and ~ are not wildcards or fuzziness
        assertThat(queries.search("-lgsp " + marker, null, null, 10)).extracting(ObjectRecord::id).containsExactly("lgsp");
        assertThat(queries.search("\"cong " + marker, null, null, 10)).extracting(ObjectRecord::id).containsExactly("portal");
        assertThat(queries.search("(lgsp " + marker, null, null, 10)).extracting(ObjectRecord::id).containsExactly("lgsp");
        assertThat(queries.search("lgsp) " + marker + " ((", null, null, 10)).extracting(ObjectRecord::id).containsExactly("lgsp");
        assertThat(queries.search("lgs* " + marker, null, null, 10)).isEmpty();
        assertThat(queries.search("lgsx~ " + marker, null, null, 10)).isEmpty();
        for (String hostile : new String[] { "OR", "AND", "NOT", "\"", "-", "(", ")", "*", "~", "\\", "||", "&&", "a OR", "\"unclosed", "[x TO", "{", "^2", "?", "/re/" }) {
            assertThat(queries.search(hostile + " " + marker, null, null, 10)).as(hostile).hasSizeLessThanOrEqualTo(2);
        }
    }
}
