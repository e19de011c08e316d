package io.hactl.cib;

import java.util.List;
import java.util.Locale;

/** Booleans in the CIB as Pacemaker reads them ({@code crm_is_true}, {@code crm_str_to_boolean}), any case. */
public final class PacemakerBoolean {
    private static final List<String> TRUE = List.of("true", "on", "yes", "y", "1");
    private static final List<String> FALSE = List.of("false", "off", "no", "n", "0");

    private PacemakerBoolean() {}

    public static boolean isTrue(String value) {
        return value != null && TRUE.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    public static boolean isFalse(String value) {
        return value != null && FALSE.contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
