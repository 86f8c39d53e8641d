package vn.ndaf.interop.exchange;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.io.Pairs.Pair;
import vn.ndaf.interop.io.XmlOut;
import vn.ndaf.interop.model.ArchiMateProjection;
import vn.ndaf.interop.model.LangTexts;
import vn.ndaf.interop.model.LangTexts.LangText;
import vn.ndaf.interop.model.NationalConcepts;
import vn.ndaf.metamodel.Models;

/** What the exchange writers share: the output, the options, identifiers, property definitions, the projection. */
final class ExchangeOut {

    final XmlOut xml;
    final ExportOptions options;
    final ExchangeIds ids;
    final PropertyPlan plan;
    final ArchiMateProjection projection;

    ExchangeOut(XmlOut xml, ExportOptions options, EObject architecture) {
        this.xml = xml;
        this.options = options;
        this.ids = new ExchangeIds(architecture);
        this.plan = new PropertyPlan(architecture, ids);
        this.projection = new ArchiMateProjection(architecture);
    }

    private ExchangeOut(XmlOut xml, ExchangeOut shared) {
        this.xml = xml;
        this.options = shared.options;
        this.ids = shared.ids;
        this.plan = shared.plan;
        this.projection = shared.projection;
    }

    /** The same state writing to another output (a fragment rendered ahead of its place in the file). */
    ExchangeOut to(XmlOut other) {
        return new ExchangeOut(other, this);
    }

    boolean extended() {
        return !options.standardOnly();
    }

    /** An ndaf extension attribute (written only in extended mode). */
    void ndaf(String name, Object value) {
        if (extended() && value != null) {
            xml.attr(ExchangeNames.NDAF_PREFIX + ":" + name, value);
        }
    }

    /** Language texts as repeated elements; {@code atLeastOne} writes an empty one when there is none. */
    void texts(String element, List<LangText> texts, boolean atLeastOne) {
        if (texts.isEmpty() && atLeastOne) {
            xml.start(element).end();
            return;
        }
        for (LangText t : texts) {
            xml.start(element);
            String lang = t.lang() != null && !t.lang().isEmpty() ? t.lang() : options.language();
            xml.attr("xml:lang", lang);
            xml.textAndEnd(t.value());
        }
    }

    void names(EObject o, String element, boolean atLeastOne) {
        texts(element, LangTexts.forExport(o, "name", "nameVariants"), atLeastOne);
    }

    void documentation(EObject o) {
        texts("documentation", LangTexts.forExport(o, "documentation", "documentationVariants"), false);
    }

    /**
     * The properties of the model, a concept or a view: the user's, then the ndaf: ones, then the
     * specialization and the original id when the file's identifier differs.
     */
    void properties(EObject holder, String specialization) {
        List<EObject> own = Models.list(holder, "properties");
        List<Pair> ndaf = ArchiMateProjection.ndafProperties(holder);
        boolean sourceId = ids.changed(holder);
        if (own.isEmpty() && ndaf.isEmpty() && specialization == null && !sourceId) {
            return;
        }
        xml.start("properties");
        for (EObject p : own) {
            xml.start("property").attr("propertyDefinitionRef", plan.identifierFor(p));
            texts("value", LangTexts.forExport(p, "value", "valueVariants"), true);
            xml.end();
        }
        for (Pair p : ndaf) {
            property(p.name(), p.value());
        }
        if (specialization != null) {
            property(ExchangeNames.SPECIALIZATION_NAME, specialization);
        }
        if (sourceId) {
            property(NationalConcepts.SOURCE_ID, Models.id(holder));
        }
        xml.end();
    }

    private void property(String key, String value) {
        xml.start("property").attr("propertyDefinitionRef", plan.identifierFor(key));
        texts("value", value == null ? List.of() : List.of(new LangText(null, value)), true);
        xml.end();
    }

    /** The ndaf:sourceId attribute, when the file identifier differs from the object's id. */
    void sourceIdAttribute(EObject o) {
        if (ids.changed(o)) {
            ndaf("sourceId", Models.id(o));
        }
    }
}
