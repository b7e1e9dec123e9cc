package io.commerceclients.karla.model.org;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A member of an organization. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrgMember.class)
@JsonDeserialize(builder = ImmutableOrgMember.Builder.class)
public interface OrgMember {

  /** Returns a new builder of {@code OrgMember}. */
  static ImmutableOrgMember.Builder builder() {
    return ImmutableOrgMember.builder();
  }

  /** The member's email. */
  @JsonProperty("email_id")
  Optional<String> emailId();

  /** Release channel. */
  @JsonProperty("feature_community")
  Optional<FeatureCommunity> featureCommunity();

  /** Feature toggles. */
  @JsonProperty("feature_toggles")
  @AllowNulls
  Map<String, @Nullable Object> featureToggles();

  /** Organization slug. */
  @JsonProperty("org")
  Optional<String> org();

  /** Shops the member can access. */
  @JsonProperty("shops")
  List<String> shops();
}
