package vn.ndaf.interop.rdf;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.LangTexts.LangText;
import vn.ndaf.metamodel.Models;

/** Literals from model values: language-tagged texts, typed numbers, booleans and dates, enum literals. */
final class Literals {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Literals() {
    }

    /** Adds the text in every language it has (one untagged literal when it has no language). */
    static void texts(Model model, Resource subject, Property property, EObject o, String primary, String variants) {
        List<LangText> texts = LangTexts.forExport(o, primary, variants);
        for (LangText t : texts) {
            if (t.value() == null || t.value().isEmpty()) {
                continue;
            }
            subject.addProperty(property, t.lang() == null || t.lang().isEmpty() ? model.createLiteral(t.value()) : model.createLiteral(t.value(), t.lang()));
        }
    }

    static Literal of(Model model, Object value) {
        if (value instanceof Boolean b) {
            return model.createTypedLiteral(b.toString(), XSDDatatype.XSDboolean);
        }
        if (value instanceof Integer || value instanceof Long) {
            return model.createTypedLiteral(value.toString(), XSDDatatype.XSDinteger);
        }
        if (value instanceof Enumerator e) {
            return model.createLiteral(e.getLiteral());
        }
        String s = value.toString();
        if (DATE.matcher(s).matches()) {
            return model.createTypedLiteral(s, XSDDatatype.XSDdate);
        }
        return model.createLiteral(s);
    }

    /** The value of a feature, or null when the object has no such feature or it is empty. */
    static String string(EObject o, String feature) {
        if (o.eClass().getEStructuralFeature(feature) == null) {
            return null;
        }
        return LangTexts.emptyToNull(Models.string(o, feature));
    }
}
