package io.commerceclients.examples.support;

/** A progress display: a live bar in a terminal, plain lines otherwise. */
public interface Progress extends AutoCloseable {

  /** Moves the display to {@code done} units. */
  void update(long done);

  /** Sets the total, if it was not known when the display started. */
  void total(long total);

  /** Sets a short status text, such as a job's status. */
  void status(String text);

  /** Ends the display. */
  @Override
  void close();
}
