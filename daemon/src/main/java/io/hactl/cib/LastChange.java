package io.hactl.cib;

/**
 * Who last changed the CIB, from the {@code cib} element: {@code cib-last-written}, {@code update-user},
 * {@code update-client} and {@code update-origin}. crm_mon prints them as "Last change: WHEN by USER via CLIENT on
 * NODE". Each is empty when the CIB does not say.
 */
public record LastChange(String written, String user, String client, String node) {
    public static final LastChange UNKNOWN = new LastChange("", "", "", "");
}
