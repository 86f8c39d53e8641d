package vn.ndaf.framework.synthetic;

/**
 * One deviation planted in the synthetic nation.
 *
 * @param architecture the key of the generated architecture (also its id in the store when stored by key)
 * @param elementId    the element that deviates; for a missing block, the id the block would have had (its key)
 * @param detail       what exactly, for people (e.g. the national platform a system duplicates)
 */
public record PlantedDeviation(DeviationKind kind, String bodyCode, String architecture, String elementId, String detail) {
}
