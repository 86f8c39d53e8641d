package vn.ndaf.interop.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.csv.CsvRows.Row;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.interop.model.ArchiMateProjection;
import vn.ndaf.interop.model.ArchimateTypes;
import vn.ndaf.interop.model.Folders;
import vn.ndaf.interop.model.NationalConcepts;
import vn.ndaf.interop.model.Retyping;
import vn.ndaf.interop.model.Specializations;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * One Archi CSV import into an architecture, with Archi's semantics (docs/interop.md): rows update the
 * concepts with their id or create new ones in the default folder; empty cells clear names and
 * documentation; specializations are added, never removed; relations may change their ends; properties
 * update the first property of their key that existed before the import, else are appended; nothing is
 * deleted. Errors carry Archi's messages with the file and line.
 */
final class CsvImport {

    /** The line of the elements file each element id was last read from, and that file's name, for warnings. */
    private final java.util.Map<String, Integer> elementLines = new java.util.HashMap<>();
    private String elementsPart;

    static final Pattern ID = Pattern.compile("^[a-zA-Z0-9._-]+$");
    private static final List<String> ELEMENT_HEADER = List.of("id", "type", "name", "documentation", "specialization");
    private static final List<String> RELATION_HEADER = List.of("id", "type", "name", "documentation", "source", "target", "specialization");

    private record PendingEnds(EObject relationship, String source, String target, Row row, boolean changed) {
    }

    final EObject architecture;
    private final Problems problems;
    private final Map<String, EObject> lookup = new HashMap<>();
    private final Set<String> usedIds;
    private final Specializations specializations;
    private final Set<EObject> propertiesBefore = new HashSet<>();
    private final List<String> changedRelationships = new ArrayList<>();
    private String modelAlias;
    private String modelRowId;

    CsvImport(EObject architecture, Problems problems) {
        this.architecture = architecture;
        this.problems = problems;
        this.usedIds = ArchiMateProjection.allIds(architecture);
        this.specializations = new Specializations(architecture, usedIds);
        for (TreeIterator<EObject> it = architecture.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (Models.isA(o, "Concept") || Models.isA(o, "Folder") || Models.isA(o, "Profile")) {
                lookup.put(Models.id(o), o);
            } else if (Models.isA(o, "Property")) {
                propertiesBefore.add(o);
            }
        }
    }

    /** The id of the model row, when the elements file had one with an id. */
    String modelRowId() {
        return modelRowId;
    }

    List<String> changedRelationships() {
        return changedRelationships;
    }

    // ---------------------------------------------------------------- elements

    void elements(List<Row> rows, String part) {
        Problems p = problems.forPart(part);
        if (rows.isEmpty()) {
            throw p.error(0, "No element records in file.");
        }
        int columns = header(rows.get(0), ELEMENT_HEADER, 4, "Incorrect Header in Elements file", p);
        for (Row row : rows.subList(1, rows.size())) {
            size(row, columns, p);
            String id = row.get(0);
            String type = row.get(1);
            if (type.equals("ArchimateModel")) {
                if (!id.isEmpty()) {
                    modelAlias = id;
                    modelRowId = id;
                }
                Models.set(architecture, "name", emptyToNull(row.get(2)));
                Models.set(architecture, "documentation", emptyToNull(row.get(3)));
                continue;
            }
            id = checkedId(id, row, type, p);
            if (ArchimateTypes.element(type) == null) {
                throw p.error((int) row.line(), "Type should be of ArchiMate element type: '" + type + "' (id " + id + ")");
            }
            String specialization = columns > 4 ? row.get(4) : "";
            EObject profile = specialization.isEmpty() ? null : specializations.findOrCreate(specialization, type);
            EObject element = lookup.get(id);
            if (element != null) {
                sameClass(element, type, id, row, p);
            } else {
                element = NdafMetamodel.get().ePackage().getEFactoryInstance().create(Specializations.elementClass(type, profile));
                Models.set(element, "id", id);
                Models.list(architecture, "elements").add(element);
                file(element);
                lookup.put(id, element);
                usedIds.add(id);
            }
            elementLines.put(id, (int) row.line());
            elementsPart = part;
            Models.set(element, "name", emptyToNull(normalise(row.get(2))));
            Models.set(element, "documentation", emptyToNull(row.get(3)));
            if (profile != null) {
                element = addProfile(element, profile, type);
            }
        }
    }

    /** The line of the elements file an element was read from, 0 when it was not read from it. */
    int lineOf(EObject element) {
        return elementLines.getOrDefault(Models.id(element), 0);
    }

    /** The elements file's name, or null when there was none. */
    String elementsPart() {
        return elementsPart;
    }

    /** Adds a specialization; an element that had none and gains a national one becomes that national concept. */
    private EObject addProfile(EObject element, EObject profile, String type) {
        List<EObject> profiles = Models.list(element, "profiles");
        if (profiles.contains(profile)) {
            return element;
        }
        EClass national = NationalConcepts.classFor(type, Models.string(profile, "name"));
        if (profiles.isEmpty() && national != null && element.eClass() != national && !NationalConcepts.isNational(element.eClass())) {
            EObject replacement = Retyping.retype(architecture, element, national);
            lookup.put(Models.id(replacement), replacement);
            element = replacement;
        }
        Models.<EObject>list(element, "profiles").add(profile);
        return element;
    }

    // ---------------------------------------------------------------- relations

