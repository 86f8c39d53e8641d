package vn.ndaf.framework.registry;

import java.util.List;

/**
 * A body of the national registry. Provinces and communes are addressed by their official codes (01,
 * 00004), central bodies by ndaf's short codes (BCA). {@code kind} and {@code tier} are the metamodel's
 * BodyKind and BodyTier literals.
 *
 * @param nameVi          short Vietnamese name (Hà Nội, Ba Đình, Bộ Công an)
 * @param fullNameVi      full Vietnamese name with the unit type (Thành phố Hà Nội, Phường Ba Đình); the name for central bodies
 * @param unitType        Tỉnh, Thành phố, Xã, Phường or Đặc khu; null for central bodies
 * @param codeName        the ASCII code name of an administrative unit (ha_noi); null for central bodies
 * @param ownArchitecture whether the body is expected to have an architecture of its own
 */
public record Body(String code, String nameVi, String nameEn, String fullNameVi, String fullNameEn, String kind, String tier, String parentCode,
        String unitType, String codeName, boolean ownArchitecture, boolean uncertain, String note, String kindNote, List<String> sources) {

    public static final String CENTRAL = "central";
    public static final String PROVINCE = "province";
    public static final String COMMUNE = "commune";

    public Body {
        sources = List.copyOf(sources);
    }

    public boolean isCentral() {
        return CENTRAL.equals(tier);
    }

    public boolean isProvince() {
        return PROVINCE.equals(tier);
    }

    public boolean isCommune() {
        return COMMUNE.equals(tier);
    }

    /** The official administrative-unit code of a province or commune (its code), null for a central body. */
    public String administrativeCode() {
        return isCentral() ? null : code;
    }

    /** The full name as used inside a sentence: "thành phố Hà Nội", "phường Ba Đình"; central bodies keep their name. */
    public String unitPhrase() {
        if (isCentral() || fullNameVi.isEmpty()) {
            return fullNameVi;
        }
        return fullNameVi.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + fullNameVi.substring(1);
    }
}
