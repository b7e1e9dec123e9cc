package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import java.util.Optional;
import org.immutables.value.Value;

/** The expected delivery time, in a language. */
@Value.Immutable
@JsonSerialize(as = ImmutableEstimatedArrival.class)
@JsonDeserialize(builder = ImmutableEstimatedArrival.Builder.class)
public interface EstimatedArrival {

  /** Returns a new builder of {@code EstimatedArrival}. */
  static ImmutableEstimatedArrival.Builder builder() {
    return ImmutableEstimatedArrival.builder();
  }

  /** Estimated time of arrival. */
  @JsonProperty("time_prediction")
  Optional<String> timePrediction();

  /** Language of the prediction. */
  @JsonProperty("language")
  Optional<Language> language();
}
