package dev.akconf.cli;

import dev.akconf.authentik.AuthentikException;
import dev.akconf.authentik.ClientSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How to reach Authentik: shared by plan, apply and drift. The token is taken only from the
 * environment or a file, never from the command line, where it would land in shell history and
 * process listings.
 */
public final class ConnectionOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "Authentik base URL, e.g. https://auth.example.com (/api/v3 is appended). Default: $AUTHENTIK_URL")
    private String url;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Read the API token from FILE instead of $AUTHENTIK_TOKEN. It must be a superuser's token (see README).")
    private Path tokenFile;

    @Option(names = "--ca-cert", paramLabel = "FILE",
            description = "PEM file with the CA certificate(s) of a private CA, trusted in addition to the system CAs.")
    private Path caCert;

    @Option(names = "--insecure", description = "Do not verify Authentik's TLS certificate (warned about on every run).")
    private boolean insecure;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Connection timeout (default: ${DEFAULT-VALUE} s).")
    private int connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Read timeout per request (default: ${DEFAULT-VALUE} s).")
    private int readTimeout;

    @Option(names = "--retry-time", paramLabel = "SECONDS", defaultValue = "15",
            description = "Total time reads may spend retrying connection errors, 429 and 502-504 (default: ${DEFAULT-VALUE} s; 0 disables).")
    private int retryTime;

    @Option(names = "--debug", description = "Log each HTTP request (method, URL, status, time, size) to stderr; never headers or the token.")
    private boolean debug;

    /** Client settings from these options and the environment; warns on stderr for --insecure. */
    public ClientSettings settings(AppContext context, PrintWriter err) {
        String base = url != null ? url : context.env().apply("AUTHENTIK_URL");
        if (base == null || base.isBlank()) {
            throw AuthentikException.usage("no Authentik URL: pass --url URL or set AUTHENTIK_URL");
        }
        if (insecure) {
            err.println("akconf: warning: --insecure: Authentik's TLS certificate is not verified");
            err.flush();
        }
        ClientSettings.Builder b = ClientSettings.builder(base, token(context))
                .caCertFile(caCert)
                .insecure(insecure)
                .connectTimeout(Duration.ofSeconds(connectTimeout))
                .readTimeout(Duration.ofSeconds(readTimeout))
                .retryBudget(Duration.ofSeconds(Math.max(0, retryTime)))
                .userAgentVersion(VersionProvider.version());
        if (debug) {
            b.debugLog(line -> {
                err.println("akconf: debug: " + line);
                err.flush();
            });
        }
        return b.build();
    }

    private String token(AppContext context) {
        if (tokenFile != null) {
            try {
                String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                if (t.isEmpty()) {
                    throw AuthentikException.usage("token file " + tokenFile + " is empty");
                }
                return t;
            } catch (IOException e) {
                throw AuthentikException.usage("cannot read token file " + tokenFile + ": " + e.getClass().getSimpleName());
            }
        }
        String t = context.env().apply("AUTHENTIK_TOKEN");
        if (t == null || t.isBlank()) {
            throw AuthentikException.usage("no API token: set AUTHENTIK_TOKEN or pass --token-file FILE");
        }
        return t.strip();
    }
}
