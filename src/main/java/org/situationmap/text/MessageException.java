package org.situationmap.text;

/**
 * An invalid argument whose explanation is a {@link Message}, so that it reaches the person in
 * their language ({@link Messages#explain}); {@link #getMessage()} is the base language's words
 * (for logs and the command line).
 */
public class MessageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The explanation, not yet in words. */
  private final transient Message message;

  /** An exception explained by {@code message}. */
  public MessageException(Message message) {
    super(message.key());
    this.message = message;
  }

  /** The explanation, not yet in words. */
  public Message message() {
    return message;
  }

  @Override
  public String getMessage() {
    return Messages.base().format(message);
  }
}
