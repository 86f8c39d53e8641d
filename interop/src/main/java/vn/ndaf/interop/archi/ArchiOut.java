package vn.ndaf.interop.archi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.Pairs.Pair;
import vn.ndaf.interop.io.XmlOut;
import vn.ndaf.interop.model.ArchiMateProjection;
import vn.ndaf.metamodel.Models;

/** What the Archi writers share: the output and the ArchiMate projection; small helpers for Archi's element shapes. */
final class ArchiOut {

    final XmlOut xml;
    final ArchiMateProjection projection;

    ArchiOut(XmlOut xml, ArchiMateProjection projection) {
        this.xml = xml;
        this.projection = projection;
    }

    /** The object's own features, then the ndaf: features carrying what Archi's class has no slot for. */
    void features(EObject o, Set<String> slots, boolean hasProperties) {
        for (EObject f : Models.<EObject>list(o, "features")) {
            xml.start("feature").attr("name", Models.string(f, "name")).attr("value", Models.string(f, "value")).end();
        }
        for (Pair p : ArchiExtras.of(o, slots, hasProperties)) {
            xml.start("feature").attr("name", p.name()).attr("value", p.value()).end();
        }
    }

    /** The object's properties, then its ndaf: properties (elements and the model). */
    void properties(EObject o) {
        List<Pair> pairs = new ArrayList<>(ArchiMateProjection.userProperties(o));
        pairs.addAll(ArchiMateProjection.ndafProperties(o));
        for (Pair p : pairs) {
            xml.start("property").attr("key", emptyToNull(p.name())).attr("value", emptyToNull(p.value())).end();
        }
    }

    void documentation(EObject o) {
        text("documentation", Models.string(o, "documentation"));
    }

    void text(String element, String value) {
        if (value != null && !value.isEmpty()) {
            xml.start(element).textAndEnd(value);
        }
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
