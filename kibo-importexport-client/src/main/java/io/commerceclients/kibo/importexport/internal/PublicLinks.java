package io.commerceclients.kibo.importexport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.http.SecureUrls;
import io.commerceclients.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/** Reads the answer of {@code generatelink}: a JSON string literal, or bare text. */
final class PublicLinks {
  private PublicLinks() {}

  /**
   * Returns the link in {@code body}.
   *
   * @throws ProtocolException if the body holds no absolute http(s) URL, or a plain http one to a
   *     host other than loopback (a link the caller passes is checked, and refused with a {@code
   *     ValidationException}, when it is fetched)
   */
  public static URI parse(String body) {
    String text = body == null ? "" : body.trim();
    if (text.startsWith("\"")) {
      try {
        JsonNode node = Json.mapper().readTree(text);
        text = node.asText().trim();
      } catch (IOException e) {
        throw new ProtocolException(Answers.GENERATE_LINK + ": Kibo answered a malformed JSON string");
      }
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          || uri.getHost() == null) {
        throw new ProtocolException(Answers.GENERATE_LINK + ": Kibo answered no http(s) URL ("
            + text.length() + " characters)");
      }
      if (!scheme.equalsIgnoreCase("https") && !SecureUrls.isLoopback(uri.getHost())) {
        throw new ProtocolException(Answers.GENERATE_LINK + ": Kibo answered a plain http link to "
            + uri.getHost() + "; only an https link (or http to a loopback test server) is fetched,"
            + " so nothing was fetched");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ProtocolException(Answers.GENERATE_LINK + ": Kibo answered no valid URL (" + text.length()
          + " characters; not shown, as a link may carry a signature)");
    }
  }
}
