package io.commerceclients.core.support;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.SdkStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A response model with one required field, as the clients' models have. */
@SdkStyle
@Value.Immutable
@JsonSerialize(as = ImmutableThing.class)
@JsonDeserialize(builder = ImmutableThing.Builder.class)
public interface Thing {
  String id();

  Optional<String> name();

  List<Thing> parts();
}
