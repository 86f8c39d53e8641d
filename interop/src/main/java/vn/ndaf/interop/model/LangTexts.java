package vn.ndaf.interop.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * Texts in several languages: a primary text (name, documentation, property value) and its language
 * variants (LangString: lang, value). The variants are valid only while the first one still equals the
 * primary text; a primary edited elsewhere (in Archi, say) wins over stale variants.
 */
public final class LangTexts {

    /** One text with its xml:lang ("" or null when the source gave none). */
    public record LangText(String lang, String value) {
    }

    private LangTexts() {
    }

    /**
     * Sets {@code primaryFeature} to the first text and, when any text has a language or there are several,
     * {@code variantsFeature} to all of them. Empty texts count as absent.
     */
    public static void set(EObject o, String primaryFeature, String variantsFeature, List<LangText> texts) {
        if (texts.isEmpty()) {
            return;
        }
        Models.set(o, primaryFeature, emptyToNull(texts.get(0).value()));
        boolean anyLang = texts.stream().anyMatch(t -> t.lang() != null && !t.lang().isEmpty());
        if (anyLang || texts.size() > 1) {
            List<EObject> variants = Models.list(o, variantsFeature);
            for (LangText t : texts) {
                EObject v = NdafMetamodel.get().create("LangString");
                Models.set(v, "lang", t.lang() == null ? "" : t.lang());
                Models.set(v, "value", t.value() == null ? "" : t.value());
                variants.add(v);
            }
        }
    }

    /** The texts to write: the variants while they are valid, else the primary text alone (none when absent). */
    public static List<LangText> forExport(EObject o, String primaryFeature, String variantsFeature) {
        String primary = Models.string(o, primaryFeature);
        List<LangText> texts = new ArrayList<>();
        List<EObject> variants = Models.list(o, variantsFeature);
        if (!variants.isEmpty() && sameText(Models.string(variants.get(0), "value"), primary)) {
            for (EObject v : variants) {
                texts.add(new LangText(Models.string(v, "lang"), nullToEmpty(Models.string(v, "value"))));
            }
        } else if (primary != null) {
            texts.add(new LangText(null, primary));
        }
        return texts;
    }

    /** Whether the object carries language variants worth keeping (valid ones). */
    public static boolean hasVariants(EObject o, String primaryFeature, String variantsFeature) {
        List<EObject> variants = Models.list(o, variantsFeature);
        return !variants.isEmpty() && sameText(Models.string(variants.get(0), "value"), Models.string(o, primaryFeature));
    }

    public static boolean sameText(String a, String b) {
        return nullToEmpty(a).equals(nullToEmpty(b));
    }

    public static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
