package vn.ndaf.analysis;

import java.util.Locale;

/** How serious a finding is. A profile may change a rule's severity or switch the rule off. */
public enum Severity {
    /** The architecture breaks the language or the framework: fix it. */
    ERROR,
    /** Probably wrong or incomplete: look at it. */
    WARNING,
    /** Advice. */
    INFO;

    /** The severity named {@code ERROR}, {@code warning}, ...; fails naming the allowed values. */
    public static Severity of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a severity; use ERROR, WARNING or INFO");
        }
    }
}
