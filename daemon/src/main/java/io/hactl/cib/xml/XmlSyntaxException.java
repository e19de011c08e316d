package io.hactl.cib.xml;

import java.io.IOException;

/** The file is not well-formed XML; {@code line} is where the parser gave up (0 if unknown). */
public final class XmlSyntaxException extends IOException {
    private final int line;

    public XmlSyntaxException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
