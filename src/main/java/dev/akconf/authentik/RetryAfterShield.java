package dev.akconf.authentik;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Network interceptor that hides {@code Retry-After} on 503 responses from OkHttp: its follow-up
 * logic silently re-sends <em>any</em> request, POST included, on "503 + Retry-After: 0"
 * (RetryAndFollowUpInterceptor). The value moves to {@link #HEADER}, where {@link RetryInterceptor}
 * reads it, so {@link RetryPolicy} alone decides what is retried.
 */
final class RetryAfterShield implements Interceptor {

    static final String HEADER = "X-Akconf-Retry-After";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (response.code() != 503 || retryAfter == null) {
            return response;
        }
        return response.newBuilder().removeHeader("Retry-After").header(HEADER, retryAfter).build();
    }
}
