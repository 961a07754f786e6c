/**
 * {@code akconf bench}: a synthetic installation of N proxy providers, N applications and an outpost,
 * served by the simulator with a fixed per-request latency, and the phases a user runs against it
 * (plan, plan with changes, apply, plan again), each as its own child JVM started exactly like the
 * launcher starts akconf. Nothing here prints: results are values the CLI renders.
 */
package dev.akconf.bench;
