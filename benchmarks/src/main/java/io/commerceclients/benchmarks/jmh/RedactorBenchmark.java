package io.commerceclients.benchmarks.jmh;

import io.commerceclients.core.internal.logging.Redactor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The redactor on what it meets: a typical error body that echoes a request (a few hundred bytes),
 * and a large JSON body (about 1 MB) with a secret field and a signed URL near its end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RedactorBenchmark {
  private Redactor redactor;
  private Request sent;
  private String typical;
  private String large;

  /** Builds the redactor (as a Kibo client's) and the bodies. */
  @Setup
  public void bodies() {
    redactor = Redactor.of(Set.of("x-vol-tenant"), Set.of("sharedSecret"), List.of("a-client-secret-value"));
    sent = new Request.Builder().url("https://api.example/v1/things?page=2&access_token=tok-123456")
        .header("X-API-Key", "key-0123456789abcdef").header("Authorization", "Bearer eyJhbGciOi.payload.sig").build();
    typical = "{\"statusCode\":400,\"message\":[\"email must be an email\",\"page must not be less than 1\"],"
        + "\"error\":\"Bad Request\",\"path\":\"/v1/things?page=2&access_token=tok-123456\","
        + "\"echo\":{\"X-API-Key\":\"key-0123456789abcdef\",\"client_secret\":\"a-client-secret-value\"}}";
    StringBuilder b = new StringBuilder("{\"customers\":[");
    for (int i = 0; b.length() < 1_000_000; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id_customer\":").append(i).append(",\"email\":\"user").append(i)
          .append("@example.com\",\"firstname\":\"Ada\",\"lastname\":\"Lovelace\",\"date_add\":\"2024-01-01T00:00:00Z\"}");
    }
    b.append("],\"password\":\"hunter22\",\"upload\":\"https://s3.example/b/k?X-Amz-Signature=abcdef0123&X-Amz-Credential=AKIA\"}");
    large = b.toString();
  }

  /** Masks a typical echoed error body: the request's credentials, then secret fields and URL parameters. */
  @Benchmark
  public String typicalEchoed() {
    return redactor.echoed(typical, sent);
  }

  /** Masks secret fields and signed URL parameters of a 1 MB body. */
  @Benchmark
  public String largeBody() {
    return redactor.body(large);
  }
}
