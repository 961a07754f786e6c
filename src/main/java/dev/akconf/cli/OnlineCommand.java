package dev.akconf.cli;

import dev.akconf.authentik.AuthentikClient;
import picocli.CommandLine.Mixin;

/** A command that reads the configuration and talks to Authentik (plan, apply, drift, refresh). */
abstract class OnlineCommand extends Subcommand {

    @Mixin protected ConfigPaths config;
    @Mixin protected ConnectionOptions connection;

    /** A client from the connection options (the {@code --insecure} warning, if any, on stderr). */
    AuthentikClient connect() {
        return new AuthentikClient(connection.settings(context(), err()));
    }
}
