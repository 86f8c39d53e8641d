package vn.ndaf.cli;

import java.io.PrintWriter;
import java.util.Locale;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.registry.Predecessor;
import vn.ndaf.framework.registry.Predecessors;
import vn.ndaf.framework.registry.UnitPredecessors;

/** {@code ndaf bodies --predecessors CODE}: what a province or commune was formed from, as text or tab-separated. */
final class PredecessorsOutput {

    static final String HEADER = "code\tname\ttier\tprovince\tcame\tunchanged\tpublished";

    private PredecessorsOutput() {
    }

    static void print(PrintWriter out, ReferenceData data, String code, String format) {
        String f = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("tsv")) {
            throw new CommandException("--format is text or tsv, not '" + format + "'");
        }
        Predecessors all = data.predecessors();
        UnitPredecessors unit = all.of(code).orElseThrow(() -> new CommandException(unknown(data, all, code)));
        if (f.equals("tsv")) {
            out.println(HEADER);
            for (Predecessor p : unit.predecessors()) {
                out.println(String.join("\t", nz(p.code()), p.name(), p.tier(), nz(p.provinceCode()), p.whole() ? "whole" : "part",
                        Boolean.toString(unit.unchanged()), p.published()));
            }
        } else {
            Body body = data.registry().find(unit.code()).orElseThrow();
            String where = unit.parentCode() == null ? "" : ", " + data.registry().find(unit.parentCode()).map(Body::fullNameVi).orElse(unit.parentCode());
            if (unit.unchanged()) {
                out.println(unit.code() + " " + body.fullNameVi() + where + ": unchanged on 1 July 2025 (giữ nguyên)");
            } else {
                out.println(unit.code() + " " + body.fullNameVi() + where + ": formed on 1 July 2025 from " + unit.predecessors().size()
                        + (unit.predecessors().size() == 1 ? " unit" : " units"));
            }
            for (Predecessor p : unit.predecessors()) {
                out.println("  " + (p.code() == null ? "(no code)" : p.code()) + "  " + p.name() + "  " + p.tier() + (p.whole() ? ", whole" : ", in part")
                        + (p.code() == null ? "  [not resolved in the list before the reform: " + p.published() + "]" : ""));
            }
            if (!unit.unchanged()) {
                out.println("Published: " + unit.published());
            }
        }
        out.flush();
    }

    private static String unknown(ReferenceData data, Predecessors all, String code) {
        return all.retired(code, data.registry()).map(r -> r.message() + ". Ask for the unit it is part of now.")
                .orElseGet(() -> data.registry().find(code).isPresent() ? code + " is a central body; only provinces and communes have predecessors"
                        : "No province or commune has the code " + code + " (see ndaf bodies --tier province)");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
