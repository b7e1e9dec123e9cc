package io.commerceclients.core.observe;

/**
 * Receives what a client does, for metrics and traces (the Micrometer binding implements it). It
 * is called on the caller's thread when a call starts (so a tracing context can be captured there)
 * and on the transport's threads afterwards; it must be thread-safe and fast, and whatever it
 * throws is logged and ignored.
 */
public interface ClientObserver {

  /** An observer that does nothing. */
  ClientObserver NONE = new ClientObserver() { };

  /** A call (one operation of the API) starts; the returned handle hears about its attempts and its end. */
  default CallObservation callStarted(CallInfo call) {
    return CallObservation.NONE;
  }

  /** A long workflow (a bulk import, a file upload, a job wait) made progress or ended. */
  default void workflowEvent(WorkflowEvent event) {
  }
}
