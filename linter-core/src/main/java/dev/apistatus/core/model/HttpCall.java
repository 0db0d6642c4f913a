package dev.apistatus.core.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * An HTTP call in client code, as a retry repeats it.
 *
 * @param client          the client library
 * @param description     how messages name the call: {@code restTemplate.postForObject}, {@code orderClient.create}
 * @param method          the HTTP method, or null when it could not be determined
 * @param headers         names (lower case) of the request headers the call is known to send, including those
 *                        every request gets from an interceptor or a default header of the project
 * @param headersComplete true when every header the call can send is known (no header map passed through, no
 *                        interceptor or header factory that adds names the reader could not resolve)
 * @param location        the call in the source
 */
public record HttpCall(Client client, String description, HttpMethod method, Set<String> headers,
                       boolean headersComplete, SourceLocation location) {

    /** The client libraries the reader recognises. */
    public enum Client {
        JDK_HTTP_CLIENT("java.net.http.HttpClient"),
        REST_TEMPLATE("RestTemplate"),
        REST_CLIENT("RestClient"),
        WEB_CLIENT("WebClient"),
        OKHTTP("OkHttp"),
        APACHE_HTTPCLIENT("Apache HttpClient"),
        FEIGN("Feign"),
        MICROPROFILE_REST_CLIENT("MicroProfile REST Client"),
        SPRING_HTTP_INTERFACE("Spring HTTP interface");

        private final String title;

        Client(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public HttpCall {
        TreeSet<String> lower = new TreeSet<>();
        headers.forEach(h -> lower.add(h.toLowerCase(Locale.ROOT)));
        headers = Set.copyOf(lower);
    }

    /** Whether the call sends one of the named headers (compared in any letter case). */
    public Tri sends(Collection<String> names) {
        for (String n : names) {
            if (headers.contains(n.toLowerCase(Locale.ROOT))) {
                return Tri.YES;
            }
        }
        return headersComplete ? Tri.NO : Tri.UNKNOWN;
    }

    /** {@code restTemplate.postForObject (POST)}. */
    public String describe() {
        return description + (method == null ? "" : " (" + method + ")");
    }
}
