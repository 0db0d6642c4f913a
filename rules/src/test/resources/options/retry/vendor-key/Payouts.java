package options;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

public class Payouts {

    private final HttpClient http = HttpClient.newHttpClient();

    /** The API's own idempotency header. */
    String payout(String body, String requestId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://payouts.example.com/payouts"))
                .header("PayPal-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(100L << attempt));
            }
        }
        throw new IOException("payout failed");
    }
}
