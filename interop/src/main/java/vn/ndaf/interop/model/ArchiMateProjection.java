package vn.ndaf.interop.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.io.Pairs.Pair;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * How an architecture looks in formats that know only ArchiMate: every national concept has its
 * specialization first in its profile list (the model's own profile of that name and type when it has one,
 * else one ndaf defines), and its ndaf: properties after the user's own.
 */
public final class ArchiMateProjection {

    private static final NdafMetamodel MM = NdafMetamodel.get();

    private final EObject architecture;
    private final Map<EClass, EObject> nationalProfiles = new LinkedHashMap<>();
    private final List<EObject> profiles = new ArrayList<>();

    public ArchiMateProjection(EObject architecture) {
        this.architecture = architecture;
        profiles.addAll(Models.list(architecture, "profiles"));
        Set<String> ids = allIds(architecture);
        for (EObject element : Models.<EObject>list(architecture, "elements")) {
            EClass c = element.eClass();
            if (NationalConcepts.isNational(c) && !nationalProfiles.containsKey(c)) {
                nationalProfiles.put(c, profileFor(c, ids));
            }
        }
    }

    public EObject architecture() {
        return architecture;
    }

    private EObject profileFor(EClass national, Set<String> ids) {
        String name = MM.specializationName(national);
        String type = MM.archimateType(national);
        for (EObject p : profiles) {
            if (name.equalsIgnoreCase(Models.string(p, "name")) && type.equals(Models.string(p, "conceptType"))) {
                return p;
            }
        }
        String base = NationalConcepts.syntheticProfileId(national);
        String id = base;
        for (int n = 2; ids.contains(id); n++) {
            id = base + "-" + n;
        }
        ids.add(id);
        EObject p = MM.create("Profile");
        Models.set(p, "id", id);
        Models.set(p, "name", name);
        Models.set(p, "conceptType", type);
        profiles.add(p);
        return p;
    }

    /** Every id used in the architecture. */
    public static Set<String> allIds(EObject architecture) {
        Set<String> ids = new HashSet<>();
        ids.add(Models.id(architecture));
        for (TreeIterator<EObject> it = architecture.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, "Identified") && Models.id(o) != null) {
                ids.add(Models.id(o));
            }
        }
        return ids;
    }

    /** The profiles to write: the model's, then those ndaf defines for national concepts. */
    public List<EObject> profiles() {
        return profiles;
    }

    /** A concept's profiles, the one its national class implies first. */
    public List<EObject> profilesOf(EObject concept) {
        List<EObject> own = Models.list(concept, "profiles");
        EObject national = nationalProfiles.get(concept.eClass());
        if (national == null) {
            return own;
        }
        List<EObject> all = new ArrayList<>();
        all.add(national);
        for (EObject p : own) {
            if (p != national) {
                all.add(p);
            }
        }
        return all;
    }

    /** The primary (first) profile of a concept, or null. */
    public EObject primaryProfile(EObject concept) {
        List<EObject> list = profilesOf(concept);
        return list.isEmpty() ? null : list.get(0);
    }

    /** The user's properties of an object, as key/value pairs in order. */
    public static List<Pair> userProperties(EObject holder) {
        List<Pair> pairs = new ArrayList<>();
        for (EObject p : Models.<EObject>list(holder, "properties")) {
            pairs.add(new Pair(Models.string(p, "key"), Models.string(p, "value")));
        }
        return pairs;
    }

    /** The ndaf: properties of an element or the architecture (none for other objects). */
    public static List<Pair> ndafProperties(EObject o) {
        if (Models.isA(o, "Element") || Models.isA(o, "Architecture")) {
            return NationalConcepts.propertiesOf(o);
        }
        return List.of();
    }
}
