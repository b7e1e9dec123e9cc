package io.commerceclients.core.nullness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ErrorDetails;
import io.commerceclients.core.http.ClientBuilder;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.support.PublicPackages;
import io.commerceclients.core.support.TestClient;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * sdk-core's API is null-marked where users see it (Kotlin reads it from the class files, as this
 * test reads it at run time), and the values documented as nullable really are.
 */
class NullSafetyTest {

  @Test
  void everyPublicPackageIsNullMarked() {
    Map<String, Class<?>> packages = PublicPackages.of(ApiException.class);

    assertTrue(packages.keySet().containsAll(List.of("io.commerceclients.core.error", "io.commerceclients.core.http",
        "io.commerceclients.core.json", "io.commerceclients.core.polling", "io.commerceclients.core.retry")),
        "the scan found " + packages.keySet());
    assertFalse(packages.keySet().stream().anyMatch(p -> p.contains(".internal")), packages.keySet().toString());
    assertEquals(List.of(), PublicPackages.notNullMarked(packages),
        "public packages without @NullMarked in their package-info.java");
  }

  @Test
  void aNullBaseUrlMeansTheClientsDefault() throws Exception {
    assertTrue(firstParameter(ClientBuilder.class.getMethod("baseUrl", String.class)).isAnnotationPresent(Nullable.class));

    String reset = TestClient.builder().baseUrl("http://127.0.0.1:1/").baseUrl(null).options().baseUrl().toString();

    assertEquals("https://api.example.invalid/", reset);
  }

  @Test
  void nullUnsetsAnErrorDetail() throws Exception {
    for (String setter : List.of("errorCode", "apiMessage", "message", "requestId", "rawBody", "method", "url")) {
      assertTrue(firstParameter(ErrorDetails.Builder.class.getMethod(setter, String.class)).isAnnotationPresent(Nullable.class),
          setter);
    }
    assertTrue(firstParameter(ErrorDetails.Builder.class.getMethod("retryAfter", Duration.class))
        .isAnnotationPresent(Nullable.class));

    ErrorDetails details = ErrorDetails.builder().statusCode(404).errorCode("gone").errorCode(null)
        .apiMessage(null).requestId(null).retryAfter(null).message("not found").build();

    assertEquals(Optional.empty(), details.errorCode());
    assertEquals(Optional.empty(), details.retryAfter());
    assertEquals("404: not found", details.describe());
  }

  @Test
  void aClassifierMayAnswerNullForAnUnknownStatus() throws Exception {
    AnnotatedParameterizedType function = (AnnotatedParameterizedType)
        firstParameter(JobPoller.Builder.class.getMethod("classifier", Function.class));
    assertTrue(function.getAnnotatedActualTypeArguments()[1].isAnnotationPresent(Nullable.class));

    JobState state = JobPoller.<String>builder().fetch(() -> "status-from-a-later-api-version")
        .classifier(job -> null).build().poll();

    assertEquals(JobState.IN_PROGRESS, state);
  }

  private static AnnotatedType firstParameter(java.lang.reflect.Method method) {
    return method.getAnnotatedParameterTypes()[0];
  }
}
