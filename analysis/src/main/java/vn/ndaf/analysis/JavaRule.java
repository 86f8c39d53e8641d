package vn.ndaf.analysis;

/** Base of the rules written as a Java class: the metadata, given once in the constructor. */
public abstract class JavaRule implements ModelRule {

    private final String id;
    private final Severity severity;
    private final String group;
    private final String title;
    private final String reference;

    protected JavaRule(String id, Severity severity, String group, String title, String reference) {
        this.id = id;
        this.severity = severity;
        this.group = group;
        this.title = title;
        this.reference = reference;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String group() {
        return group;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String reference() {
        return reference;
    }

    @Override
    public String unit() {
        return "Java `" + getClass().getName() + "`";
    }
}
