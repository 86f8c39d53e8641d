package vn.ndaf.framework.template;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Whether an element is a given template block: it is identified as that block ({@code frameworkBlock}, the
 * property {@code ndaf:block}, holds the block's key, as instantiation writes it), of the block's class (or a
 * subclass), and has the block's values for every attribute the block is identified by (by default its
 * reference category). Sharing the block's class and category is not enough: a commune's many BRM.01
 * services are not its {@code public-services} block. Ids and names do not matter, so an architecture made
 * elsewhere (e.g. in Archi) conforms when its blocks carry {@code ndaf:block} and their classification.
 */
public final class BlockMatcher {

    /** The element attribute naming the block an element is (property {@code ndaf:block}). */
    public static final String BLOCK_ATTRIBUTE = "frameworkBlock";

    private BlockMatcher() {
    }

    public static boolean matches(EObject element, Block block) {
        if (!NdafMetamodel.get().isA(element.eClass(), block.type())) {
            return false;
        }
        if (element.eIsProxy()) {
            return true;
        }
        if (!block.key().equals(ElementRefs.text(element, BLOCK_ATTRIBUTE))) {
            return false;
        }
        for (String name : block.identifyBy()) {
            String expected = block.identityValue(name);
            if (expected != null && !expected.equals(ElementRefs.text(element, name))) {
                return false;
            }
        }
        return true;
    }

    /** The architecture's own elements that are the block, in model order. */
    public static List<EObject> find(EObject architecture, Block block) {
        return Models.<EObject>list(architecture, "elements").stream().filter(e -> matches(e, block)).toList();
    }
}
