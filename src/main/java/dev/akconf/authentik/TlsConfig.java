package dev.akconf.authentik;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * Applies the TLS trust settings to an OkHttp builder. A CA file is trusted <em>in addition to</em>
 * the JDK's system CAs (both go into one trust store), so a private CA never breaks public hosts.
 * {@code insecure} trusts every certificate and host name; warning about it is the CLI's job.
 */
final class TlsConfig {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

    private TlsConfig() {
    }

    static void apply(OkHttpClient.Builder builder, ClientSettings settings) {
        if (settings.insecure()) {
            X509TrustManager trustAll = new TrustAll();
            builder.sslSocketFactory(context(trustAll).getSocketFactory(), trustAll)
                    .hostnameVerifier((host, session) -> true);
        } else if (settings.caCertFile() != null) {
            X509TrustManager trust = systemPlus(readPem(settings.caCertFile()));
            builder.sslSocketFactory(context(trust).getSocketFactory(), trust);
        }
    }

    /** Every certificate in a PEM file; text around the blocks (bundle comments) is ignored. */
    static List<X509Certificate> readPem(Path file) {
        String text;
        // /dev/zero would never end, a FIFO may never answer: a CA bundle is a regular file.
        String notRegular = dev.akconf.diag.FileProblems.notRegular(file);
        if (notRegular != null) {
            throw AuthentikException.usage("CA certificate file " + file + " is " + notRegular + ", not a PEM file");
        }
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw AuthentikException.usage("cannot read CA certificate file: " + dev.akconf.diag.FileProblems.describe(e));
        }
        List<X509Certificate> certs = new ArrayList<>();
        Matcher m = PEM.matcher(text);
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            while (m.find()) {
                byte[] der = Base64.getMimeDecoder().decode(m.group(1));
                certs.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw AuthentikException.usage("invalid certificate in CA file " + file + ": " + e.getMessage());
        }
        if (certs.isEmpty()) {
            throw AuthentikException.usage("no PEM certificate (-----BEGIN CERTIFICATE-----) in CA file " + file);
        }
        return certs;
    }

    /** A trust manager accepting the JDK's default CAs plus {@code extra}. */
    static X509TrustManager systemPlus(List<X509Certificate> extra) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate ca : defaultTrustManager(null).getAcceptedIssuers()) {
                store.setCertificateEntry("system-" + i++, ca);
            }
            for (X509Certificate ca : extra) {
                store.setCertificateEntry("ca-file-" + i++, ca);
            }
            return defaultTrustManager(store);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the TLS trust store", e);
        }
    }

    private static X509TrustManager defaultTrustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X509TrustManager available");
    }

    private static SSLContext context(X509TrustManager trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise TLS", e);
        }
    }

    /** Accepts any certificate chain: only for {@code --insecure}. */
    private static final class TrustAll implements X509TrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }
}
