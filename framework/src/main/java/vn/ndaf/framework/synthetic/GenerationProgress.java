package vn.ndaf.framework.synthetic;

/** How far a generation is: architectures done of the total, and the elements and relationships so far. */
public record GenerationProgress(int done, int total, long elements, long relationships) {
}
