package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Expected delivery window of a shipment. */
@Value.Immutable
@JsonSerialize(as = ImmutableExpectedDelivery.class)
@JsonDeserialize(builder = ImmutableExpectedDelivery.Builder.class)
public interface ExpectedDelivery {

  /** Returns a new builder of {@code ExpectedDelivery}. */
  static ImmutableExpectedDelivery.Builder builder() {
    return ImmutableExpectedDelivery.builder();
  }

  /** Start of the window. */
  @JsonProperty("from")
  Optional<String> from();

  /** End of the window. */
  @JsonProperty("to")
  Optional<String> to();
}
