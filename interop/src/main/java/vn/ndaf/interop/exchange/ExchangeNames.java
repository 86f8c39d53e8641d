package vn.ndaf.interop.exchange;

/** Namespaces and names of the Open Group exchange format and of ndaf's extension to it. */
public final class ExchangeNames {

    /** The exchange format's namespace (3.0 and 3.1 share it). */
    public static final String NS = "http://www.opengroup.org/xsd/archimate/3.0/";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    /** ndaf's extension namespace (docs/adr/0005-lossless-exchange-extensions.md), declared by ndaf-exchange-1.0.xsd. */
    public static final String NDAF = "http://ndaf.vn/exchange/1.0";
    public static final String NDAF_PREFIX = "ndaf";
    /** Where the extension schema is published with ndaf (also on the classpath at {@link #NDAF_XSD_RESOURCE}). */
    public static final String NDAF_XSD_LOCATION = "https://ndaf.vn/exchange/1.0/ndaf-exchange-1.0.xsd";
    public static final String NDAF_XSD_RESOURCE = "/vn/ndaf/interop/ndaf-exchange-1.0.xsd";
    public static final String SCHEMA_LOCATION = NS + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";

    /** The property definition Archi uses for a concept's specialization. */
    public static final String SPECIALIZATION_ID = "specialization";
    public static final String SPECIALIZATION_NAME = "Specialization";

    private ExchangeNames() {
    }
}
