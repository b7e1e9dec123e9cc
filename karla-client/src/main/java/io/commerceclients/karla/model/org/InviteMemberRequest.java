package io.commerceclients.karla.model.org;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Invites a user to an organization. */
@Value.Immutable
@JsonSerialize(as = ImmutableInviteMemberRequest.class)
@JsonDeserialize(builder = ImmutableInviteMemberRequest.Builder.class)
public interface InviteMemberRequest {

  /** Returns a new builder of {@code InviteMemberRequest}. */
  static ImmutableInviteMemberRequest.Builder builder() {
    return ImmutableInviteMemberRequest.builder();
  }

  /** Email of the user. */
  @JsonProperty("email")
  String email();

  /** Role in the organization. */
  @JsonProperty("role")
  UserRole role();
}
