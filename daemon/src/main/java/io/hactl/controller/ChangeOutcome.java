package io.hactl.controller;

import java.util.Map;

/** The coordinator's answer to an admin change: applied or refused, one line for the admin, fields for scripts. */
public record ChangeOutcome(boolean ok, String message, Map<String, Object> result) {
    public ChangeOutcome {
        result = Wire.copy(result);
    }
}
