/**
 * A dry-run of Authentik 2026.2.2's outpost controller, offline and pure: the objects its
 * Kubernetes controller generates for an outpost ({@link dev.akconf.controller.ReferenceObjects},
 * faithful to {@code authentik/outposts/controllers/k8s/*.py}), RFC 6902 patches applied with the
 * semantics and messages of python {@code jsonpatch} ({@link dev.akconf.controller.JsonPatch}),
 * which components the controller acts on ({@link dev.akconf.controller.ControllerDryRun}), and what
 * backs /dev/shm in the result ({@link dev.akconf.controller.ShmMount}).
 *
 * <p>Entry points: {@code ControllerDryRun.run(OutpostInput)} → {@code DryRunReport};
 * {@code JsonPatch.apply(doc, patch)} → {@code PatchOutcome}; {@code ShmMount.of(deployment)}.
 */
package dev.akconf.controller;
