package vn.ndaf.api.graphql.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserMessagesTest {

    @Test
    void translate_SaysWhatKindOfValueAnAttributeTakes_WhenTheMessageNamesAMetamodelType() {
        assertThat(UserMessages.translate("'abc' is not a valid Database.securityLevel; expected a EInt"))
                .isEqualTo("the attribute securityLevel of Database takes a whole number, not 'abc'");
        assertThat(UserMessages.translate("'maybe' is not a valid Database.personalData; expected a EBooleanObject"))
                .isEqualTo("the attribute personalData of Database takes true or false, not 'maybe'");
    }

    @Test
    void translate_NamesTheReference_InsteadOfTheStoredRelationshipType() {
        String message = "Cannot delete Database 'Đất đai' (id db) while these refer to it; remove them first:\n"
                + "  ElementNode 'Đất đai' (a1/n1) -ELEMENT-> Database 'Đất đai' (a1/db)\n  Connection (a1/c1) -SOURCE_NODE-> ElementNode (a1/n1)";
        String translated = UserMessages.translate(message);
        assertThat(translated).doesNotContain("-ELEMENT->", "-SOURCE_NODE->")
                .contains("ElementNode 'Đất đai' (a1/n1) refers, as its element, to Database 'Đất đai' (a1/db)")
                .contains("Connection (a1/c1) refers, as its sourceNode, to ElementNode (a1/n1)");
    }

    @Test
    void translate_DropsTheEnginesPrefixAndJavaClassNames() {
        assertThat(UserMessages.translate("Validation error (FieldUndefined@[architecture/nope]) : Field 'nope' in type 'Architecture' is undefined"))
                .isEqualTo("Field 'nope' in type 'Architecture' is undefined");
        assertThat(UserMessages.translate("Failed to convert value of type 'java.lang.String' to required type 'java.lang.Integer'"))
                .isEqualTo("Failed to convert value of type 'text' to required type 'a whole number'");
    }
}
