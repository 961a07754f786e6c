package dev.akconf.authentik;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the bearer token, {@code User-Agent: akconf/<version>} and {@code Accept: application/json}. */
final class HeadersInterceptor implements Interceptor {

    private final String authorization;
    private final String userAgent;

    HeadersInterceptor(String token, String version) {
        this.authorization = "Bearer " + token;
        this.userAgent = "akconf/" + version;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", authorization)
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .build());
    }

    @Override
    public String toString() {
        // The default toString is harmless, but say so explicitly: this object holds the token.
        return "HeadersInterceptor[Authorization=Bearer " + Redactor.MASK + ", User-Agent=" + userAgent + "]";
    }
}
