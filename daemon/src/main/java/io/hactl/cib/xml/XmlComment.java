package io.hactl.cib.xml;

/** An XML comment, kept so that an admin's notes survive hactl rewriting the file. */
public record XmlComment(String text) implements XmlNode {}
