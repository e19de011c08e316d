package io.hactl.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks that a cib.xml is well-formed XML whose root is {@code <cib>}. The CIB's meaning is checked by the
 * cib package; this is what {@code hactl config verify} can say about the file before reading it.
 */
final class CibSyntaxCheck {
    private CibSyntaxCheck() {}

    static List<ConfigProblem> check(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // A CIB never needs a DTD or external entities; refusing them keeps verify safe on any file.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(file.toFile());
            String root = document.getDocumentElement().getTagName();
            if (!root.equals("cib")) {
                return List.of(ConfigProblem.error(file, 0, "<" + root + ">", "the root element is not <cib>",
                        "a Pacemaker CIB: <cib admin_epoch=… epoch=… num_updates=…>"));
            }
            return List.of();
        } catch (SAXParseException e) {
            return List.of(ConfigProblem.error(file, e.getLineNumber(), "", "not well-formed XML: "
                    + e.getMessage() + " (column " + e.getColumnNumber() + ")", "a well-formed cib.xml"));
        } catch (SAXException | ParserConfigurationException e) {
            return List.of(ConfigProblem.error(file, 0, "", "not well-formed XML: " + e.getMessage(), "a well-formed cib.xml"));
        } catch (IOException e) {
            return List.of(ConfigProblem.error(file, 0, "", "cannot read: " + HaCfParser.describe(e), "a readable cib.xml"));
        }
    }
}
