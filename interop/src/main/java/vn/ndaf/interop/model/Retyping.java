package vn.ndaf.interop.model;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Changes the class of an element in place (an ApplicationComponent that gains the Database specialization
 * becomes a Database): a new object of the new class takes every value the two classes share, its place in
 * its container, and every reference to the old one.
 */
public final class Retyping {

    private Retyping() {
    }

    @SuppressWarnings("unchecked")
    public static EObject retype(EObject architecture, EObject old, EClass newClass) {
        EObject replacement = NdafMetamodel.get().ePackage().getEFactoryInstance().create(newClass);
        for (EStructuralFeature f : old.eClass().getEAllStructuralFeatures()) {
            if (newClass.getEAllStructuralFeatures().contains(f) && old.eIsSet(f)) {
                if (f.isMany()) {
                    ((List<Object>) replacement.eGet(f)).addAll(List.copyOf((List<Object>) old.eGet(f)));
                } else {
                    replacement.eSet(f, old.eGet(f));
                }
            }
        }
        Collection<Setting> usages = EcoreUtil.UsageCrossReferencer.find(old, architecture);
        for (Setting s : usages) {
            EStructuralFeature f = s.getEStructuralFeature();
            if (f.isMany()) {
                List<Object> list = (List<Object>) s.getEObject().eGet(f);
                list.set(list.indexOf(old), replacement);
            } else {
                s.getEObject().eSet(f, replacement);
            }
        }
        EcoreUtil.replace(old, replacement);
        return replacement;
    }
}
