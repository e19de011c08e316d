package io.hactl.executor;

import java.util.Optional;

/**
 * One {@code <parameter>} of an agent's meta-data.
 *
 * @param type         {@code string}, {@code integer}, {@code boolean}, {@code time} (OCF 1.1 also has
 *                     {@code select} and others; they are checked as strings)
 * @param unique       no two resources of this agent may share the value (e.g. an IP address)
 * @param deprecated   kept for old configurations; the agent prefers another parameter
 */
public record ParameterSpec(String name, boolean required, boolean unique, boolean deprecated, String type,
        Optional<String> defaultValue, String shortdesc, String longdesc) {}
