package vn.ndaf.interop.exchange;

import java.util.Set;

import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.io.XmlAttribute;
import vn.ndaf.interop.io.XmlElement;

/**
 * Reports what an exchange file holds that ndaf does not read: unknown attributes and elements, extension
 * content of other namespaces. Nothing is dropped without a warning.
 */
final class ExchangeUnknowns {

    private ExchangeUnknowns() {
    }

    /**
     * Warns about attributes of {@code e} that are neither standard ({@code known}), nor ndaf extensions
     * ({@code knownNdaf}), nor xsi/xml bookkeeping.
     */
    static void attributes(XmlElement e, Set<String> known, Set<String> knownNdaf, Problems problems) {
        for (XmlAttribute a : e.attributes()) {
            String ns = a.namespace();
            if (ns.isEmpty() ? known.contains(a.localName())
                    : ns.equals(ExchangeNames.NDAF) ? knownNdaf.contains(a.localName())
                            : ns.equals(ExchangeNames.XSI) || ns.equals(ExchangeNames.XML)) {
                continue;
            }
            problems.warn(e, vn.ndaf.interop.ImportWarning.XML_UNKNOWN, (ns.isEmpty() ? "unknown attribute " + a.localName() : "extension attribute {" + ns + "}" + a.localName())
                    + "=\"" + a.value() + "\" on <" + e.localName() + describeId(e) + "> is not kept");
        }
    }

    /** Warns about child elements that are not in {@code known} (standard) or {@code knownNdaf}. */
    static void children(XmlElement e, Set<String> known, Set<String> knownNdaf, Problems problems) {
        for (XmlElement c : e.children()) {
            if (c.namespace().equals(ExchangeNames.NS) && known.contains(c.localName())
                    || c.namespace().equals(ExchangeNames.NDAF) && knownNdaf.contains(c.localName())) {
                continue;
            }
            problems.warn(c, vn.ndaf.interop.ImportWarning.XML_UNKNOWN, (c.namespace().equals(ExchangeNames.NS) ? "unexpected element <" + c.localName() + ">"
                    : "extension element {" + c.namespace() + "}" + c.localName()) + " in <" + e.localName() + describeId(e) + "> is not kept");
        }
    }

    private static String describeId(XmlElement e) {
        String id = e.attr("identifier");
        return id == null ? "" : " identifier=\"" + id + "\"";
    }
}
