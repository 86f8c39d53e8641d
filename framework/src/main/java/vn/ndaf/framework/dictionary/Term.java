package vn.ndaf.framework.dictionary;

/** A term of the shared data dictionary: code, names, definitions, owner body, data layer and block, value type, broader term. */
public record Term(String code, String nameVi, String nameEn, String definitionVi, String definitionEn, String owner, String dataLayer,
        String dataBlock, String dataType, String broader) {
}
