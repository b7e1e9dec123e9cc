/**
 * A merchant's application on the module path, using the SDK's three clients and its fakes. The SDK's
 * jars are automatic modules: they cannot declare what they need, so the application requires
 * io.commerceclients.core itself (its types appear in the clients' signatures) and is run with
 * --add-modules ALL-MODULE-PATH,jdk.httpserver, which resolves Jackson, SLF4J, the Kotlin stdlib, JSpecify, and
 * for the fakes JUnit's API and the JDK's HTTP server.
 */
module com.example.shop {
  requires io.commerceclients.core;
  requires io.commerceclients.kiliba;
  requires io.commerceclients.karla;
  requires io.commerceclients.kibo.importexport;
  requires io.commerceclients.testing;
}
