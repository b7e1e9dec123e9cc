package io.commerceclients.testing.server;

/** Answers one request to a fake's route. */
@FunctionalInterface
public interface Handler {

  /** Returns the answer to {@code request}; an exception becomes a 500 (or 400 for a malformed body). */
  FakeResponse handle(FakeRequest request) throws Exception;
}
