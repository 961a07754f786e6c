package dev.akconf.apply;

/** What happened to one resource of a plan during apply. */
public enum Outcome {
    /** Written, and Authentik accepted it. */
    APPLIED,
    /** The write failed; the run stopped here. */
    FAILED,
    /** Not attempted, because an earlier write failed or something it depends on was not created. */
    SKIPPED,
    /** Nothing to do: the plan had no change for it, so no request was sent. */
    UNCHANGED
}
