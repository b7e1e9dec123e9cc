package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.kiliba.emails.TransactionalEmailsServiceAsync;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;
import java.util.concurrent.CompletableFuture;

final class DefaultTransactionalEmailsServiceAsync implements TransactionalEmailsServiceAsync {

  private final ApiTransport transport;
  private final EmailCalls calls;

  DefaultTransactionalEmailsServiceAsync(ApiTransport transport, EmailCalls calls) {
    this.transport = transport;
    this.calls = calls;
  }

  @Override
  public CompletableFuture<TransactionalEmailResult> send(TransactionalEmail email) {
    return Async.supply(() -> transport.executeAsync(calls.send(email)));
  }
}
