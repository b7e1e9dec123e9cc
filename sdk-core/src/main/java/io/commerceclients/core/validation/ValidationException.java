package io.commerceclients.core.validation;

/**
 * A request argument broke a documented limit; thrown before anything is sent. {@link #field()}
 * names the offending field, with the item index for batch items ({@code products[12].price}).
 */
public class ValidationException extends IllegalArgumentException {
  private final String field;

  /** Creates the exception for {@code field}; the message should state the limit. */
  public ValidationException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** Returns the path of the offending field. */
  public String field() {
    return field;
  }
}
