package io.commerceclients.spring.boot.autoconfigure;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.transport.SenderContext;

/** Stands in for a tracing bridge: puts a fixed W3C {@code traceparent} on every sender context that starts. */
final class TraceparentPropagator implements ObservationHandler<SenderContext<Object>> {
  private final String traceparent;

  TraceparentPropagator(String traceparent) {
    this.traceparent = traceparent;
  }

  @Override
  public void onStart(SenderContext<Object> context) {
    context.getSetter().set(context.getCarrier(), "traceparent", traceparent);
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof SenderContext;
  }
}
