package io.commerceclients.kiliba.emails;

import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;

/** Sends transactional emails designed in Kiliba. */
public interface TransactionalEmailsService {

  /**
   * Sends one transactional email.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a required field is missing
   *     or the recipient is not an email address (nothing is sent)
   * @throws io.commerceclients.core.error.ApiException if Kiliba refuses the email
   */
  TransactionalEmailResult send(TransactionalEmail email);
}
