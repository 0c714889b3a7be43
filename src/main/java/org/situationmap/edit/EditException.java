package org.situationmap.edit;

import org.situationmap.text.Message;

/** An edit that does not fit the place it is applied to; says why in a {@link Message}. */
public final class EditException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Message reason;

  /** An exception giving {@code reason}. */
  public EditException(Message reason) {
    super(reason.key() + " " + reason.args());
    this.reason = reason;
  }

  /** Why the edit does not fit. */
  public Message reason() {
    return reason;
  }
}
