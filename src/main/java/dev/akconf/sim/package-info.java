/**
 * An in-memory, thread-safe emulation of the parts of Authentik 2026.2.2's REST API that akconf
 * uses, served on a loopback port: proxy providers, applications, outposts (with the embedded
 * outpost), flows, scope mappings, certificate-key pairs, service connections, groups, policy
 * bindings, and (read-only) users and policies.
 *
 * <p>It follows the server's Django REST Framework semantics closely enough for end-to-end tests,
 * demos and benchmarks: page-number pagination, 403 bodies, DRF field validation and error texts,
 * Authentik's own serializer checks (with their quirks, e.g. a PATCH without {@code mode}), and the
 * side effects of writes (managed scope mappings, outpost config replaced wholesale, deletes that
 * detach). Each emulated quirk names the upstream source it comes from. Faults (503, dropped
 * connections, delays) and a fixed latency can be injected deterministically.
 *
 * <p>It starts from {@link dev.akconf.sim.SimState#fresh()} (what a new 2026.2.2 install in Kubernetes
 * holds) or {@link dev.akconf.sim.SimState#incident()} (that plus the post-mortem's objects). Where it
 * still differs from Authentik, a comment at that spot says so (e.g. flows are read-only and have no
 * stages, scope-mapping expressions are not compiled).
 *
 * <p>Nothing here prints: diagnostics go to the log hook in {@link dev.akconf.sim.SimOptions}.
 * Entry point: {@link dev.akconf.sim.Simulator#start(SimOptions)}.
 */
package dev.akconf.sim;
