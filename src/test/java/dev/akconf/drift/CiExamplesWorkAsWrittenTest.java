package dev.akconf.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17 item 7: what can be checked offline of the defects the CI examples had: the reviewed plan is
 * the merged head's, permissions are minimal, the configuration's ${VAR}s reach the jobs, apply runs only
 * on main, and the CronJob can read its Secret, has the heap for 10,000 objects, passes Pod Security
 * "restricted" and runs an image built from the release archive by the documented Containerfile.
 */
class CiExamplesWorkAsWrittenTest {

    private static final Path CI = CiExamplesTest.CI;

    private static JsonNode doc(String name) {
        return CiExamplesTest.documents(CI.resolve(name)).get(0);
    }

    private static String text(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return String.join("\n", out);
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.asString());
        }
        node.forEach(child -> collect(child, out));
        node.properties().forEach(e -> collect(e.getValue(), out));
    }

    // --- GitHub Actions

    @Test
    void githubTiesThePlanArtifactToTheMergedHeadCommit() {
        JsonNode wf = doc("github-actions.yml");
        JsonNode upload = null;
        for (JsonNode step : wf.at("/jobs/plan/steps")) {
            if (step.path("uses").asString().startsWith("actions/upload-artifact")) {
                upload = step;
            }
        }
        assertNotNull(upload, "the plan job uploads the plan");
        assertEquals("akconf-plan-${{ github.event.pull_request.head.sha }}", upload.at("/with/name").asString());
        assertTrue(upload.at("/with/path").asString().contains("plan.json"));
        assertFalse(wf.at("/on/pull_request").has("paths"), "every head commit gets a plan");

        String apply = text(wf.at("/jobs/apply"));
        assertTrue(apply.contains("commits/${{ github.sha }}/pulls"), apply);
        assertTrue(apply.contains(".head.sha"), "the merged pull request's head: " + apply);
        assertTrue(apply.contains("name=\"akconf-plan-$head\""), apply);
        assertFalse(apply.contains("gh run download"), "not the newest artifact of a name");
        assertTrue(apply.contains("expired") && apply.contains("exit 1"), "retention expiry is a clear failure");
    }

    @Test
    void githubUpdatesItsOwnCommentByAMarker() {
        String plan = text(doc("github-actions.yml").at("/jobs/plan"));
        assertFalse(plan.contains("--edit-last"), plan);
        assertTrue(plan.contains("<!-- akconf-plan: ${{ github.workflow }} -->"), plan);
        assertTrue(plan.contains("startswith(env.MARKER)") && plan.contains("github-actions[bot]"), plan);
        assertTrue(plan.contains("--method PATCH") && plan.contains("--method POST"), plan);
    }

    @Test
    void githubPermissionsAreMinimalAndApplyIsRestrictedToMain() throws IOException {
        JsonNode wf = doc("github-actions.yml");
        assertEquals("read", wf.at("/permissions/contents").asString());
        assertEquals("write", wf.at("/jobs/plan/permissions/pull-requests").asString());
        assertEquals("read", wf.at("/jobs/apply/permissions/actions").asString(), "to read the plan artifact");
        assertEquals("write", wf.at("/jobs/drift/permissions/checks").asString());
        for (String job : List.of("plan", "apply", "drift")) {
            JsonNode perms = wf.at("/jobs/" + job + "/permissions");
            assertTrue(perms.isObject(), job + " has its own permissions block");
            assertEquals("read", perms.path("contents").asString(), job);
        }
        assertEquals("authentik-production", wf.at("/jobs/apply/environment").asString());
        assertTrue(wf.at("/jobs/apply/if").asString().contains("github.ref == 'refs/heads/main'"));
        String header = headerComments(CI.resolve("github-actions.yml"));
        assertTrue(header.contains("Deployment branches and tags") && header.contains("`main`"), "the protection rule is documented");
    }

    @Test
    void githubPassesEveryVariableTheConfigurationsUseToEveryJob() throws IOException {
        JsonNode wf = doc("github-actions.yml");
        Set<String> used = configurationVariables();
        assertFalse(used.isEmpty(), "the examples use ${VAR}s");
        for (String name : used) {
            assertTrue(wf.at("/env").has(name), name + " is in the workflow's env, so plan, apply and drift see it");
        }
        assertTrue(wf.at("/env/AUTHENTIK_URL").isString());
        for (String job : List.of("plan", "apply", "drift")) {
            boolean token = false;
            for (JsonNode step : wf.at("/jobs/" + job + "/steps")) {
                if (step.path("run").asString().contains("./akconf ") && !step.path("run").asString().contains("validate")) {
                    token |= step.at("/env/AUTHENTIK_TOKEN").asString().startsWith("${{ secrets.");
                }
            }
            assertTrue(token, job + " passes AUTHENTIK_TOKEN from a secret");
        }
    }

    // --- GitLab CI

    @Test
    void gitlabFindsTheMergeRequestThroughTheApiAndChecksTheHead() {
        JsonNode ci = doc("gitlab-ci.yml");
        String apply = text(ci.at("/apply/script"));
        assertFalse(apply.contains("See merge request"), "fast-forward merges have no such line");
        assertFalse(apply.contains("CI_COMMIT_MESSAGE"), apply);
        assertTrue(apply.contains("/repository/commits/$CI_COMMIT_SHA/merge_requests"), apply);
        assertTrue(apply.contains("plan-sha.txt") && apply.contains("\"$head\""), "the plan of the merged head: " + apply);
        assertTrue(apply.contains("expire_in"), "expiry is a clear failure");
        assertTrue(text(ci.at("/plan/artifacts/paths")).contains("plan-sha.txt"));
        assertTrue(text(ci.at("/plan/script")).contains("CI_MERGE_REQUEST_SOURCE_BRANCH_SHA"));
        assertEquals("authentik-production", ci.at("/apply/environment").asString());
        assertTrue(ci.at("/apply/rules/0/if").asString().contains("$CI_DEFAULT_BRANCH"));
    }

    // --- Kubernetes CronJob and its image

    @Test
    void cronJobPassesPodSecurityRestricted() throws IOException {
        JsonNode pod = doc("kubernetes-cronjob.yaml").at("/spec/jobTemplate/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asString());
        Set<String> allowed = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim",
                "projected", "secret");
        for (JsonNode v : pod.path("volumes")) {
            v.propertyNames().forEach(type -> assertTrue(type.equals("name") || allowed.contains(type), "volume type " + type));
        }
        assertFalse(Files.readString(CI.resolve("kubernetes-cronjob.yaml")).contains("hostPath:"));
        Set<String> mounts = new TreeSet<>();
        for (JsonNode c : pod.path("containers")) {
            JsonNode sc = c.path("securityContext");
            assertFalse(sc.path("allowPrivilegeEscalation").asBoolean(true), c.path("name").asString());
            assertEquals("ALL", sc.at("/capabilities/drop/0").asString());
            assertTrue(sc.path("readOnlyRootFilesystem").asBoolean());
            assertFalse(sc.path("privileged").asBoolean(false));
            c.path("volumeMounts").forEach(m -> mounts.add(m.path("mountPath").asString()));
        }
        // Read-only root: every place akconf writes is a mounted volume.
        JsonNode container = pod.at("/containers/0");
        assertTrue(mounts.contains(env(container, "XDG_CACHE_HOME")), "the cache directory is writable: " + mounts);
        assertTrue(mounts.contains("/tmp"), mounts.toString());
        Matcher metrics = Pattern.compile("--metrics (/\\S+)/[^/\\s]+").matcher(text(container.path("args")));
        assertTrue(metrics.find());
        assertTrue(mounts.contains(metrics.group(1)), "the metrics directory is a volume: " + metrics.group(1));
    }

    @Test
    void cronJobCanReadItsSecret() throws IOException {
        JsonNode pod = doc("kubernetes-cronjob.yaml").at("/spec/jobTemplate/spec/template/spec");
        // Kubernetes reads 0440 as octal (YAML 1.1); take the text as written.
        Matcher m = Pattern.compile("defaultMode: (0[0-7]{3})").matcher(Files.readString(CI.resolve("kubernetes-cronjob.yaml")));
        assertTrue(m.find(), "defaultMode is written in octal");
        int mode = Integer.parseInt(m.group(1), 8);
        JsonNode sc = pod.path("securityContext");
        long uid = sc.path("runAsUser").asLong();
        assertTrue(uid > 0, "not root");
        // Secret files belong to root and, with fsGroup, to that group: readable by group or by others.
        boolean byGroup = (mode & 0040) != 0 && sc.has("fsGroup");
        boolean byOthers = (mode & 0004) != 0;
        assertTrue(byGroup || byOthers, "user " + uid + " can read a secret of mode " + m.group(1));
        String args = text(pod.at("/containers/0/args"));
        assertTrue(args.contains("--token-file /var/run/secrets/akconf/token"));
        boolean mounted = false;
        for (JsonNode mount : pod.at("/containers/0/volumeMounts")) {
            mounted |= mount.path("mountPath").asString().equals("/var/run/secrets/akconf");
        }
        assertTrue(mounted);
    }

    @Test
    void cronJobHasTheHeapForTenThousandObjects() throws IOException {
        JsonNode container = doc("kubernetes-cronjob.yaml").at("/spec/jobTemplate/spec/template/spec/containers/0");
        Matcher xmx = Pattern.compile("-Xmx(\\d+)m").matcher(env(container, "AKCONF_JAVA_OPTS"));
        assertTrue(xmx.find(), "the heap is set through AKCONF_JAVA_OPTS");
        int heap = Integer.parseInt(xmx.group(1));
        // The README's measured plan peak heap at the largest N it reports (10,000 + 10,000 objects).
        Matcher peak = Pattern.compile("\\| plan peak heap \\|.*\\| (\\d+) MiB \\|\\s*$", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("README.md")));
        assertTrue(peak.find(), "README has the peak heap table");
        int measured = Integer.parseInt(peak.group(1));
        assertTrue(heap >= measured * 3 / 2, heap + " MiB of heap for a measured peak of " + measured + " MiB");
        Matcher limit = Pattern.compile("(\\d+)Mi").matcher(container.at("/resources/limits/memory").asString());
        assertTrue(limit.matches());
        assertTrue(Integer.parseInt(limit.group(1)) >= heap + 128, "room beside the heap (metaspace, stacks, CDS)");
    }

    @Test
    void theImageIsBuiltFromTheReleaseArchiveByTheDocumentedContainerfile() throws IOException {
        Path file = CI.resolve("Containerfile");
        assertTrue(Files.isRegularFile(file));
        String containerfile = Files.readString(file);
        List<String> froms = containerfile.lines().filter(l -> l.startsWith("FROM ")).toList();
        assertEquals(List.of("FROM eclipse-temurin:17-jre"), froms, "one stage, on the JRE");
        assertFalse(containerfile.contains("mvn ") && !containerfile.contains("# "), "no Maven in the image");
        for (String line : containerfile.lines().filter(l -> !l.startsWith("#")).toList()) {
            assertFalse(line.contains("mvn") || line.contains("maven"), line);
        }
        String version = projectVersion();
        assertTrue(containerfile.contains("ARG AKCONF_ARCHIVE=target/akconf-" + version + ".tar.gz"), "the archive mvn package builds");
        assertTrue(containerfile.contains("COPY ${AKCONF_ARCHIVE}") && containerfile.contains("tar xzf"), containerfile);
        assertTrue(containerfile.contains("USER 65534"), containerfile);
        String image = doc("kubernetes-cronjob.yaml").at("/spec/jobTemplate/spec/template/spec/containers/0/image").asString();
        assertTrue(containerfile.contains("-t " + image), "the Containerfile documents the build of " + image);
        assertTrue(Files.readString(CI.resolve("README.md")).contains("-t " + image), "so does the README");
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asString().equals(name)) {
                return e.path("value").asString();
            }
        }
        throw new AssertionError("no " + name + " in the container's env");
    }

    /** The {@code ${VAR}}s the repository's configurations use: config/ and every example directory. */
    private static Set<String> configurationVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        Pattern var = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?}");
        List<Path> roots = new ArrayList<>(List.of(Path.of("config")));
        try (Stream<Path> dirs = Files.list(Path.of("examples"))) {
            dirs.filter(Files::isDirectory).filter(d -> !d.equals(CI)).forEach(roots::add);
        }
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        String code = line.replaceAll("(^|\\s)#.*$", ""); // a comment may show the syntax
                        Matcher m = var.matcher(code.replace("$${", ""));
                        while (m.find()) {
                            if (m.group(2) == null) {
                                names.add(m.group(1));
                            }
                        }
                    }
                }
            }
        }
        return names;
    }

    private static String headerComments(Path file) throws IOException {
        return String.join("\n", Files.readAllLines(file).stream().takeWhile(l -> l.startsWith("#") || l.isBlank()).toList());
    }

    private static String projectVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>akconf</artifactId>\\s*<version>([^<]+)</version>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        return m.group(1);
    }
}
