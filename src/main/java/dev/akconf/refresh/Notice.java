package dev.akconf.refresh;

/**
 * Something refresh found and did not write into the files, for a person to decide.
 *
 * @param where the declaration it is about, {@code FILE:LINE:COLUMN}
 * @param what  the resource and field, e.g. {@code ProxyProvider "Grafana" external_host}
 * @param why   what was found and why it was left, e.g. {@code drifted, but its value comes from $HOST}
 */
public record Notice(String where, String what, String why) {

    @Override
    public String toString() {
        return where + ": " + what + ": " + why;
    }
}
