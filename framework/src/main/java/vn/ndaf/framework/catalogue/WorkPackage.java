package vn.ndaf.framework.catalogue;

import java.util.List;

/**
 * A task of the plan 214/NQ-CP: lead and co-operating bodies (codes or pseudo-groups), deadline (ISO date
 * or null), funding (FundingSource literal), and an observed status where a public source shows one.
 */
public record WorkPackage(String code, String group, String titleVi, String titleEn, String lead, boolean leadInferred, List<String> cooperating,
        String deadline, String funding, String status, String completedOn, String outcome, String duplicateOf, boolean uncertain, String note) {

    public WorkPackage {
        cooperating = List.copyOf(cooperating);
    }
}
