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
        String uid = repository.create(a, WriteRequest.by("test", "")).uid();
        // the special characters are plain text: "a:b" is the word of the first name (not field a), no range, phrase, fuzzy or wildcard query
        assertThat(queries.search("a:b (c] \"d ~ * " + marker, uid, null, 5)).extracting(ObjectRecord::id).containsExactly("odd");
        assertThat(queries.search("(c] " + marker, uid, null, 5)).extracting(ObjectRecord::id).containsExactlyInAnyOrder("odd", "plain");
        assertThat(ObjectQueries.luceneQuery("ha  noi")).isEqualTo("ha AND noi");
        assertThat(ObjectQueries.luceneQuery("a:b")).isEqualTo("a\\:b");
        assertThatThrownBy(() -> queries.search("   ", null, null, 5)).hasMessageContaining("at least one word");
    }
}
