package io.commerceclients.core.internal.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.SdkStyle;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A model shaped like the clients' own, read once by {@link StartupWarmUp}. */
@SdkStyle
@Value.Immutable
@JsonSerialize(as = ImmutableWarmUpSample.class)
@JsonDeserialize(builder = ImmutableWarmUpSample.Builder.class)
interface WarmUpSample {
  String JSON = "{\"id\":1,\"name\":\"n\",\"updated_at\":\"2024-01-01T00:00:00Z\",\"tags\":[\"t\"],\"more\":null}";

  long id();

  Optional<String> name();

  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();

  List<String> tags();

  List<WarmUpSample> more();
}
