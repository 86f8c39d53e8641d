package vn.ndaf.framework.template;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.national.NationalIds;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Checks an architecture against a template (docs/templates.md):
 * <ul>
 * <li>every required block is present: an own element of the block's class with its identifying values;</li>
 * <li>every required national platform is used: some relationship joins the platform's element
 *     ({@code p-CODE} of the national architecture) and an own element;</li>
 * <li>every required relationship is present: a relationship of its class from an element that is its
 *     source endpoint to one that is its target endpoint.</li>
 * </ul>
 * A platform use or relationship whose block is missing is not reported again: the missing block is the
 * cause. A relationship into the parent's architecture recorded as {@code ndaf:unresolved} on the
 * architecture is reported as unresolved, which does not break conformance.
 * <p>
 * An element of the parent's architecture is recognised by its class and identifying values. A model loaded
 * from the store holds other architectures' elements as unresolved references (proxies) that carry only
 * their class and id: give a {@code resolver} that loads them, or the parent's element is recognised by
 * its class alone (never a national platform).
 */
public final class TemplateConformance {

    private TemplateConformance() {
    }

    public static ConformanceReport check(EObject architecture, Template template) {
        return check(architecture, template, UnaryOperator.identity());
    }

    /** As {@link #check(EObject, Template)}, resolving references to other architectures with {@code resolver} (which may return its argument). */
    public static ConformanceReport check(EObject architecture, Template template, UnaryOperator<EObject> resolver) {
        List<Finding> findings = new ArrayList<>();
        List<String> presentBlocks = new ArrayList<>();
        for (Block block : template.blocks()) {
            if (!BlockMatcher.find(architecture, block).isEmpty()) {
                presentBlocks.add(block.key());
            } else if (block.required()) {
                findings.add(new Finding(Finding.Kind.MISSING_BLOCK, block.key(), "The required block '" + block.key() + "' (" + block.type() + ", "
                        + block.category() + ") is missing."));
            }
        }
        List<EObject> relationships = Models.list(architecture, "relationships");
        for (PlatformUse use : template.platforms()) {
            if (!use.required() || !presentBlocks.contains(use.blockKey())) {
                continue;
            }
            String platformId = NationalIds.platform(use.code());
            boolean used = relationships.stream().anyMatch(r -> joins(architecture, r, platformId));
            if (!used) {
                findings.add(new Finding(Finding.Kind.MISSING_PLATFORM, use.code(), "The architecture does not use the national platform " + use.code()
                        + "; expected " + use.relationship() + "."));
            }
        }
        List<String> unresolved = Models.<EObject>list(architecture, "properties").stream()
                .filter(p -> TemplateInstantiator.UNRESOLVED.equals(Models.string(p, "key"))).map(p -> Models.string(p, "value")).toList();
        for (ExpectedRelationship expected : template.relationships()) {
            if (!expected.required() || missingBlock(expected, presentBlocks)) {
                continue;
            }
            if (relationships.stream().anyMatch(r -> satisfies(architecture, r, expected, template, resolver))) {
                continue;
            }
            boolean declaredUnresolved = unresolved.stream().anyMatch(u -> u.startsWith(expected.id() + ":"));
            if (declaredUnresolved) {
                findings.add(new Finding(Finding.Kind.UNRESOLVED, expected.id(), "The relationship " + expected
                        + " waits for the parent body's architecture."));
            } else {
                findings.add(new Finding(Finding.Kind.MISSING_RELATIONSHIP, expected.id(), "The required relationship " + expected + " is missing."));
            }
        }
        return new ConformanceReport(template.name(), template.version(), findings);
    }

    private static boolean missingBlock(ExpectedRelationship r, List<String> present) {
        return (r.from().kind() == Endpoint.Kind.BLOCK && !present.contains(r.from().ref()))
                || (r.to().kind() == Endpoint.Kind.BLOCK && !present.contains(r.to().ref()));
    }

    private static boolean joins(EObject architecture, EObject relationship, String platformId) {
        EObject source = end(relationship, "source");
        EObject target = end(relationship, "target");
        return (isNational(architecture, source, platformId) && ElementRefs.own(architecture, target))
                || (isNational(architecture, target, platformId) && ElementRefs.own(architecture, source));
    }

    private static boolean satisfies(EObject architecture, EObject relationship, ExpectedRelationship expected, Template template,
            UnaryOperator<EObject> resolver) {
        if (!relationship.eClass().getName().equals(expected.type())) {
            return false;
        }
        return is(architecture, end(relationship, "source"), expected.from(), template, resolver)
                && is(architecture, end(relationship, "target"), expected.to(), template, resolver);
    }

    private static boolean is(EObject architecture, EObject element, Endpoint endpoint, Template template, UnaryOperator<EObject> resolver) {
        if (element == null) {
            return false;
        }
        return switch (endpoint.kind()) {
            case BLOCK -> ElementRefs.own(architecture, element) && BlockMatcher.matches(element, template.block(endpoint.ref()).orElseThrow());
            case NATIONAL -> isNational(architecture, element, NationalIds.platform(endpoint.ref()));
            case PARENT -> !ElementRefs.own(architecture, element) && NationalIds.platformCode(ElementRefs.id(element)) == null
                    && BlockMatcher.matches(element.eIsProxy() ? resolver.apply(element) : element, template.parent().block(endpoint.ref()).orElseThrow());
        };
    }

    private static boolean isNational(EObject architecture, EObject element, String platformId) {
        return element != null && !ElementRefs.own(architecture, element) && platformId.equals(ElementRefs.id(element))
                && NdafMetamodel.get().isA(element.eClass(), "Element");
    }

    private static EObject end(EObject relationship, String feature) {
        return (EObject) relationship.eGet(relationship.eClass().getEStructuralFeature(feature), false);
    }
}
