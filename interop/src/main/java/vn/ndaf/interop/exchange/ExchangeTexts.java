package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.List;

import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.interop.model.LangTexts.LangText;

/** Reads the exchange format's repeated language texts (name, documentation, label, value). */
final class ExchangeTexts {

    private ExchangeTexts() {
    }

    /** The texts of the child elements named {@code local}, each with its xml:lang, in document order. */
    static List<LangText> of(XmlElement parent, String local) {
        List<LangText> texts = new ArrayList<>();
        for (XmlElement e : parent.children(ExchangeNames.NS, local)) {
            texts.add(new LangText(e.attr(ExchangeNames.XML, "lang"), e.text()));
        }
        return texts;
    }
}
