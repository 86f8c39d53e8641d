package vn.ndaf.analysis;

import java.util.List;
import java.util.Set;

import vn.ndaf.repository.RuleQueries;

/** A rule over the whole graph (a Cypher rule file of the repository), for some architectures or all. */
public interface StoreRule extends Rule {

    /**
     * The findings for the given architectures, or for every stored architecture when {@code architectures}
     * is null; severities are the default ones (the checker applies the profile).
     */
    List<Finding> run(RuleQueries queries, Set<String> architectures);
}
