package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.imports.JobCreationState;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * Whether a failed job creation may have created the job in Kibo. The SDK's transport does not say
 * whether a request was written before a connection failed, so only what proves the request never
 * reached Kibo, or that Kibo refused it, counts as not sent: a {@link ValidationException} (refused
 * before the network), a failure to resolve or connect to the host (the failures the core retries
 * even for a POST), and an error answer other than a gateway's 502 or 504 (a gateway sends those
 * when it lost or did not wait for Kibo's own answer). Everything else (a reset connection, a read
 * timeout, an unreadable answer, an interrupted call, an unexpected exception) is taken as unknown.
 */
final class CreationOutcome {
  private static final int MAX_CAUSES = 16;

  private CreationOutcome() {}

  /** Returns the state of a job whose creation request was about to be sent and failed with {@code failure}. */
  static JobCreationState afterFailure(Throwable failure) {
    return mayHaveCreated(failure) ? JobCreationState.OUTCOME_UNKNOWN : JobCreationState.NOT_SENT;
  }

  private static boolean mayHaveCreated(Throwable failure) {
    if (failure instanceof ValidationException) {
      return false;
    }
    if (failure instanceof TransportException) {
      return !neverConnected(failure);
    }
    if (failure instanceof ApiException) {
      int status = ((ApiException) failure).statusCode();
      return status < 400 || status > 599 || status == 502 || status == 504;
    }
    return true;
  }

  /** Returns true if the failure's causes show that no connection to the host was made. */
  private static boolean neverConnected(Throwable failure) {
    Throwable cause = failure.getCause();
    for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
          || cause instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }
}
