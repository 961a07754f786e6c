package dev.akconf.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.sim.OpenApiContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request akconf sends, and every answer it gets, in real plan/apply runs against the
 * simulator, validates against Authentik's own OpenAPI schema (skipped, with a message, where the
 * schema file is absent).
 */
class ContractEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void incidentPlanAndApply() {
        OpenApiContract.get();
        try (SimHarness h = SimHarness.incident()) {
            Path plan = dir.resolve("plan.json");
            assertEquals(2, h.run("plan", "-c", "config", "--out", plan.toString(), "--detailed-exitcode").exitCode());
            assertEquals(0, h.run("apply", plan.toString()).exitCode());
            assertEquals(3, h.writes().size(), "the provider and the two outposts");
            OpenApiContract.assertContract(h.sim);
        }
    }

    @Test
    void createsUpdatesAndDeletes() throws IOException {
        OpenApiContract.get();
        Path config = SimHarness.copyConfig(dir);
        Files.writeString(config.resolve("more.yaml"), """
                kind: ProxyProvider
                name: wiki
                spec:
                  mode: proxy
                  external_host: https://wiki.example.com
                  internal_host: http://wiki:8080
                  authorization_flow: default-provider-authorization-implicit-consent
                  invalidation_flow: default-provider-invalidation-flow
                  basic_auth_enabled: true
                  basic_auth_user_attribute: wiki_user
                  basic_auth_password_attribute: wiki_password
                  skip_path_regex: |
                    ^/health$
                    ^/static/.*
                ---
                kind: Application
                slug: wiki
                spec: {name: Wiki, provider: wiki, meta_launch_url: https://wiki.example.com}
                ---
                kind: Outpost
                name: edge
                spec:
                  type: proxy
                  providers: [wiki]
                  config: {kubernetes_replicas: 2, log_level: debug}
                """);
        try (SimHarness h = SimHarness.incident()) {
            assertEquals(0, h.run("apply", "-c", config.toString(), "--auto-approve").exitCode());
            SimHarness.replace(config.resolve("more.yaml"), "kubernetes_replicas: 2", "kubernetes_replicas: 3");
            Files.writeString(config.resolve("gone.yaml"), "kind: Outpost\nname: old\nstate: absent\n");
            assertEquals(0, h.run("apply", "-c", config.toString(), "--auto-approve").exitCode());
            assertEquals(0, h.run("plan", "-c", config.toString(), "--detailed-exitcode").exitCode());
            OpenApiContract.assertContract(h.sim);
        }
    }
}
