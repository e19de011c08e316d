package io.hactl.cib.xml;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Reads and writes {@link XmlElement} trees through Jackson's XML factory (Woodstox underneath). Jackson's data
 * binding would fold unknown elements into maps and lose which values were attributes, so the CIB is streamed
 * into a generic tree instead; the typed view is built from that tree by {@link CibReader}.
 * DTDs and external entities are refused: a cib.xml never needs them and they are an attack surface.
 */
public final class XmlFiles {
    private static final String LAZY_PARSING = "com.ctc.wstx.lazyParsing";

    private final XMLInputFactory inputs;
    private final XMLOutputFactory outputs;

    public XmlFiles() {
        XmlFactory factory = new XmlFactory();
        inputs = factory.getXMLInputFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        inputs.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Woodstox otherwise reports some syntax errors late, as unchecked exceptions from getText().
        if (inputs.isPropertySupported(LAZY_PARSING)) {
            inputs.setProperty(LAZY_PARSING, false);
        }
        outputs = factory.getXMLOutputFactory();
    }

    /** Parses a document; throws {@link XmlSyntaxException} with the line for malformed input. */
    public XmlElement read(InputStream in) throws IOException {
        try {
            XMLStreamReader reader = inputs.createXMLStreamReader(in);
            try {
                return readDocument(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new XmlSyntaxException(line, e.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof XMLStreamException cause) {
                int line = cause.getLocation() == null ? 0 : cause.getLocation().getLineNumber();
                throw new XmlSyntaxException(line, cause.getMessage());
            }
            throw e;
        }
    }

    public XmlElement read(String text) {
        try {
            return read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException {
        Deque<Building> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    open.push(new Building(reader.getLocalName(), attributes, reader.getLocation().getLineNumber()));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Building done = open.pop();
                    XmlElement element = new XmlElement(done.name, done.attributes, done.children, done.line);
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                }
                case XMLStreamConstants.COMMENT -> {
                    if (!open.isEmpty()) {
                        open.peek().children.add(new XmlComment(reader.getText()));
                    }
                }
                default -> {
                    // Whitespace between elements carries nothing in a CIB; the writer re-indents.
                }
            }
        }
        if (root == null) {
            throw new XMLStreamException("the file holds no XML element");
        }
        return root;
    }

    private record Building(String name, Map<String, String> attributes, int line, List<XmlNode> children) {
        Building(String name, Map<String, String> attributes, int line) {
            this(name, attributes, line, new ArrayList<>());
        }
    }

    public void write(XmlElement root, OutputStream out) throws IOException {
        try {
            XMLStreamWriter writer = outputs.createXMLStreamWriter(out, "UTF-8");
            writeElement(writer, root, 0);
            writer.writeCharacters("\n");
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    public String toText(XmlElement root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(root, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void writeElement(XMLStreamWriter writer, XmlElement element, int depth)
            throws XMLStreamException {
        if (element.children().isEmpty()) {
            writer.writeEmptyElement(element.name());
        } else {
            writer.writeStartElement(element.name());
        }
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            writer.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        if (element.children().isEmpty()) {
            return;
        }
        for (XmlNode child : element.children()) {
            writer.writeCharacters("\n" + "  ".repeat(depth + 1));
            if (child instanceof XmlElement e) {
                writeElement(writer, e, depth + 1);
            } else if (child instanceof XmlComment c) {
                writer.writeComment(c.text());
            }
        }
        writer.writeCharacters("\n" + "  ".repeat(depth));
        writer.writeEndElement();
    }
}
