package vn.ndaf.interop.exchange;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.Pairs;
import vn.ndaf.interop.io.Pairs.Pair;
import vn.ndaf.interop.io.XmlElement;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** Features and properties carried in one ndaf extension attribute each ({@link Pairs} encoding). */
final class NdafAttributes {

    private NdafAttributes() {
    }

    /** The features of a holder as one attribute value, or null when it has none. */
    static String features(EObject holder) {
        List<EObject> features = Models.list(holder, "features");
        if (features.isEmpty()) {
            return null;
        }
        List<Pair> pairs = new ArrayList<>();
        for (EObject f : features) {
            pairs.add(new Pair(Models.string(f, "name"), Models.string(f, "value")));
        }
        return Pairs.encode(pairs);
    }

    /** The properties of a holder as one attribute value, or null when it has none. */
    static String properties(EObject holder) {
        List<EObject> properties = Models.list(holder, "properties");
        if (properties.isEmpty()) {
            return null;
        }
        List<Pair> pairs = new ArrayList<>();
        for (EObject p : properties) {
            pairs.add(new Pair(Models.string(p, "key"), Models.string(p, "value")));
        }
        return Pairs.encode(pairs);
    }

    static void readFeatures(XmlElement e, EObject holder) {
        String text = e.attr(ExchangeNames.NDAF, "features");
        if (text == null) {
            return;
        }
        List<EObject> features = Models.list(holder, "features");
        for (Pair pair : Pairs.decode(text)) {
            EObject f = NdafMetamodel.get().create("Feature");
            Models.set(f, "name", pair.name());
            Models.set(f, "value", pair.value());
            features.add(f);
        }
    }

    static void readProperties(XmlElement e, EObject holder) {
        String text = e.attr(ExchangeNames.NDAF, "properties");
        if (text == null) {
            return;
        }
        List<EObject> properties = Models.list(holder, "properties");
        for (Pair pair : Pairs.decode(text)) {
            EObject p = NdafMetamodel.get().create("Property");
            Models.set(p, "key", pair.name());
            Models.set(p, "value", pair.value());
            properties.add(p);
        }
    }

    /** Whether the holder has a feature of that name. */
    static boolean hasFeature(EObject holder, String name) {
        for (EObject f : Models.<EObject>list(holder, "features")) {
            if (name.equals(Models.string(f, "name"))) {
                return true;
            }
        }
        return false;
    }

    static void addFeature(EObject holder, String name, String value) {
        EObject f = NdafMetamodel.get().create("Feature");
        Models.set(f, "name", name);
        Models.set(f, "value", value);
        Models.list(holder, "features").add(f);
    }
}
