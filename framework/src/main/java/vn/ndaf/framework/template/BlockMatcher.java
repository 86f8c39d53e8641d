package vn.ndaf.framework.template;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Whether an element is a given template block: it is of the block's class (or a subclass) and has the
 * block's values for every attribute the block is identified by (by default its reference category). Ids
 * and names do not matter, so an architecture made elsewhere (e.g. in Archi) conforms when it classifies
 * its elements.
 */
public final class BlockMatcher {

    private BlockMatcher() {
    }

    public static boolean matches(EObject element, Block block) {
        if (!NdafMetamodel.get().isA(element.eClass(), block.type())) {
            return false;
        }
        if (element.eIsProxy()) {
            return true;
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
