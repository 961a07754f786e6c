package dev.akconf.controller;

/**
 * What kind of service connection an outpost has, as far as akconf knows. Only a Kubernetes one
 * makes Authentik run the Kubernetes controller ({@code authentik/outposts/tasks.py}
 * {@code controller_for_outpost}); {@link #UNKNOWN} is the offline case of an undeclared
 * connection, which is not the same as none.
 */
public enum ServiceConnection {
    KUBERNETES,
    DOCKER,
    NONE,
    UNKNOWN
}
