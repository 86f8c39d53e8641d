package vn.ndaf.interop.model;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * The specializations (profiles) of an architecture being imported: found by name (case-insensitive) and
 * concept type as Archi matches them, created with deterministic ids when a format names one that is not
 * defined, and, at the end, taken off national concepts whose class already says it.
 */
public final class Specializations {

    private final EObject architecture;
    private final Set<String> usedIds;

    /** {@code usedIds} holds every id of the input, so that created profiles get ids of their own. */
    public Specializations(EObject architecture, Set<String> usedIds) {
        this.architecture = architecture;
        this.usedIds = usedIds;
    }

    /** The profile of that name and concept type, created when the model has none. */
    public EObject findOrCreate(String name, String conceptType) {
        for (EObject p : Models.<EObject>list(architecture, "profiles")) {
            if (name.equalsIgnoreCase(Models.string(p, "name")) && conceptType.equals(Models.string(p, "conceptType"))) {
                return p;
            }
        }
        EClass national = NationalConcepts.classFor(conceptType, name);
        String base = national != null ? NationalConcepts.syntheticProfileId(national) : "id-profile-" + conceptType + "-" + slug(name);
        EObject profile = NdafMetamodel.get().create("Profile");
        Models.set(profile, "id", unique(base));
        Models.set(profile, "name", name);
        Models.set(profile, "conceptType", conceptType);
        Models.list(architecture, "profiles").add(profile);
        return profile;
    }

    private String unique(String base) {
        String id = base;
        for (int n = 2; usedIds.contains(id); n++) {
            id = base + "-" + n;
        }
        usedIds.add(id);
        return id;
    }

    private static String slug(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return sb.toString();
    }

    /**
     * The class an element of {@code archimateType} gets: the national class its primary specialization
     * names, or the ArchiMate class.
     */
    public static EClass elementClass(String archimateType, EObject primaryProfile) {
        if (primaryProfile != null) {
            EClass national = NationalConcepts.classFor(archimateType, Models.string(primaryProfile, "name"));
            if (national != null) {
                return national;
            }
        }
        return ArchimateTypes.element(archimateType);
    }

    /**
     * Takes the specialization a national concept's class implies off its list, and removes the profiles
     * ndaf made itself for national concepts once nothing refers to them.
     */
    public static void finish(EObject architecture) {
        Set<EObject> referenced = new HashSet<>();
        for (String list : List.of("elements", "relationships")) {
            for (EObject concept : Models.<EObject>list(architecture, list)) {
                List<EObject> profiles = Models.list(concept, "profiles");
                if (NationalConcepts.isNational(concept.eClass()) && !profiles.isEmpty()) {
                    EObject first = profiles.get(0);
                    String implied = NdafMetamodel.get().specializationName(concept.eClass());
                    if (implied.equalsIgnoreCase(Models.string(first, "name"))) {
                        profiles.remove(0);
                    }
                }
                referenced.addAll(profiles);
            }
        }
        for (Iterator<EObject> it = Models.<EObject>list(architecture, "profiles").iterator(); it.hasNext();) {
            EObject p = it.next();
            String id = Models.id(p);
            boolean synthetic = id != null && id.startsWith(NationalConcepts.SYNTHETIC_PROFILE_PREFIX);
            boolean plain = Models.string(p, "imagePath") == null && Models.get(p, "specialization") == null && Models.list(p, "features").isEmpty();
            if (synthetic && plain && !referenced.contains(p)) {
                it.remove();
            }
        }
    }
}
