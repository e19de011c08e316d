package io.hactl.executor;

/**
 * Something wrong with a resource definition, found before anything starts.
 *
 * @param refuses true when the definition must be refused; false for a warning the admin should read
 */
public record ResourceProblem(boolean refuses, String resource, String message) {
    static ResourceProblem error(String resource, String message) {
        return new ResourceProblem(true, resource, message);
    }

    static ResourceProblem warning(String resource, String message) {
        return new ResourceProblem(false, resource, message);
    }

    @Override
    public String toString() {
        return (refuses ? "error: " : "warning: ") + resource + ": " + message;
    }
}
