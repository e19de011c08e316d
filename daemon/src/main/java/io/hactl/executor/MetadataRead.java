package io.hactl.executor;

/** The result of asking an agent for its meta-data: a description, or why there is none. */
public sealed interface MetadataRead {
    record Parsed(AgentMetadata metadata) implements MetadataRead {}

    /** @param why e.g. "meta-data exited with rc=5 (not installed)" or "line 3: element not closed" */
    record Unreadable(String why) implements MetadataRead {}
}
