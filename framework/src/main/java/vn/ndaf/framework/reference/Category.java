package vn.ndaf.framework.reference;

/** A category of a reference model, e.g. ARM.01.03 (the ministry- or province-level LGSP). */
public record Category(String code, String referenceModel, String nameVi, String nameEn) {

    /** The code of the category this one refines (ARM.01 for ARM.01.03), or null for a top-level category. */
    public String parentCode() {
        int dot = code.lastIndexOf('.');
        String parent = code.substring(0, dot);
        return parent.indexOf('.') < 0 ? null : parent;
    }
}
