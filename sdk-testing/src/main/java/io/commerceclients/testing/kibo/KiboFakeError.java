package io.commerceclients.testing.kibo;

/** An error the fake answers with Kibo's error body. */
final class KiboFakeError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String errorCode;

  KiboFakeError(int status, String errorCode, String message) {
    super(message, null, false, false);
    this.status = status;
    this.errorCode = errorCode;
  }
}
