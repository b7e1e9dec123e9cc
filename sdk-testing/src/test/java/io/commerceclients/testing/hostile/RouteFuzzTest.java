package io.commerceclients.testing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.FakeHttpServer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route of every fake, sent bodies and queries of the wrong shape with valid credentials: each
 * answer is the API's own error (or a success), never a 500 from a handler that broke, nor a dropped connection.
 */
class RouteFuzzTest {

  @RegisterExtension
  static FakeKiliba kiliba = new FakeKiliba();
  @RegisterExtension
  static FakeKarla karla = new FakeKarla();
  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  private static final String[] BODIES = {
    null, "", "null", "[]", "[null]", "{}", "\"x\"", "17", "{\"a\":null}", "[{}]", "[[]]", "[\"x\"]", "[1]",
    "{\"id\":{},\"name\":[],\"email\":7,\"items\":{},\"resources\":\"x\",\"domain\":[],\"filename\":{},\"url\":1,"
        + "\"status\":{},\"customer_emails\":[1],\"trackings\":7,\"products\":\"p\",\"price\":\"cheap\"}",
    "[{\"id\":null,\"deleted\":true}]", "[{\"id\":1,\"name\":null,\"metadata\":[]}]",
  };

  private static final String[] QUERIES = {
    "", "?page=0", "?page=x", "?per_page=1000", "?limit=-1", "?pageSize=x", "?startIndex=-5", "?filter=status%20eq",
    "?responseFields=", "?responseFields=a(b", "?date_update=yesterday", "?hourDuration=x", "?fileName=", "?statuses=",
    "?includeCount=maybe",
  };

  @SuppressWarnings("unchecked")
  static List<String[]> routes(FakeHttpServer server) throws Exception {
    Field field = FakeHttpServer.class.getDeclaredField("routes");
    field.setAccessible(true);
    List<String[]> out = new ArrayList<>();
    for (Object route : (List<Object>) field.get(server)) {
      Field method = route.getClass().getDeclaredField("method");
      Field template = route.getClass().getDeclaredField("pathTemplate");
      method.setAccessible(true);
      template.setAccessible(true);
      out.add(new String[] {(String) method.get(route), (String) template.get(route)});
    }
    return out;
  }

  private static void fuzz(FakeHttpServer server, String auth, List<String> failures) throws Exception {
    for (String[] route : routes(server)) {
      String path = route[1].replaceAll("\\{[^}]+}", server instanceof FakeKarla ? "gokarla" : "x");
      boolean hasBody = !route[0].equals("GET") && !route[0].equals("DELETE");
      for (String query : hasBody ? new String[] {"", "?responseFields=a(b"} : QUERIES) {
        for (String body : hasBody ? BODIES : new String[] {null}) {
          byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
          HostileRequestsTest.Answer answer = HostileRequestsTest.raw(server, route[0], path + query,
              auth + (body == null ? "" : "Content-Type: application/json\r\n"), bytes);
          if (answer.status() >= 500 || answer.status() < 0) {
            failures.add(route[0] + " " + path + query + " " + body + " -> " + answer);
          }
        }
      }
    }
  }

  @Test
  void noRouteOfAnyFakeBreaksOnBadInput() throws Exception {
    List<String> failures = new ArrayList<>();
    fuzz(kiliba, HostileRequestsTest.kilibaKey(), failures);
    fuzz(karla, HostileRequestsTest.karlaAuth(), failures);
    fuzz(kibo, HostileRequestsTest.kiboAuth(kibo), failures);
    assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())), failures.size() + " failures");
  }
}
