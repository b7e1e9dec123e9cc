package io.commerceclients.kiliba.emails;

import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;
import java.util.concurrent.CompletableFuture;

/**
 * Sends transactional emails without blocking a thread: the twin of {@link
 * TransactionalEmailsService}. No method throws; cancelling a returned future cancels its request
 * (an email already accepted by Kiliba stays sent).
 */
public interface TransactionalEmailsServiceAsync {

  /**
   * Sends one transactional email. The future fails with a {@code ValidationException} if a
   * required field is missing or the recipient is not an email address (nothing is sent), or with
   * an {@code ApiException} if Kiliba refuses the email.
   */
  CompletableFuture<TransactionalEmailResult> send(TransactionalEmail email);
}
