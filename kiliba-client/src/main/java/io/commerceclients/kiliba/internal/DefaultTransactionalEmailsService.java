package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.kiliba.emails.TransactionalEmailsService;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;

final class DefaultTransactionalEmailsService implements TransactionalEmailsService {

  private final ApiTransport transport;
  private final KilibaApi api;

  DefaultTransactionalEmailsService(ApiTransport transport, KilibaApi api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public TransactionalEmailResult send(TransactionalEmail email) {
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
    return transport.execute(api.sendTransactionalEmail(email));
  }
}
