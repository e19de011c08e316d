package io.hactl.cib.xml;

/** A node of a CIB document as we keep it: elements and comments, so that round-trips lose nothing an admin wrote. */
public sealed interface XmlNode permits XmlElement, XmlComment {}
