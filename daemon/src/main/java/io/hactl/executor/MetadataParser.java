package io.hactl.executor;

import io.hactl.cib.PacemakerDuration;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads OCF meta-data XML with the JDK's DOM parser (Jackson stays in the cib package). Lenient about what
 * it does not use, strict about what it does: a parameter without a name is refused, an unreadable
 * timeout is ignored as advice. The DOCTYPE most agents carry ({@code ra-api-1.dtd}) is never fetched.
 */
public final class MetadataParser {
    private MetadataParser() {}

    public static MetadataRead parse(String xml) {
        Document document;
        try {
            document = builder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            return new MetadataRead.Unreadable("meta-data is not well-formed XML: " + e.getMessage());
        }
        Element root = document.getDocumentElement();
        if (!"resource-agent".equals(root.getTagName())) {
            return new MetadataRead.Unreadable("meta-data root element is <" + root.getTagName()
                    + ">, expected <resource-agent>");
        }
        List<ParameterSpec> parameters = new ArrayList<>();
        for (Element parameter : children(child(root, "parameters"), "parameter")) {
            String name = parameter.getAttribute("name");
            if (name.isEmpty()) {
                return new MetadataRead.Unreadable("meta-data has a <parameter> without a name");
            }
            Optional<Element> content = child(parameter, "content");
            parameters.add(new ParameterSpec(name, isTrue(parameter.getAttribute("required")),
                    isTrue(parameter.getAttribute("unique")),
                    isTrue(parameter.getAttribute("deprecated")) || child(parameter, "deprecated").isPresent(),
                    content.map(c -> c.getAttribute("type")).filter(t -> !t.isEmpty()).orElse("string"),
                    content.filter(c -> c.hasAttribute("default")).map(c -> c.getAttribute("default")),
                    text(child(parameter, "shortdesc")), text(child(parameter, "longdesc"))));
        }
        List<ActionSpec> actions = new ArrayList<>();
        for (Element action : children(child(root, "actions"), "action")) {
            actions.add(new ActionSpec(action.getAttribute("name"),
                    PacemakerDuration.parse(action.getAttribute("timeout")),
                    PacemakerDuration.parse(action.getAttribute("interval")).orElse(Duration.ZERO),
                    parseDepth(action.getAttribute("depth")), action.getAttribute("role")));
        }
        return new MetadataRead.Parsed(new AgentMetadata(root.getAttribute("name"), root.getAttribute("version"),
                text(child(root, "version")), text(child(root, "shortdesc")), text(child(root, "longdesc")),
                parameters, actions));
    }

    private static DocumentBuilder builder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null); // errors become exceptions, not stderr noise
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equalsIgnoreCase(attribute) || "yes".equalsIgnoreCase(attribute);
    }

    private static int parseDepth(String depth) {
        try {
            return depth.isEmpty() ? 0 : Integer.parseInt(depth.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)
                    && (!name.endsWith("desc") || isEnglish(element))) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> child(Optional<Element> parent, String name) {
        return parent.flatMap(p -> child(p, name));
    }

    private static boolean isEnglish(Element description) {
        String lang = description.getAttribute("lang");
        return lang.isEmpty() || lang.startsWith("en");
    }

    private static List<Element> children(Optional<Element> parent, String name) {
        List<Element> found = new ArrayList<>();
        parent.ifPresent(p -> {
            NodeList nodes = p.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                    found.add(element);
                }
            }
        });
        return found;
    }

    private static String text(Optional<Element> element) {
        return element.map(e -> e.getTextContent().strip().replaceAll("\\s+", " ")).orElse("");
    }
}
