package vn.ndaf.interop.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.csv.CsvRows.Row;
import vn.ndaf.interop.io.Problems;
import vn.ndaf.metamodel.Models;

/**
 * The rows of properties.csv: exactly three fields, an optional header, a target that exists. A key the
 * object already had before the import updates its first property of that key; any other is appended, in
 * file order, once all rows are read. Archi's special keys set relationship and junction attributes.
 */
final class CsvPropertyRows {

    private static final List<String> ACCESS_TYPES = List.of("Write", "Read", "Access", "ReadWrite");

    private record NewProperty(EObject holder, String key, String value) {
    }

    private final CsvImport csv;
    private final Problems p;

    CsvPropertyRows(CsvImport csv, Problems problems) {
        this.csv = csv;
        this.p = problems;
    }

    void read(List<Row> rows) {
        List<NewProperty> queued = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.size() != 3) {
                throw p.error((int) row.line(), "Incorrect record size - " + row.values());
            }
            if (i == 0 && row.get(0).equalsIgnoreCase("id") && row.get(1).equalsIgnoreCase("key") && row.get(2).equalsIgnoreCase("value")) {
                continue;
            }
            String id = row.get(0);
            if (id.isEmpty()) {
                throw p.error((int) row.line(), "ID not found");
            }
            if (!CsvImport.ID.matcher(id).matches()) {
                throw p.error((int) row.line(), "Invalid character found in ID: " + id);
            }
            EObject holder = csv.propertyHolder(id);
            if (holder == null) {
                throw p.error((int) row.line(), "Could not locate concept from Property id: " + id);
            }
            String key = CsvImport.normalise(row.get(1));
            String value = CsvImport.normalise(row.get(2));
            if (special(holder, key, value, row)) {
                continue;
            }
            EObject existing = null;
            for (EObject prop : Models.<EObject>list(holder, "properties")) {
                if (csv.existedBefore(prop) && key.equals(nullToEmpty(Models.string(prop, "key")))) {
                    existing = prop;
                    break;
                }
            }
            if (existing != null) {
                Models.set(existing, "value", CsvImport.emptyToNull(value));
            } else {
                queued.add(new NewProperty(holder, key, value));
            }
        }
        for (NewProperty n : queued) {
            Models.property(n.holder(), CsvImport.emptyToNull(n.key()), CsvImport.emptyToNull(n.value()));
        }
    }

    /** The keys Archi reads into attributes of influence, access and association relationships and junctions. */
    private boolean special(EObject holder, String key, String value, Row row) {
        if (key.equals("Influence_Strength") && Models.isA(holder, "InfluenceRelationship")) {
            Models.set(holder, "strength", CsvImport.emptyToNull(value));
            return true;
        }
        if (key.equals("Access_Type") && Models.isA(holder, "AccessRelationship")) {
            int index = ACCESS_TYPES.indexOf(value);
            if (index < 0) {
                throw p.error((int) row.line(), "Access_Type of relation " + Models.id(holder) + " is '" + value + "'; it must be one of " + ACCESS_TYPES);
            }
            Models.set(holder, "accessType", List.of("write", "read", "access", "readwrite").get(index));
            return true;
        }
        if (key.equals("Directed") && Models.isA(holder, "AssociationRelationship")) {
            Models.set(holder, "directed", value.equalsIgnoreCase("true"));
            return true;
        }
        if (key.equals("Junction_Type") && Models.isA(holder, "Junction")) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!v.equals("and") && !v.equals("or")) {
                throw p.error((int) row.line(), "Junction_Type of junction " + Models.id(holder) + " is '" + value + "'; it must be And or Or");
            }
            Models.set(holder, "type", v);
            return true;
        }
        return false;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
