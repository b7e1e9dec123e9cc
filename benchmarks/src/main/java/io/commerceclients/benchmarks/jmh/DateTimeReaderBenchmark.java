package io.commerceclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectReader;
import io.commerceclients.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading 100 ISO-8601 date-times ({@code 2024-08-24T14:15:22.123+02:00} and the like): the SDK's
 * mapper (its hand-written reader) against Jackson's JavaTimeModule, and {@code DateTimeFormatter}
 * alone on the same strings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DateTimeReaderBenchmark {
  private String[] texts;
  private byte[] json;
  private ObjectReader sdk;
  private ObjectReader javaTime;

  /** Builds the strings and their JSON array. */
  @Setup
  public void texts() {
    texts = new String[100];
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < texts.length; i++) {
      texts[i] = String.format("2024-%02d-%02dT%02d:%02d:%02d%s", 1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60,
          i % 3 == 0 ? "Z" : i % 3 == 1 ? ".123+02:00" : ".5-05:30");
      b.append(i == 0 ? "" : ",").append('"').append(texts[i]).append('"');
    }
    json = b.append(']').toString().getBytes(StandardCharsets.UTF_8);
    sdk = Json.mapper().readerFor(OffsetDateTime[].class);
    javaTime = PlainJson.mapper().readerFor(OffsetDateTime[].class);
  }

  /** The SDK's mapper. */
  @Benchmark
  public OffsetDateTime[] sdkMapper() throws IOException {
    return sdk.readValue(json);
  }

  /** Jackson with JavaTimeModule. */
  @Benchmark
  public OffsetDateTime[] javaTimeModule() throws IOException {
    return javaTime.readValue(json);
  }

  /** {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} on the strings, without JSON. */
  @Benchmark
  public void dateTimeFormatter(Blackhole sink) {
    for (String text : texts) {
      sink.consume(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
  }
}
