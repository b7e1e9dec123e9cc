package io.commerceclients.examples;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the example programs one after the other, or the ones named on the command line: an API
 * ({@code kiliba}, {@code karla}, {@code kibo}) runs all of its examples, a key such as {@code
 * kiliba-import} or a class's simple name runs one. Each runs against its
 * embedded fake unless the API's credentials are set in the environment.
 */
public final class RunExamples {
  private static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put("kiliba", "io.commerceclients.examples.KilibaQuickstart");
    EXAMPLES.put("kiliba-customers", "io.commerceclients.examples.KilibaCustomerIterationExample");
    EXAMPLES.put("kiliba-import", "io.commerceclients.examples.KilibaBulkImportExample");
    EXAMPLES.put("kiliba-rate-limit", "io.commerceclients.examples.KilibaRateLimitExample");
    EXAMPLES.put("karla", "io.commerceclients.examples.KarlaQuickstart");
    EXAMPLES.put("karla-webhook", "io.commerceclients.examples.KarlaOrderTrackingWebhookExample");
    EXAMPLES.put("kibo", "io.commerceclients.examples.KiboImportExportQuickstart");
    EXAMPLES.put("kibo-failed-job", "io.commerceclients.examples.KiboFailedJobExample");
    EXAMPLES.put("kibo-batch", "io.commerceclients.examples.KiboBatchJobExample");
  }

  private RunExamples() {}

  /** Runs the examples named in {@code args}, or all of them; exits with 1 if one failed. */
  public static void main(String[] args) {
    List<String> wanted = new ArrayList<>();
    for (String arg : args) {
      for (String name : arg.split("[,\\s]+")) {
        if (!name.isBlank()) {
          wanted.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    int failed = 0;
    int ran = 0;
    for (Map.Entry<String, String> example : EXAMPLES.entrySet()) {
      String simpleName = example.getValue().substring(example.getValue().lastIndexOf('.') + 1);
      if (!wanted.isEmpty() && wanted.stream().noneMatch(w -> example.getKey().equals(w)
          || example.getKey().startsWith(w + "-") || simpleName.equalsIgnoreCase(w))) {
        continue;
      }
      System.out.println();
      System.out.println("=== " + simpleName + " ===");
      Method main;
      try {
        main = Class.forName(example.getValue()).getMethod("main", String[].class);
      } catch (ReflectiveOperationException missing) {
        System.out.println("(not available in this build)");
        continue;
      }
      ran++;
      try {
        main.invoke(null, (Object) new String[0]);
      } catch (InvocationTargetException e) {
        failed++;
        Throwable cause = e.getCause();
        System.out.println("FAILED: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
      } catch (IllegalAccessException e) {
        failed++;
        System.out.println("FAILED: " + e.getMessage());
      }
    }
    if (ran == 0 && !wanted.isEmpty()) {
      System.out.println("No example matches " + wanted + ". Known keys: " + String.join(", ", EXAMPLES.keySet())
          + " (an API name runs all of its examples).");
      System.exit(2);
    }
    System.out.println();
    System.out.println(ran + " example(s) ran, " + failed + " failed.");
    if (failed > 0) {
      System.exit(1);
    }
  }
}
