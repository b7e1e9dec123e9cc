package io.commerceclients.kiliba.model.emails;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A transactional email to send: which template, to whom, in which language, with which values. */
@Value.Immutable
@JsonSerialize(as = ImmutableTransactionalEmail.class)
@JsonDeserialize(builder = ImmutableTransactionalEmail.Builder.class)
public interface TransactionalEmail {

  /** Returns a builder. */
  static ImmutableTransactionalEmail.Builder builder() {
    return ImmutableTransactionalEmail.builder();
  }

  /** The transactional email's id in Kiliba. */
  String transactionalEmailId();

  /** The recipient's email address. */
  String email();

  /** The language to render, for example {@code fr} or {@code en}. */
  String language();

  /** The template's variables: names without {@code #}, values as rendered strings. */
  Map<String, String> variables();
}
