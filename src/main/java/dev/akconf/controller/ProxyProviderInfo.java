package dev.akconf.controller;

import java.util.Locale;

/**
 * One proxy provider of the outpost, as far as the Ingress, HTTPRoute and Traefik Middleware
 * reconcilers read it ({@code authentik/providers/proxy/controllers/k8s/*.py}).
 *
 * @param externalHost its {@code external_host} (a URL)
 * @param mode         its {@code mode}: {@code proxy}, {@code forward_single} or {@code forward_domain}
 *                     ({@code authentik/providers/proxy/models.py} ProxyMode)
 */
public record ProxyProviderInfo(String externalHost, String mode) {

    /** Forward auth (single application or domain level): the Ingress routes only /outpost.goauthentik.io. */
    boolean forwardAuth() {
        return "forward_single".equals(mode) || "forward_domain".equals(mode);
    }

    /** {@code urlparse(external_host).scheme}. */
    String scheme() {
        int i = externalHost == null ? -1 : externalHost.indexOf("://");
        return i < 0 ? "" : externalHost.substring(0, i).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code urlparse(external_host).hostname}: the netloc without user info and port, lower case;
     * null when the URL has no {@code //} netloc.
     */
    String hostname() {
        java.util.regex.Matcher m = externalHost == null ? null
                : java.util.regex.Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:)?//").matcher(externalHost);
        if (m == null || !m.find()) {
            return null;
        }
        int i = m.end() - 2;
        String rest = externalHost.substring(i + 2);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int j = rest.indexOf(c);
            if (j >= 0 && j < end) {
                end = j;
            }
        }
        String netloc = rest.substring(0, end);
        netloc = netloc.substring(netloc.lastIndexOf('@') + 1);
        String host;
        if (netloc.startsWith("[")) {
            int close = netloc.indexOf(']');
            host = close < 0 ? netloc.substring(1) : netloc.substring(1, close);
        } else {
            int colon = netloc.indexOf(':');
            host = colon < 0 ? netloc : netloc.substring(0, colon);
        }
        return host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
    }
}
