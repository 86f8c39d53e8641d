package vn.ndaf.analysis;

/** A rule that looks at one architecture's model (and the framework's reference data) only. */
public interface ModelRule extends Rule {

    void check(ModelContext context);
}
