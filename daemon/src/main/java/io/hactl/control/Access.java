package io.hactl.control;

/** What a command does, which decides who may run it (see {@link AccessPolicy}). */
public enum Access {
    /** Only reads state (cl_status, status): also open to every member of group haclient. */
    READ_ONLY,
    /** Changes the cluster: root and those ha.cf's {@code apiauth hactl} allows. */
    ADMIN
}
