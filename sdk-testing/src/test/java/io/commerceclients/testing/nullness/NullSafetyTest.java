package io.commerceclients.testing.nullness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.testing.server.FakeHttpServer;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import io.commerceclients.testing.server.RecordedRequest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sdk-testing's API is null-marked like the clients' (a new package without {@code @NullMarked}
 * fails here), and the accessors documented as nullable really answer null.
 */
class NullSafetyTest {

  private static final List<@Nullable String> HANDLER_SAW = new CopyOnWriteArrayList<>();

  @RegisterExtension
  static FakeHttpServer server = new FakeHttpServer().route("GET", "/orders", r -> {
    HANDLER_SAW.add(r.rawQuery());
    return FakeResponse.json(200, null);
  });

  @Test
  void everyPublicPackageIsNullMarked() throws Exception {
    Map<String, Class<?>> packages = packagesOf(FakeHttpServer.class);

    assertTrue(packages.keySet().containsAll(List.of("io.commerceclients.testing.server",
        "io.commerceclients.testing.karla", "io.commerceclients.testing.kiliba", "io.commerceclients.testing.kibo")),
        "the scan found " + packages.keySet());
    List<String> unmarked = packages.values().stream().map(Class::getPackage)
        .filter(p -> p.getAnnotation(NullMarked.class) == null).map(Package::getName).collect(Collectors.toList());
    assertEquals(List.of(), unmarked, "public packages without @NullMarked in their package-info.java");
  }

  @Test
  void aRequestWithoutAQueryHasANullRawQuery() throws Exception {
    assertTrue(RecordedRequest.class.getMethod("rawQuery").getAnnotatedReturnType().isAnnotationPresent(Nullable.class));
    assertTrue(FakeRequest.class.getMethod("rawQuery").getAnnotatedReturnType().isAnnotationPresent(Nullable.class));
    assertTrue(FakeResponse.class.getMethod("json", int.class, Object.class).getAnnotatedParameterTypes()[1]
        .isAnnotationPresent(Nullable.class));
    server.clearRequests();
    HANDLER_SAW.clear();
    OkHttpClient http = new OkHttpClient.Builder().readTimeout(5, TimeUnit.SECONDS).build();

    String plain = get(http, "/orders");
    String queried = get(http, "/orders?page=2");

    assertEquals("null", plain, "a null body is the JSON null");
    assertEquals("null", queried);
    assertNull(server.requests().get(0).rawQuery());
    assertEquals("page=2", server.requests().get(1).rawQuery());
    assertEquals(Arrays.asList(null, "page=2"), HANDLER_SAW);
    assertFalse(server.requests().get(0).toString().contains("?"), server.requests().get(0).toString());
  }

  private static String get(OkHttpClient http, String path) throws IOException {
    try (Response response = http.newCall(new Request.Builder().url(server.baseUrl() + path).build()).execute()) {
      return response.body().string();
    }
  }

  /** The packages of sdk-testing's main classes (name to a class in it), from the directory or jar they came from. */
  private static Map<String, Class<?>> packagesOf(Class<?> anchor) throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classFiles = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(classFiles::add);
      }
    } else {
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
        jar.stream().map(java.util.jar.JarEntry::getName).forEach(classFiles::add);
      }
    }
    Map<String, Class<?>> packages = new TreeMap<>();
    for (String file : classFiles) {
      if (!file.endsWith(".class") || file.contains("$") || file.endsWith("package-info.class")
          || file.equals("module-info.class") || file.startsWith("META-INF/")) {
        continue;
      }
      String className = file.substring(0, file.length() - ".class".length()).replace('/', '.');
      String pkg = className.substring(0, className.lastIndexOf('.'));
      if (!Arrays.asList(pkg.split("\\.")).contains("internal") && !packages.containsKey(pkg)) {
        packages.put(pkg, Class.forName(className, false, anchor.getClassLoader()));
      }
    }
    return packages;
  }
}
