package dev.akconf.controller;

/**
 * Values the generated objects need that akconf cannot know offline. None of them changes whether a
 * patch applies (they are label values, names and an image reference, never structure), unless a
 * {@code test} operation tests exactly them.
 *
 * @param outpostUuid        the outpost's uuid (labels {@code goauthentik.io/outpost-uuid}, as hex)
 * @param namespace          used when the config has no {@code kubernetes_namespace}: Authentik then
 *                           takes the namespace it runs in ({@code authentik/outposts/controllers/k8s/utils.py}
 *                           {@code get_namespace}, {@code "default"} outside a pod)
 * @param authentikVersion   {@code authentik/__init__.py} {@code VERSION}
 * @param buildHash          {@code GIT_BUILD_HASH} of the server image, {@code ""} for a release
 * @param containerImageBase {@code outposts.container_image_base} ({@code authentik/lib/default.yml})
 */
public record Unknowns(String outpostUuid, String namespace, String authentikVersion, String buildHash,
                       String containerImageBase) {

    /** The placeholder uuid: all zeros. */
    public static final String PLACEHOLDER_UUID = "00000000-0000-0000-0000-000000000000";

    /**
     * Placeholders: uuid {@value #PLACEHOLDER_UUID}, namespace {@code authentik}, version 2026.2.2,
     * no build hash, image base {@code ghcr.io/goauthentik/%(type)s:%(version)s}.
     */
    public static Unknowns placeholders() {
        return new Unknowns(PLACEHOLDER_UUID, "authentik", "2026.2.2", "", "ghcr.io/goauthentik/%(type)s:%(version)s");
    }

    public Unknowns withUuid(String uuid) {
        return new Unknowns(uuid, namespace, authentikVersion, buildHash, containerImageBase);
    }

    /** With the server's version (from Authentik, at plan), which sets the image tag and version labels. */
    public Unknowns withVersion(String version) {
        return new Unknowns(outpostUuid, namespace, version, buildHash, containerImageBase);
    }

    public Unknowns withNamespace(String ns) {
        return new Unknowns(outpostUuid, ns, authentikVersion, buildHash, containerImageBase);
    }

    /** {@code uuid.hex}: the uuid without dashes, lower case. */
    String uuidHex() {
        return outpostUuid.replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code authentik_full_version()}: version, plus {@code +hash} when built with one. */
    String fullVersion() {
        return buildHash.isEmpty() ? authentikVersion : authentikVersion + "+" + buildHash;
    }
}
