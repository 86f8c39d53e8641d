package vn.ndaf.framework.data;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import vn.ndaf.framework.FrameworkDataException;
import vn.ndaf.metamodel.NdafMetamodel;

/** Checks of data values against the metamodel: enum literals and class names, with messages naming the place. */
public final class MetamodelChecks {

    private MetamodelChecks() {
    }

    /** Fails unless {@code literal} is a literal of the metamodel enum {@code enumName}. */
    public static String literal(String enumName, String literal, String where) {
        EEnum eEnum = eEnum(enumName);
        if (literal == null || eEnum.getEEnumLiteralByLiteral(literal) == null) {
            throw new FrameworkDataException(where + ": '" + literal + "' is not a value of " + enumName + "; use one of " + literals(enumName));
        }
        return literal;
    }

    public static List<String> literals(String enumName) {
        return eEnum(enumName).getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
    }

    /** Fails unless {@code className} is a concrete metamodel class that is (or specializes) {@code superName}. */
    public static EClass concreteClass(String className, String superName, String where) {
        EClass eClass = NdafMetamodel.get().findEClass(className);
        if (eClass == null || eClass.isAbstract() || !NdafMetamodel.get().isA(eClass, superName)) {
            throw new FrameworkDataException(where + ": '" + className + "' is not a concrete " + superName
                    + " class of the metamodel (e.g. BusinessActor, InformationSystem, Database, SharedPlatform)");
        }
        return eClass;
    }

    private static EEnum eEnum(String name) {
        EClassifier classifier = NdafMetamodel.get().ePackage().getEClassifier(name);
        if (!(classifier instanceof EEnum eEnum)) {
            throw new IllegalStateException("The metamodel has no enum " + name);
        }
        return eEnum;
    }
}
