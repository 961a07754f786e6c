package dev.akconf.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.akconf.cli.AppContext;
import dev.akconf.cli.Main;
import dev.akconf.render.DriftMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * examples/ci/: every YAML file parses, has the jobs and alerts the README promises, and uses only
 * akconf commands, options and metric names that exist.
 */
class CiExamplesTest {

    static final Path CI = Path.of("examples", "ci");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern AKCONF_CALL = Pattern.compile("akconf (validate|plan|apply|drift|refresh|import)\\b([^\\n;|&>]*)");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(CI)) {
            return list.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList().stream();
        }
    }

    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return it.readAll();
        }
    }

    private static JsonNode document(String name) {
        List<JsonNode> docs = documents(CI.resolve(name));
        assertEquals(1, docs.size(), name);
        return docs.get(0);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isString()) {
            out.add(node.asString());
        }
        node.forEach(child -> out.addAll(strings(child)));
        node.properties().forEach(e -> out.addAll(strings(e.getValue())));
        return out;
    }

    @Test
    void theFilesTheReadmeNames() throws IOException {
        assertEquals(List.of("drift-ignore.yaml", "github-actions.yml", "gitlab-ci.yml", "kubernetes-cronjob.yaml", "prometheus-rule.yaml"),
                files().map(p -> p.getFileName().toString()).toList());
        assertTrue(Files.isRegularFile(CI.resolve("README.md")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyAkconfCallUsesOptionsThatExist(Path file) {
        CommandLine cli = Main.commandLine(AppContext.of(Map.of()));
        int calls = 0;
        for (JsonNode doc : documents(file)) {
            for (String text : strings(doc)) {
                Matcher m = AKCONF_CALL.matcher(text);
                while (m.find()) {
                    calls++;
                    CommandLine.Model.CommandSpec sub = cli.getSubcommands().get(m.group(1)).getCommandSpec();
                    for (String token : m.group(2).trim().split("\\s+")) {
                        if (token.startsWith("-")) {
                            String option = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
                            assertNotNull(sub.findOption(option), () -> file + ": akconf " + m.group(1) + " has no " + option);
                        }
                    }
                }
            }
        }
        if (!file.getFileName().toString().equals("prometheus-rule.yaml") && !file.getFileName().toString().startsWith("drift-ignore")) {
            assertTrue(calls > 0, file + " runs akconf");
        }
    }

    @Test
    void githubActionsPlansOnPullRequestsAppliesOnMainAndChecksDriftNightly() {
        JsonNode wf = document("github-actions.yml");
        assertTrue(wf.at("/on/pull_request").isObject());
        assertEquals("main", wf.at("/on/push/branches/0").asString());
        assertFalse(wf.at("/on/schedule/0/cron").asString().isEmpty());
        String plan = String.join("\n", strings(wf.at("/jobs/plan")));
        assertTrue(plan.contains("--output markdown") && plan.contains("--out plan.json") && plan.contains("issues/$PR/comments"), plan);
        String apply = String.join("\n", strings(wf.at("/jobs/apply")));
        assertTrue(apply.contains("./akconf apply reviewed/plan.json"), apply);
        String drift = String.join("\n", strings(wf.at("/jobs/drift")));
        assertTrue(drift.contains("./akconf drift -c config/ --junit drift.xml"), drift);
        assertTrue(wf.at("/jobs/drift/if").asString().contains("schedule"));
    }

    @Test
    void gitlabHasTheSameThreeJobs() {
        JsonNode ci = document("gitlab-ci.yml");
        assertTrue(ci.at("/plan/rules/0/if").asString().contains("merge_request_event"));
        assertTrue(String.join("\n", strings(ci.at("/plan/script"))).contains("/notes"));
        assertTrue(String.join("\n", strings(ci.at("/apply/script"))).contains("./akconf apply plan.json"));
        assertTrue(ci.at("/drift/rules/0/if").asString().contains("schedule"));
        assertEquals("drift.xml", ci.at("/drift/artifacts/reports/junit").asString());
    }

    @Test
    void githubActionsProposesTheUiChangesAsOnePullRequestNightly() {
        JsonNode job = document("github-actions.yml").at("/jobs/refresh");
        assertTrue(job.path("if").asString().contains("schedule"), job::toString);
        assertEquals("write", job.at("/permissions/contents").asString());
        assertEquals("write", job.at("/permissions/pull-requests").asString());
        assertEquals("akconf-authentik", job.at("/concurrency/group").asString(), "never beside an apply");
        String script = String.join("\n", strings(job.path("steps")));
        assertRefreshesAndProposesOnce(script);
        assertTrue(script.contains("gh pr edit \"$BRANCH\"") && script.contains("gh pr create"), script);
    }

    @Test
    void gitlabProposesTheUiChangesAsOneMergeRequestOnSchedule() {
        JsonNode job = document("gitlab-ci.yml").at("/refresh");
        assertTrue(job.at("/rules/0/if").asString().contains("schedule"), job::toString);
        assertEquals("authentik", job.path("resource_group").asString());
        String script = String.join("\n", strings(job.path("script")));
        assertRefreshesAndProposesOnce(script);
        assertTrue(script.contains("source_branch=$BRANCH") && script.contains("--request PUT") && script.contains("--request POST"), script);
    }

    @Test
    void everyGitlabScriptLineIsAString() {
        // "- echo a: b" is a YAML mapping, which GitLab refuses ("script config should be a string").
        document("gitlab-ci.yml").properties().forEach(job -> {
            for (String key : List.of("script", "before_script", "after_script")) {
                job.getValue().path(key).forEach(line -> assertTrue(line.isString(), job.getKey() + "." + key + ": " + line));
            }
        });
    }

    /** Refresh's exit code 0 or 2 goes on, any other fails the job; no proposal without changed files; one fixed branch. */
    private static void assertRefreshesAndProposesOnce(String script) {
        assertTrue(script.contains("./akconf refresh -c config/"), script);
        assertTrue(script.contains("if [ \"$code\" -ne 0 ] && [ \"$code\" -ne 2 ]; then exit \"$code\"; fi"), script);
        assertTrue(script.contains("git status --porcelain -- config/ refreshed/") && script.contains("exit 0"), script);
        assertTrue(script.contains("Authentik drift: $n changes made in the UI"), script);
        assertTrue(script.contains("cat drift.md") && script.contains("git diff HEAD~1"), "diff and drift report as the description: " + script);
        assertTrue(script.contains("akconf/drift") || script.contains("$BRANCH"), script);
    }

    @Test
    void cronJobRunsDriftIntoTheTextfileDirectoryWithTheTokenFromASecret() {
        JsonNode job = document("kubernetes-cronjob.yaml");
        assertEquals("CronJob", job.path("kind").asString());
        JsonNode pod = job.at("/spec/jobTemplate/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        String args = String.join(" ", strings(container.path("args")));
        assertTrue(args.contains("akconf drift") && args.contains("--metrics /reports/akconf.prom"), args);
        assertEquals("/reports", container.at("/volumeMounts/0/mountPath").asString());
        assertTrue(pod.at("/volumes/0/emptyDir").isObject(), "reports on an emptyDir, not a hostPath");
        assertEquals("akconf-authentik-token", pod.at("/volumes/1/secret/secretName").asString());
        assertTrue(args.contains("--token-file /var/run/secrets/akconf/token"), args);
    }

    @Test
    void prometheusRuleAlertsOnDriftFailedRunsAndStaleness() {
        JsonNode rule = document("prometheus-rule.yaml");
        assertEquals("PrometheusRule", rule.path("kind").asString());
        Map<String, String> alerts = new java.util.LinkedHashMap<>();
        rule.at("/spec/groups/0/rules").forEach(r -> alerts.put(r.path("alert").asString(), r.path("expr").asString()));
        assertEquals("sum(akconf_drift_resources) > 0", alerts.get("AkconfDrift"));
        assertEquals("akconf_last_run_success == 0", alerts.get("AkconfRunFailed"));
        assertTrue(alerts.get("AkconfStale").startsWith("time() - akconf_last_run_timestamp_seconds > 2 * 86400"));
        // Every metric an alert names is one drift writes.
        Set<String> written = new HashSet<>();
        DriftMetrics.failure(Instant.EPOCH).lines().filter(l -> l.startsWith("# TYPE")).forEach(l -> written.add(l.split(" ")[2]));
        written.addAll(List.of("akconf_drift_resources", "akconf_unmanaged_resources", "akconf_managed_resources"));
        Matcher m = Pattern.compile("akconf_[a-z_]+").matcher(String.join(" ", alerts.values()));
        while (m.find()) {
            assertTrue(written.contains(m.group()), m.group());
        }
    }

    @Test
    void theExampleIgnoreFileIsValid() {
        IgnoreFileReader.Result r = new IgnoreFileReader().read(CI.resolve("drift-ignore.yaml"));
        assertFalse(r.diagnostics().hasErrors(), () -> r.diagnostics().sorted().toString());
        assertEquals(3, r.rules().size());
    }
}
