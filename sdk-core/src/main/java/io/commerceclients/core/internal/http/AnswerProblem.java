package io.commerceclients.core.internal.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words why a successful answer could not be decoded: an empty body, a field the
 * model requires that the answer lacks (Immutables' "Cannot build" message, translated), or JSON
 * of the wrong shape, with the JSON path where it happened.
 */
final class AnswerProblem {
  private static final Pattern MISSING = Pattern.compile(
      "Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");

  private AnswerProblem() {}

  static String describe(IOException failure) {
    String path = failure instanceof JsonMappingException ? path((JsonMappingException) failure) : "";
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher missing = MISSING.matcher(String.valueOf(t.getMessage()));
      if (missing.find()) {
        String fields = missing.group(2).trim();
        return "the answer lacks the required field" + (fields.contains(",") ? "s " : " ") + fields
            + " of " + missing.group(1) + (path.isEmpty() ? "" : " at " + path);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (isEmpty(failure)) {
      return "the API answered with an empty body where a JSON answer was expected";
    }
    return "the answer could not be read as the expected JSON" + (path.isEmpty() ? "" : " at " + path)
        + ": " + firstLine(failure instanceof JsonMappingException
            ? ((JsonMappingException) failure).getOriginalMessage() : failure.getMessage());
  }

  /**
   * Says why an answer that is itself a credential could not be decoded, as {@link #describe} does
   * but without the parser's own words, which may quote the answer.
   */
  static String describeWithoutValues(IOException failure) {
    String described = describe(failure);
    if (described.startsWith("the answer could not be read")) {
      String path = failure instanceof JsonMappingException ? path((JsonMappingException) failure) : "";
      return "the answer could not be read as the expected JSON" + (path.isEmpty() ? "" : " at " + path)
          + " (" + failure.getClass().getSimpleName() + "; the answer carries a credential, so it is not quoted)";
    }
    return described;
  }

  /** Returns true if the failure is Jackson's report of an empty body. */
  static boolean isEmpty(IOException failure) {
    return failure instanceof MismatchedInputException
        && String.valueOf(failure.getMessage()).startsWith("No content to map due to end-of-input");
  }

  /** Returns the JSON path of a decoding failure, such as {@code items[3].status}. */
  static String path(JsonMappingException failure) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference ref : failure.getPath()) {
      if (ref.getFieldName() != null) {
        s.append(s.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        s.append('[').append(ref.getIndex()).append(']');
      }
    }
    return s.toString();
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
