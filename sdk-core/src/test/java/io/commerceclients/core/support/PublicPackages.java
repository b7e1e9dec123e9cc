package io.commerceclients.core.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;

/**
 * The packages of one module's main classes, found by walking the directory or jar a class of the
 * module was loaded from, so that a package added later is checked without anyone listing it.
 */
public final class PublicPackages {

  private PublicPackages() {}

  /**
   * Returns the packages (name to a class in it) of the module that {@code anchor} belongs to,
   * except {@code internal} ones and those holding only a {@code package-info}.
   */
  public static Map<String, Class<?>> of(Class<?> anchor) {
    Map<String, Class<?>> packages = new TreeMap<>();
    for (String className : classNames(anchor)) {
      int dot = className.lastIndexOf('.');
      String pkg = dot < 0 ? "" : className.substring(0, dot);
      if (className.endsWith(".package-info") || className.contains("$")
          || Arrays.asList(pkg.split("\\.")).contains("internal") || packages.containsKey(pkg)) {
        continue;
      }
      try {
        packages.put(pkg, Class.forName(className, false, anchor.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(className + " is listed in the module but cannot be loaded", e);
      }
    }
    return packages;
  }

  /** Returns the names of the packages in {@code packages} that are not {@code @NullMarked}. */
  public static List<String> notNullMarked(Map<String, Class<?>> packages) {
    return packages.values().stream()
        .map(Class::getPackage)
        .filter(p -> p.getAnnotation(NullMarked.class) == null)
        .map(Package::getName)
        .collect(Collectors.toList());
  }

  private static List<String> classNames(Class<?> anchor) {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(n -> addClass(n, names));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream().forEach(e -> addClass(e.getName(), names));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static void addClass(String path, List<String> names) {
    if (path.endsWith(".class") && !path.startsWith("META-INF/") && !path.equals("module-info.class")) {
      names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
  }
}
