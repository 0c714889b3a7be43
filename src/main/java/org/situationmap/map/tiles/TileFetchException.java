package org.situationmap.map.tiles;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.situationmap.text.Message;
import org.situationmap.text.Messages;

/**
 * Why an online tile could not be had, as a {@link Message} for people ("tile.openstreetmap.org
 * cannot be found; is this computer online?") rather than the network library's words, which are
 * often none at all: a connection that is refused or whose host does not resolve fails with no
 * message. {@link #getMessage()} is the base language's words.
 */
public final class TileFetchException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The explanation, not yet in words. */
  private final transient Message problem;

  /** A failure explained by {@code problem}, caused by {@code cause} (may be null). */
  public TileFetchException(Message problem, Throwable cause) {
    super(problem.key(), cause);
    this.problem = problem;
  }

  /** The explanation, not yet in words. */
  public Message problem() {
    return problem;
  }

  @Override
  public String getMessage() {
    return Messages.base().format(problem);
  }

  /**
   * What went wrong with a tile request (through any {@link CompletionException} or {@link
   * ExecutionException} around it): its own explanation when it is one of these, else the first
   * message in its causes, else the kind of failure.
   */
  public static Message problemOf(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof TileFetchException f) {
      return f.problem();
    }
    return other(t);
  }

  /** A failure to fetch a tile from {@code host}, explained. */
  static TileFetchException of(IOException failure, String host) {
    return failure instanceof TileFetchException f
        ? f
        : new TileFetchException(describe(failure, host), failure);
  }

  private static Message describe(Throwable failure, String host) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return Message.of("tiles.problem.unknownHost", "host", host);
      }
      if (t instanceof HttpTimeoutException) {
        return Message.of("tiles.problem.timeout", "host", host);
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof NoRouteToHostException
          || t instanceof ClosedChannelException) {
        return Message.of("tiles.problem.noConnection", "host", host);
      }
    }
    return other(failure);
  }

  private static Message other(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return Message.of("tiles.problem.other", "detail", t.getMessage().strip());
      }
    }
    return Message.of("tiles.problem.other", "detail", failure.getClass().getSimpleName());
  }
}
