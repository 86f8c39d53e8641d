package vn.ndaf.interop;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import vn.ndaf.interop.exchange.ExchangeNames;

/**
 * Validates exchange files against the Open Group 3.1 schemas (copied under src/test/resources/archimate/xsd),
 * with or without ndaf's extension schema; schema imports resolve to the local copies, never to the network.
 */
public final class ExchangeSchemas {

    private static Schema standard;
    private static Schema extended;

    private ExchangeSchemas() {
    }

    /** The validation errors of a file against the standard schemas plus ndaf's extension schema (empty when valid). */
    public static List<String> errorsWithExtension(byte[] xml) {
        return errors(extended(), xml);
    }

    /** The validation errors against the standard schemas alone. */
    public static List<String> errorsStandard(byte[] xml) {
        return errors(standard(), xml);
    }

    private static synchronized Schema standard() {
        if (standard == null) {
            standard = load(false);
        }
        return standard;
    }

    private static synchronized Schema extended() {
        if (extended == null) {
            extended = load(true);
        }
        return extended;
    }

    private static Schema load(boolean withExtension) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new LocalCopies());
            List<Source> sources = new ArrayList<>();
            sources.add(source(ExchangeSchemas.class.getResource("/archimate/xsd/archimate3_Diagram_with_dc.xsd")));
            if (withExtension) {
                sources.add(source(ExchangeSchemas.class.getResource(ExchangeNames.NDAF_XSD_RESOURCE)));
            }
            return factory.newSchema(sources.toArray(new Source[0]));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load the exchange-format schemas: " + e, e);
        }
    }

    private static Source source(URL url) throws Exception {
        return new StreamSource(url.openStream(), url.toExternalForm());
    }

    private static List<String> errors(Schema schema, byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            if (errors.isEmpty()) {
                errors.add(e.toString());
            }
        }
        return errors;
    }

    /** Resolves the schemas' imports (xml.xsd, dc.xsd, the 3.1 parts) to the copies on the classpath. */
    private static final class LocalCopies implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String file = systemId.substring(systemId.lastIndexOf('/') + 1);
            URL local = ExchangeSchemas.class.getResource("/archimate/xsd/" + file);
            if (local == null) {
                throw new IllegalStateException("No local copy of the schema " + systemId);
            }
            return new Input(local, systemId);
        }
    }

    private record Input(URL url, String systemId) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader r) {
        }

        @Override
        public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void setByteStream(InputStream s) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String s) {
        }

        @Override
        public String getSystemId() {
            return url.toExternalForm();
        }

        @Override
        public void setSystemId(String s) {
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String s) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String s) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String s) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean b) {
        }
    }
}
