package vn.ndaf.framework.registry;

/**
 * A unit before 1 July 2025 that a province or commune was formed from.
 *
 * @param name          its full name: the pre-reform list's where the name resolved ("Tỉnh Hà Giang", "Phường Trúc Bạch"), else as published
 * @param code          its pre-reform code where the pre-reform list resolves the name unambiguously within the right parent, else null
 * @param tier          its former tier: province, district or commune
 * @param whole         true when the unit came whole, false when only a part of it ("một phần …", "phần còn lại …")
 * @param provinceCode  the pre-reform province it was in (itself for a province), null when unresolved
 * @param published     the fragment of the published text it was read from
 */
public record Predecessor(String name, String code, String tier, boolean whole, String provinceCode, String published) {

    public static final String DISTRICT = "district";

    public boolean resolved() {
        return code != null;
    }
}
