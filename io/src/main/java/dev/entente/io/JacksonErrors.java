package dev.entente.io;

import dev.entente.io.EntenteJsonException.Kind;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Turns Jackson's exceptions into the library's own, keeping Jackson's location. */
final class JacksonErrors {
  private static final Pattern CONSTRAINT_SOURCE = Pattern.compile("\\s*\\(from `[^`]*`\\)|,? ?use `[^`]*`[^.]*");

  private JacksonErrors() {}

  static EntenteJsonException translate(JacksonException e, String path) {
    return JsonInput.error(kind(e), path, e.getLocation(), reason(e), e);
  }

  private static Kind kind(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return Kind.LIMIT_EXCEEDED;
    }
    if (e instanceof UnexpectedEndOfInputException) {
      return Kind.TRUNCATED;
    }
    if (e instanceof JacksonIOException) {
      return Kind.IO;
    }
    return Kind.MALFORMED_JSON;
  }

  private static String reason(JacksonException e) {
    if (e instanceof UnexpectedEndOfInputException) {
      return "the input ends before the JSON value does: " + e.getOriginalMessage();
    }
    if (e instanceof JacksonIOException && e.getCause() != null) {
      return "reading or writing failed: " + e.getCause();
    }
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      message = CONSTRAINT_SOURCE.matcher(message).replaceAll("");
    }
    return "not valid JSON: " + message;
  }
}