    void relations(List<Row> rows, String part) {
        Problems p = problems.forPart(part);
        if (rows.isEmpty()) {
            throw p.error(0, "No relation records in file.");
        }
        int columns = header(rows.get(0), RELATION_HEADER, 6, "Incorrect Header in Relations file", p);
        Set<String> declared = new HashSet<>();
        List<PendingEnds> pending = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            size(row, columns, p);
            String type = row.get(1);
            String id = checkedId(row.get(0), row, type, p);
            if (ArchimateTypes.relationship(type) == null) {
                throw p.error((int) row.line(), "Type should be of ArchiMate relationship type: '" + type + "' (id " + id + ")");
            }
            String source = row.get(4);
            String target = row.get(5);
            EObject relationship = lookup.get(id);
            boolean changed;
            if (relationship != null) {
                sameClass(relationship, type, id, row, p);
                changed = !source.equals(idOf(Models.get(relationship, "source"))) || !target.equals(idOf(Models.get(relationship, "target")));
            } else {
                relationship = NdafMetamodel.get().ePackage().getEFactoryInstance().create(ArchimateTypes.relationship(type));
                Models.set(relationship, "id", id);
                lookup.put(id, relationship);
                usedIds.add(id);
                Models.list(architecture, "relationships").add(relationship);
                file(relationship);
                changed = true;
            }
            if (changed) {
                if (!declared.add(id)) {
                    throw p.error((int) row.line(), "Duplicate relation declared with Id: " + id);
                }
                pending.add(new PendingEnds(relationship, source, target, row, relationship.eContainer() != null && Models.get(relationship, "source") != null));
            }
            Models.set(relationship, "name", emptyToNull(normalise(row.get(2))));
            Models.set(relationship, "documentation", emptyToNull(row.get(3)));
            String specialization = columns > 6 ? row.get(6) : "";
            if (!specialization.isEmpty()) {
                EObject profile = specializations.findOrCreate(specialization, type);
                if (!Models.<EObject>list(relationship, "profiles").contains(profile)) {
                    Models.<EObject>list(relationship, "profiles").add(profile);
                }
            }
        }
        for (PendingEnds e : pending) {
            Models.set(e.relationship(), "source", concept(e.source(), e.row(), p));
            Models.set(e.relationship(), "target", concept(e.target(), e.row(), p));
            CsvRules.checkAllowed(e.relationship(), (int) e.row().line(), p);
            if (e.changed()) {
                changedRelationships.add(Models.id(e.relationship()));
            }
        }
    }

    private EObject concept(String id, Row row, Problems p) {
        EObject o = lookup.get(id);
        if (o == null) {
            throw p.error((int) row.line(), "Could not find concept: " + id);
        }
        if (!Models.isA(o, "Concept")) {
            throw p.error((int) row.line(), "Type should be of ArchiMate concept type: " + id);
        }
        return o;
    }

    // ---------------------------------------------------------------- properties

    void properties(List<Row> rows, String part) {
        new CsvPropertyRows(this, problems.forPart(part)).read(rows);
    }

    /** The object properties.csv rows may target: a concept or folder by id, or the model by its id or the model row's. */
    EObject propertyHolder(String id) {
        EObject holder = id.equals(modelAlias) || id.equals(Models.id(architecture)) ? architecture : lookup.get(id);
        return holder == null || Models.isA(holder, "Profile") ? null : holder;
    }

    /** Whether the property existed before this import (then rows update it instead of adding one). */
    boolean existedBefore(EObject property) {
        return propertiesBefore.contains(property);
    }

    // ---------------------------------------------------------------- shared

    private static int header(Row header, List<String> expected, int minimum, String message, Problems p) {
        if (header.size() < minimum || header.size() > expected.size()) {
            throw p.error((int) header.line(), message + ": " + header.values());
        }
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).equalsIgnoreCase(expected.get(i))) {
                throw p.error((int) header.line(), message + ": " + header.values());
            }
        }
        return header.size();
    }

    private static void size(Row row, int columns, Problems p) {
        if (row.size() != columns) {
            throw p.error((int) row.line(), "Incorrect record size - " + row.values());
        }
    }

    private String checkedId(String id, Row row, String type, Problems p) {
        if (id.isEmpty()) {
            String seed = p.part() + ":" + row.line() + ":" + type + ":" + String.join("\u0000", row.values());
            String generated = "id-" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
            while (usedIds.contains(generated)) {
                generated = "id-" + UUID.nameUUIDFromBytes((generated + seed).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
            }
            usedIds.add(generated);
            return generated;
        }
        if (!ID.matcher(id).matches()) {
            throw p.error((int) row.line(), "Invalid character found in ID: " + id);
        }
        return id;
    }

    private static void sameClass(EObject existing, String type, String id, Row row, Problems p) {
        String existingType = Models.isA(existing, "Concept") ? ArchimateTypes.typeOf(existing.eClass()) : existing.eClass().getName();
        if (!type.equals(existingType)) {
            throw p.error((int) row.line(), "Found concept with same id but different class: " + id);
        }
    }

    /** A new concept goes in the top-level folder of its kind, when the architecture has one. */
    private void file(EObject concept) {
        String kind = Folders.kindFor(concept);
        for (EObject f : Models.<EObject>list(architecture, "folders")) {
            if (kind.equals(Models.string(f, "type"))) {
                Models.<EObject>list(f, "members").add(concept);
                return;
            }
        }
    }

    private static String idOf(Object o) {
        return o == null ? null : Models.id((EObject) o);
    }

    /** Archi's normalisation of names, keys and values: CRLF, CR, LF and TAB each become one space. */
    static String normalise(String s) {
        return s == null ? "" : s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

}
