package dev.tempo.engine.host;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The network half of fetch() for http: and https: URLs: one request, run to its end on the calling thread
 * (web/fetch.js calls it in a later turn of the event loop).
 */
final class HttpFetch {
    private HttpFetch() {}

    /** Headers the JDK's client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private static volatile HttpClient following;
    private static volatile HttpClient notFollowing;

    private static HttpClient client(boolean follow) {
        HttpClient c = follow ? following : notFollowing;
        if (c == null) {
            synchronized (HttpFetch.class) {
                c = HttpClient.newBuilder()
                        .followRedirects(follow ? HttpClient.Redirect.NORMAL : HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(30))
                        .build();
                if (follow) following = c;
                else notFollowing = c;
            }
        }
        return c;
    }

    /**
     * fetch(method, url, headers, body, follow) -> {status, headers: [name, value, ...], body, url, redirected}
     * or {error: code, message}: headers flat, body bytes as a latin1 string (null for none).
     */
    static Object fetch(Value[] a) {
        String method = a[0].asString();
        URI uri;
        try {
            uri = URI.create(a[1].asString());
        } catch (IllegalArgumentException e) {
            return error("ERR_INVALID_URL", "fetch() URL is invalid");
        }
        byte[] body = a[3].isNull() ? null : a[3].asString().getBytes(StandardCharsets.ISO_8859_1);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (long i = 0; i + 1 < a[2].getArraySize(); i += 2) {
            String name = a[2].getArrayElement(i).asString();
            if (RESTRICTED.contains(name)) continue;
            request.header(name, a[2].getArrayElement(i + 1).asString());
        }
        HttpResponse<byte[]> response;
        try {
            response = client(a[4].asBoolean()).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return error("ETIMEDOUT", "The operation timed out.");
        } catch (IOException e) {
            if (unresolved(e)) return error("ConnectionRefused", "Unable to connect. Is the computer able to access the url?");
            if (e instanceof ConnectException) {
                return error("ECONNREFUSED", "ECONNREFUSED: Unable to connect. Is the computer able to access the url?");
            }
            return error("ECONNRESET", "The socket connection was closed unexpectedly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("ABORT_ERR", "The operation was aborted.");
        } catch (IllegalArgumentException e) {
            return error("ERR_INVALID_ARG_VALUE", String.valueOf(e.getMessage()));
        }
        List<Object> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (name.startsWith(":")) return; // HTTP/2 pseudo-headers
            for (String v : values) {
                headers.add(name);
                headers.add(v);
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", response.statusCode());
        out.put("headers", ProxyArray.fromList(headers));
        out.put("body", new String(response.body(), StandardCharsets.ISO_8859_1));
        out.put("url", response.uri().toString());
        out.put("redirected", response.previousResponse().isPresent());
        return ProxyObject.fromMap(out);
    }

    /** Whether the host name did not resolve (the JDK reports it as a failed connection with that cause). */
    private static boolean unresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) return true;
        }
        return false;
    }

    private static Object error(String code, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", code);
        out.put("message", message);
        return ProxyObject.fromMap(out);
    }
}
