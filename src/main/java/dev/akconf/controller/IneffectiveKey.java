package dev.akconf.controller;

/**
 * A {@code config} key set (to something other than {@code OutpostConfig}'s default) that changes
 * nothing for this outpost.
 *
 * @param key    the config key
 * @param reason why, for a person
 * @param source the Authentik file (path at tag version/2026.2.2) that shows it
 */
public record IneffectiveKey(String key, String reason, String source) {
}
