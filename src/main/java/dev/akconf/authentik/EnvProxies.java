package dev.akconf.authentik;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Puts {@link ProxySettings} into OkHttp: a {@link ProxySelector} choosing the proxy per target (or
 * none, for NO_PROXY), the URL's credentials as {@code Proxy-Authorization: Basic}, sent up front as
 * curl does (OkHttp asks the proxy authenticator before every CONNECT tunnel; a network interceptor
 * adds it to plain-HTTP requests sent through the proxy) and again on a 407, once. Without proxy
 * variables OkHttp's default applies (the JVM's proxy properties, normally none), as before.
 */
final class EnvProxies {

    private EnvProxies() {
    }

    static void apply(OkHttpClient.Builder builder, ProxySettings settings) {
        if (settings == null || settings.http() == null && settings.https() == null) {
            return; // the JVM's own proxy properties (-Dhttps.proxyHost in AKCONF_JAVA_OPTS) still apply
        }
        builder.proxySelector(new Selector(settings))
                .proxyAuthenticator(new Basic(settings))
                .addNetworkInterceptor(new Preemptive(settings));
    }

    /** The {@link ProxySettings.Proxy} behind an OkHttp route, or null when it went direct. */
    private static ProxySettings.Proxy of(ProxySettings settings, Route route) {
        if (route == null || route.proxy().type() != Proxy.Type.HTTP) {
            return null;
        }
        okhttp3.HttpUrl url = route.address().url();
        return settings.forTarget(url.scheme(), url.host(), url.port());
    }

    private static String credentials(ProxySettings.Proxy p) {
        return p == null || p.user() == null ? null
                : Credentials.basic(p.user(), p.password(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final class Selector extends ProxySelector {
        private final ProxySettings settings;

        Selector(ProxySettings settings) {
            this.settings = settings;
        }

        @Override
        public List<Proxy> select(URI uri) {
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            ProxySettings.Proxy p = settings.forTarget(uri.getScheme(), uri.getHost(), port);
            if (p == null) {
                return List.of(Proxy.NO_PROXY);
            }
            // Unresolved: OkHttp resolves the proxy's name itself, so an unknown proxy host is its error.
            return List.of(new Proxy(p.socks() ? Proxy.Type.SOCKS : Proxy.Type.HTTP,
                    InetSocketAddress.createUnresolved(p.host(), p.port())));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            // Nothing to fall back to: the error is reported (ErrorMapper names the proxy).
        }
    }

    /** Answers the preemptive CONNECT challenge and one real 407 with the URL's credentials. */
    private static final class Basic implements Authenticator {
        private final ProxySettings settings;

        Basic(ProxySettings settings) {
            this.settings = settings;
        }

        @Override
        public Request authenticate(Route route, Response response) {
            String auth = credentials(of(settings, route));
            if (auth == null) {
                return null;
            }
            // A 407 to a request that already carried them: the credentials are wrong, stop here.
            if (auth.equals(response.request().header("Proxy-Authorization"))) {
                return null;
            }
            return response.request().newBuilder().header("Proxy-Authorization", auth).build();
        }
    }

    /** Proxy-Authorization on plain-HTTP requests forwarded by an HTTP proxy (a tunnel gets it at CONNECT). */
    private static final class Preemptive implements Interceptor {
        private final ProxySettings settings;

        Preemptive(ProxySettings settings) {
            this.settings = settings;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            Route route = chain.connection() == null ? null : chain.connection().route();
            if (!request.isHttps() && request.header("Proxy-Authorization") == null) {
                String auth = credentials(of(settings, route));
                if (auth != null) {
                    request = request.newBuilder().header("Proxy-Authorization", auth).build();
                }
            }
            return chain.proceed(request);
        }
    }
}
