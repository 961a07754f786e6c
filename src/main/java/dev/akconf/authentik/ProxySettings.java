package dev.akconf.authentik;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The proxy environment of curl, wget, Go and Python: {@code https_proxy} for https:// URLs,
 * {@code http_proxy} for http:// ones, {@code all_proxy} for both when the specific one is unset, and
 * {@code no_proxy} (see {@link NoProxy}). Each is read in lower case first, then upper case (curl's
 * order; curl alone ignores upper-case {@code HTTP_PROXY}, a CGI concern, httpoxy, that a CLI does not
 * have). A proxy URL is {@code [http://][user:password@]host[:port]}: no scheme means http, no port
 * 1080 (curl's default); {@code socks5://} (and socks5h, socks4, socks4a) proxies go through the JDK's
 * SOCKS client, without credentials. An {@code https://} proxy (TLS to the proxy itself) is refused:
 * OkHttp speaks plain HTTP to proxies. Credentials are percent-decoded and sent only as
 * {@code Proxy-Authorization: Basic}; {@link #toString()} and every message mask them.
 */
public record ProxySettings(Proxy http, Proxy https, NoProxy noProxy) {

    /** No proxy at all: the JDK's defaults are not consulted either (-Dhttp.proxyHost is the JVM's own). */
    public static final ProxySettings NONE = new ProxySettings(null, null, NoProxy.NONE);

    /** One proxy; {@code user} null when the URL has no credentials. */
    public record Proxy(boolean socks, String host, int port, String user, String password) {
        /** The proxy as messages show it: {@code http://***@proxy.example.com:3128}. */
        @Override
        public String toString() {
            return (socks ? "socks5://" : "http://") + (user != null ? Redactor.MASK + "@" : "")
                    + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** The settings of {@code env}; a malformed value is a usage error that does not quote it. */
    public static ProxySettings fromEnvironment(Function<String, String> env) {
        Proxy all = proxy(env, "all_proxy");
        Proxy http = proxy(env, "http_proxy");
        Proxy https = proxy(env, "https_proxy");
        return new ProxySettings(http != null ? http : all, https != null ? https : all,
                NoProxy.parse(variable(env, "no_proxy")));
    }

    /** The proxy a request to {@code scheme://host:port} goes through, or null for a direct connection. */
    public Proxy forTarget(String scheme, String host, int port) {
        Proxy p = "https".equals(scheme) ? https : http;
        return p == null || noProxy.bypasses(host, port) ? null : p;
    }

    /** Proxy passwords, for masking wherever the client quotes anything. */
    public List<String> secrets() {
        List<String> out = new ArrayList<>();
        for (Proxy p : new Proxy[] {http, https}) {
            if (p != null && p.password() != null && !p.password().isEmpty()) {
                out.add(p.password());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ProxySettings[http=" + http + ", https=" + https + ", noProxy=" + noProxy.entries().size()
                + (noProxy.all() ? " (*)" : "") + " entries]";
    }

    private static String variable(Function<String, String> env, String lower) {
        String v = env.apply(lower);
        if (v == null || v.isBlank()) {
            v = env.apply(lower.toUpperCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Proxy proxy(Function<String, String> env, String lower) {
        String value = variable(env, lower);
        if (value == null) {
            return null;
        }
        String name = env.apply(lower) != null && !env.apply(lower).isBlank() ? lower : lower.toUpperCase(Locale.ROOT);
        String text = value.contains("://") ? value : "http://" + value;
        String problem = "the proxy in " + name + " is not a proxy URL ([http://][user:password@]host[:port])";
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw AuthentikException.usage(problem);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean socks = scheme.startsWith("socks");
        if (scheme.equals("https")) {
            throw AuthentikException.usage("the proxy in " + name + " is an https:// proxy; akconf talks to proxies"
                    + " in plain HTTP (http://), and tunnels TLS to Authentik through them");
        }
        if (!socks && !scheme.equals("http") || socks && !scheme.matches("socks(4a?|5h?)?")) {
            throw AuthentikException.usage("the proxy in " + name + " has the scheme " + scheme
                    + "; akconf supports http:// and socks5:// proxies");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw AuthentikException.usage(problem);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 1080;
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            if (socks) {
                throw AuthentikException.usage("the proxy in " + name + " is a SOCKS proxy with credentials,"
                        + " which akconf does not support; use an http:// proxy");
            }
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        return new Proxy(socks, host, port, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
