package vn.ndaf.framework.synthetic;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.registry.Body;

/**
 * One architecture of the synthetic nation, as handed to the sink.
 *
 * @param key a stable key ({@code syn-<body code>}), usable as the architecture's id in the store
 */
public record GeneratedArchitecture(String key, Body body, String template, EObject root, int elements, int relationships) {
}
