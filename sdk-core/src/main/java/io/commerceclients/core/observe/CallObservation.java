package io.commerceclients.core.observe;

import java.util.Map;

/** What an observer hears about one call after it started. */
public interface CallObservation {

  /** A handle that does nothing. */
  CallObservation NONE = new CallObservation() { };

  /**
   * An attempt is about to be sent; returns headers to add to it, such as W3C {@code traceparent}.
   * They are added only to requests for the API's own hosts, never to storage URLs or public links,
   * and never replace a header the client sets.
   */
  default Map<String, String> attemptStarted(AttemptInfo attempt) {
    return Map.of();
  }

  /** An attempt ended: answered (any status) or failed without an answer. */
  default void attemptEnded(AttemptResult result) {
  }

  /** The call ended, successfully or not. */
  default void ended(CallResult result) {
  }
}
