package io.commerceclients.core.internal.auth;

import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * The origins (scheme, host and port) that may receive credentials: the API's own host and, for
 * Kibo, its authorization host. Any other URL, such as a pre-signed storage URL, gets none.
 */
public final class HostScope {
  private final List<HttpUrl> origins;

  private HostScope(List<HttpUrl> origins) {
    this.origins = List.copyOf(origins);
  }

  /** Returns a scope of the origins of the given URLs. */
  public static HostScope of(HttpUrl... urls) {
    return new HostScope(List.of(urls));
  }

  /** Returns a scope that also includes the origin of {@code url}. */
  public HostScope plus(HttpUrl url) {
    List<HttpUrl> more = new java.util.ArrayList<>(origins);
    more.add(Objects.requireNonNull(url, "url"));
    return new HostScope(more);
  }

  /** Returns true if {@code url} has the scheme, host and port of one of the scope's origins. */
  public boolean contains(HttpUrl url) {
    for (HttpUrl origin : origins) {
      if (origin.scheme().equals(url.scheme())
          && origin.host().equalsIgnoreCase(url.host())
          && origin.port() == url.port()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("HostScope[");
    for (HttpUrl origin : origins) {
      s.append(origin.scheme()).append("://").append(origin.host()).append(':').append(origin.port()).append(' ');
    }
    return s.toString().trim() + "]";
  }
}
