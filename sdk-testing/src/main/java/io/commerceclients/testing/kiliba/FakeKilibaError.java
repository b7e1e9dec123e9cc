package io.commerceclients.testing.kiliba;

import java.util.List;

/** An HTTP error the fake answers with, in the NestJS shape {@code {statusCode, message, error}}. */
final class FakeKilibaError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final List<String> messages;

  FakeKilibaError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
    this.messages = List.of();
  }

  /** A validation failure listing each problem, answered with {@code message} as an array. */
  FakeKilibaError(int status, List<String> messages) {
    super(String.join("; ", messages), null, false, false);
    this.status = status;
    this.messages = List.copyOf(messages);
  }

  static FakeKilibaError badRequest(String message) {
    return new FakeKilibaError(400, message);
  }

  static FakeKilibaError notFound(String message) {
    return new FakeKilibaError(404, message);
  }

  String reason() {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 409:
        return "Conflict";
      case 413:
        return "Payload Too Large";
      default:
        return "Error";
    }
  }
}
