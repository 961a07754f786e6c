package dev.akconf.bench;

import dev.akconf.config.YamlDocument;
import dev.akconf.config.YamlLimits;
import dev.akconf.config.YamlReader;
import dev.akconf.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Fleet} as the configuration a team would keep: providers and applications in files
 * of at most {@value #PER_FILE} documents (akconf reads files up to 4 MiB), and the outpost in its own
 * file with the /dev/shm patch.
 */
public final class FleetConfig {

    static final int PER_FILE = 1000;

    private static final String OUTPOST = """
            # yaml-language-server: $schema=../schemas/document.schema.json
            # The outpost serving the first apps; its sessions live in a 512Mi memory emptyDir at /dev/shm.
            kind: Outpost
            name: %s
            spec:
              type: proxy
              providers:
            %s  config:
                authentik_host: https://auth.bench.example.com
                log_level: info
                kubernetes_json_patches:
                  deployment:
                    - op: add
                      path: /spec/template/spec/volumes
                      value:
                        - name: dshm
                          emptyDir:
                            medium: Memory
                            sizeLimit: 512Mi
                    - op: add
                      path: /spec/template/spec/containers/0/volumeMounts
                      value:
                        - name: dshm
                          mountPath: /dev/shm
            """;

    private FleetConfig() {
    }

    /**
     * Replaces {@code dir}'s YAML with the fleet's configuration.
     *
     * @param changed apps whose provider declares {@link Fleet#CHANGED_VALIDITY} instead of the seeded value
     */
    public static void write(Path dir, Fleet fleet, Set<Fleet.App> changed) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.delete(p);
            }
        }
        writeChunks(dir, "providers", fleet.apps(), app -> provider(app, changed.contains(app)));
        writeChunks(dir, "applications", fleet.apps(), FleetConfig::application);
        Files.writeString(dir.resolve("outpost.yaml"), outpost(fleet), StandardCharsets.UTF_8);
    }

    /** The outpost config the simulator must hold for the first plan to find nothing: the declared keys over the defaults. */
    static ObjectNode outpostConfig(ObjectNode defaults) {
        List<YamlDocument> docs = new YamlReader(YamlLimits.DEFAULT).read("outpost", outpost(Fleet.of(0)), new Diagnostics());
        ObjectNode config = defaults.deepCopy();
        config.setAll((ObjectNode) docs.get(0).root().path("spec").path("config"));
        return config;
    }

    private static void writeChunks(Path dir, String stem, List<Fleet.App> apps, Function<Fleet.App, String> doc)
            throws IOException {
        for (int from = 0, part = 1; from < apps.size(); from += PER_FILE, part++) {
            StringBuilder text = new StringBuilder("# yaml-language-server: $schema=../schemas/document.schema.json\n");
            for (Fleet.App app : apps.subList(from, Math.min(apps.size(), from + PER_FILE))) {
                text.append(text.length() > 70 ? "---\n" : "").append(doc.apply(app));
            }
            String name = apps.size() <= PER_FILE ? stem + ".yaml" : String.format("%s-%02d.yaml", stem, part);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        }
    }

    private static String provider(Fleet.App app, boolean changed) {
        StringBuilder s = new StringBuilder()
                .append("kind: ProxyProvider\nname: ").append(app.name()).append("\nspec:\n")
                .append("  mode: forward_single\n")
                .append("  external_host: ").append(app.host()).append('\n')
                .append("  authorization_flow: ").append(app.authorizationFlow()).append('\n')
                .append("  invalidation_flow: default-provider-invalidation-flow\n")
                .append("  access_token_validity: ").append(changed ? Fleet.CHANGED_VALIDITY : app.accessTokenValidity()).append('\n');
        if (app.interceptHeaderAuth()) {
            s.append("  # Monitoring polls it with a bearer token: let the outpost check the header.\n")
                    .append("  intercept_header_auth: true\n");
        } else {
            // Authentik's default is true, and a field left out is expected at its default.
            s.append("  intercept_header_auth: false\n");
        }
        if (app.skipPathRegex() != null) {
            s.append("  skip_path_regex: |-\n");
            app.skipPathRegex().lines().forEach(l -> s.append("    ").append(l).append('\n'));
        }
        return s.toString();
    }

    private static String application(Fleet.App app) {
        return "kind: Application\nslug: " + app.slug() + "\nspec:\n"
                + "  name: " + app.name() + "\n"
                + "  provider: " + app.name() + "\n"
                + "  group: " + app.group() + "\n"
                + "  meta_launch_url: " + app.host() + "\n"
                + "  policy_engine_mode: " + app.policyEngineMode() + "\n";
    }

    private static String outpost(Fleet fleet) {
        StringBuilder providers = new StringBuilder();
        fleet.apps().subList(0, fleet.outpostServes()).forEach(a -> providers.append("    - ").append(a.name()).append('\n'));
        return OUTPOST.formatted(fleet.outpostName(), providers);
    }
}
