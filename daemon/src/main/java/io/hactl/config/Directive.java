package io.hactl.config;

/**
 * One ha.cf keyword and what hactl does with it.
 *
 * @param repeatable whether the keyword may appear on several lines ({@code node}, media, {@code respawn} …);
 *                   a single-valued keyword written twice is refused, since Heartbeat's "last one wins" hides typos
 */
record Directive(String name, boolean repeatable, Handler handler) {

    /** Reads one line of the directive into the draft, reporting what is wrong with it. */
    @FunctionalInterface
    interface Handler {
        void apply(ConfigLine line, HaCfDraft draft, Problems problems);
    }
}
