package vn.ndaf.framework.registry;

/** A group of bodies the plan names as lead or co-operating (ALL_PROVINCES, ...): a valid code, but not a body. */
public record PseudoGroup(String code, String nameVi, String nameEn) {
}
