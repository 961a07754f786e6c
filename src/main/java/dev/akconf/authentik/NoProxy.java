package dev.akconf.authentik;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code NO_PROXY} read as curl reads it (its {@code lib/noproxy.c}, 7.86+): entries separated by
 * commas or spaces; {@code *} alone bypasses the proxy for every host; a name matches itself and every
 * host below it ({@code example.com} and {@code .example.com} both match {@code example.com} and
 * {@code a.example.com}, never {@code notexample.com}), case-insensitively, a trailing dot ignored; an
 * IP address (v4 or v6, in brackets or not) matches that address given literally in the URL, and
 * {@code ADDR/BITS} a CIDR range. Host names are never resolved to compare them with addresses, as in
 * curl. Beyond curl, {@code host:port} matches that host on that port only (Go's
 * {@code golang.org/x/net/http/httpproxy} rule), so a port-specific entry is not silently ignored.
 */
record NoProxy(boolean all, List<Entry> entries) {

    /** One entry: a name suffix, or an address with a prefix length; {@code port} 0 for any port. */
    record Entry(String name, byte[] address, int bits, int port) {
    }

    static final NoProxy NONE = new NoProxy(false, List.of());

    static NoProxy parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        List<Entry> entries = new ArrayList<>();
        for (String raw : value.split("[,\\s]+")) {
            String token = raw.strip().toLowerCase(Locale.ROOT);
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("*")) {
                return new NoProxy(true, List.of());
            }
            Entry e = entry(token);
            if (e != null) {
                entries.add(e);
            }
        }
        return new NoProxy(false, List.copyOf(entries));
    }

    /** Whether a request to {@code host} (as in the URL, IPv6 without brackets) and {@code port} skips the proxy. */
    boolean bypasses(String host, int port) {
        if (all) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        byte[] address = literal(h);
        for (Entry e : entries) {
            if (e.port() != 0 && e.port() != port) {
                continue;
            }
            if (e.address() != null) {
                if (address != null && inRange(address, e.address(), e.bits())) {
                    return true;
                }
            } else if (address == null && (h.equals(e.name()) || h.endsWith("." + e.name()))) {
                return true;
            }
        }
        return false;
    }

    private static Entry entry(String token) {
        String t = token;
        int port = 0;
        // [v6]:port, v4:port or name:port; a bare v6 address has several colons and no port.
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                return null;
            }
            String rest = t.substring(close + 1);
            port = rest.startsWith(":") ? port(rest.substring(1)) : 0;
            if (port < 0) {
                return null;
            }
            t = t.substring(1, close) + (rest.startsWith("/") ? rest : "");
        } else if (t.indexOf(':') >= 0 && t.indexOf(':') == t.lastIndexOf(':')) {
            port = port(t.substring(t.indexOf(':') + 1));
            if (port < 0) {
                return null;
            }
            t = t.substring(0, t.indexOf(':'));
        }
        int slash = t.indexOf('/');
        String addressPart = slash >= 0 ? t.substring(0, slash) : t;
        byte[] address = literal(addressPart);
        if (address != null) {
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(t.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return null;
                }
                if (bits < 0 || bits > address.length * 8) {
                    return null;
                }
            }
            return new Entry(null, address, bits, port);
        }
        if (slash >= 0) {
            return null; // a CIDR suffix on a name is no entry curl would match either
        }
        String name = t.startsWith(".") ? t.substring(1) : t;
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return name.isEmpty() ? null : new Entry(name, null, 0, port);
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            return p > 0 && p < 65536 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The bytes of an IPv4 or IPv6 literal, or null for a host name (nothing is looked up). */
    static byte[] literal(String text) {
        boolean v4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = text.contains(":") && text.matches("[0-9a-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress(); // a literal: parsed, never resolved
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean inRange(byte[] address, byte[] network, int bits) {
        if (address.length != network.length) {
            return false;
        }
        int total = address.length * 8;
        BigInteger a = new BigInteger(1, address).shiftRight(total - bits);
        BigInteger n = new BigInteger(1, network).shiftRight(total - bits);
        return a.equals(n);
    }
}
