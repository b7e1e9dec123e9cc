package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;
import retrofit2.Call;

/**
 * The transactional-email operation, written once for the blocking and the asynchronous service:
 * the checks ({@code ValidationException} before anything is sent), then the call.
 */
final class EmailCalls {

  private final KilibaApi api;

  EmailCalls(KilibaApi api) {
    this.api = api;
  }

  Call<TransactionalEmailResult> send(TransactionalEmail email) {
    Check.required(email, "email");
    Check.notBlank(email.transactionalEmailId(), "transactionalEmailId");
    Check.notBlank(email.email(), "email");
    Check.email(email.email(), "email");
    Check.notBlank(email.language(), "language");
    Check.required(email.variables(), "variables");
    email.variables().forEach((name, value) -> {
      Check.that(!name.startsWith("#"), "variables." + name, "names are given without the leading #");
      Check.required(value, "variables." + name);
    });
    return api.sendTransactionalEmail(email);
  }
}
