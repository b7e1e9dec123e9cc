package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.kiliba.emails.TransactionalEmailsService;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;

final class DefaultTransactionalEmailsService implements TransactionalEmailsService {

  private final ApiTransport transport;
  private final EmailCalls calls;

  DefaultTransactionalEmailsService(ApiTransport transport, EmailCalls calls) {
    this.transport = transport;
    this.calls = calls;
  }

  @Override
  public TransactionalEmailResult send(TransactionalEmail email) {
    return transport.execute(calls.send(email));
  }
}
