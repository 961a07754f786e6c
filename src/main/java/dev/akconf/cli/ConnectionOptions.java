package dev.akconf.cli;

import dev.akconf.authentik.AuthentikException;
import dev.akconf.authentik.ClientSettings;
import dev.akconf.authentik.TokenCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How to reach Authentik: shared by every command that talks to it. The token is taken only from the
 * environment or a file, never from the command line, where it would land in shell history and
 * process listings.
 */
public final class ConnectionOptions {

    // Their help texts are in help/akconf.properties, each under its option's name.
    @Option(names = "--url", paramLabel = "URL") private String url;
    @Option(names = "--token-file", paramLabel = "FILE") private Path tokenFile;
    @Option(names = "--ca-cert", paramLabel = "FILE") private Path caCert;
    @Option(names = "--insecure") private boolean insecure;
    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10") private int connectTimeout;
    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "30") private int readTimeout;
    @Option(names = "--retry-time", paramLabel = "SECONDS", defaultValue = "15") private int retryTime;
    @Option(names = "--call-timeout", paramLabel = "SECONDS", defaultValue = "120") private int callTimeout;
    @Option(names = "--max-response-mb", paramLabel = "MIB", defaultValue = "64") private int maxResponseMb;
    @Option(names = "--debug") private boolean debug;

    /** Token files larger than this are not token files (and /dev/zero must not fill the heap). */
    private static final int MAX_TOKEN_FILE = 64 * 1024;

    /**
     * Client settings from these options and the environment; warns on stderr for --insecure. The
     * configuration's secrets are added to the client's masks by the pipeline ({@code pipeline.Secrets}).
     */
    public ClientSettings settings(AppContext context, PrintWriter err) {
        String base = url != null ? url : context.env().apply("AUTHENTIK_URL");
        if (base == null || base.isBlank()) {
            throw AuthentikException.usage("no Authentik URL: pass --url URL or set AUTHENTIK_URL");
        }
        // The Terraform provider's variables, as defaults: an option given on the command line wins.
        boolean insecureEnv = !insecure && flag(context.env().apply("AUTHENTIK_INSECURE"), "AUTHENTIK_INSECURE");
        if (insecure || insecureEnv) {
            err.println("akconf: warning: " + (insecure ? "--insecure" : "AUTHENTIK_INSECURE")
                    + ": Authentik's TLS certificate is not verified");
            err.flush();
        }
        Path ca = caCert != null ? caCert : path(context.env().apply("AUTHENTIK_CA_CERT"));
        dev.akconf.authentik.ProxySettings proxy = dev.akconf.authentik.ProxySettings.fromEnvironment(context.env()::apply);
        ClientSettings.Builder b = ClientSettings.builder(base, token(context))
                .caCertFile(ca)
                .insecure(insecure || insecureEnv)
                .proxy(proxy)
                .notices(line -> {
                    err.println("akconf: " + dev.akconf.render.Safe.text(line));
                    err.flush();
                })
                .connectTimeout(Duration.ofSeconds(connectTimeout))
                .readTimeout(Duration.ofSeconds(readTimeout))
                .retryBudget(Duration.ofSeconds(Math.max(0, retryTime)))
                .callTimeout(Duration.ofSeconds(callTimeout))
                .maxResponseBytes(positive(maxResponseMb, "--max-response-mb") * 1024L * 1024L)
                .userAgentVersion(VersionProvider.version());
        if (debug) {
            b.debugLog(line -> {
                err.println("akconf: debug: " + dev.akconf.render.Safe.text(line));
                err.flush();
            });
        }
        return b.build();
    }

    /** A boolean variable as the Terraform provider reads it (strconv.ParseBool); unset or empty is false. */
    private static boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "1", "t", "true", "yes", "on": return true;
            case "0", "f", "false", "no", "off": return false;
            default: throw AuthentikException.usage(name + " must be true or false");
        }
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }

    private static int positive(int value, String option) {
        if (value <= 0) {
            throw AuthentikException.usage(option + " must be positive, got " + value);
        }
        return value;
    }

    /**
     * The token from --token-file, $AUTHENTIK_TOKEN_FILE or $AUTHENTIK_TOKEN, in this order. Surrounding whitespace is dropped, a trailing
     * CRLF and a UTF-8 byte-order mark included (as kubectl's token files, strings.TrimSpace), since
     * editors add them; anything else that cannot go into an HTTP header unaltered is refused with
     * exit 64, naming the kind of character and never the token.
     */
    private String token(AppContext context) {
        if (tokenFile == null) {
            tokenFile = path(context.env().apply("AUTHENTIK_TOKEN_FILE"));
        }
        if (tokenFile != null) {
            String t = clean(readTokenFile());
            if (t.isEmpty()) {
                throw AuthentikException.usage("token file " + tokenFile + " is empty");
            }
            TokenCheck.problem(t).ifPresent(p -> {
                throw AuthentikException.usage("token file " + tokenFile + ": the token " + p + "; nothing was sent");
            });
            return t;
        }
        String t = context.env().apply("AUTHENTIK_TOKEN");
        if (t == null || t.isBlank()) {
            throw AuthentikException.usage("no API token: set AUTHENTIK_TOKEN or AUTHENTIK_TOKEN_FILE, or pass --token-file FILE");
        }
        String cleaned = clean(t);
        TokenCheck.problem(cleaned).ifPresent(p -> {
            throw AuthentikException.usage("AUTHENTIK_TOKEN " + p + "; nothing was sent");
        });
        return cleaned;
    }

    private String readTokenFile() {
        byte[] bytes;
        // A pipe (--token-file <(pass show ak)) is fine; reading stops after 64 KiB either way.
        try (InputStream in = Files.newInputStream(tokenFile)) {
            bytes = in.readNBytes(MAX_TOKEN_FILE + 1);
        } catch (IOException e) {
            throw AuthentikException.usage("cannot read token file: " + dev.akconf.diag.FileProblems.describe(e));
        }
        if (bytes.length > MAX_TOKEN_FILE) {
            throw AuthentikException.usage("token file " + tokenFile + " is larger than 64 KiB: not a token file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw AuthentikException.usage("token file " + tokenFile + " is not UTF-8 text; nothing was sent");
        }
    }

    private static String clean(String raw) {
        String t = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return t.strip();
    }
}
