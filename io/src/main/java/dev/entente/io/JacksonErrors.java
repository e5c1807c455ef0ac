package dev.entente.io;

import dev.entente.io.EntenteJsonException.Kind;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Turns Jackson's exceptions into the library's own, keeping Jackson's location. */
final class JacksonErrors {
  /** Jackson's pointers to its own settings and sources, which mean nothing to our users. */
  private static final Pattern JACKSON_DETAILS =
      Pattern.compile(
          ", from `[^`]*`|\\s*\\(start marker at [^)]*\\)[^)]*\\)|\\s*\\(for (?:Object|Array) starting at \\[[^\\]]*\\]\\)|\\s*\\(not recognized as one since Feature [^)]*\\)|: enable `[^`]*` to allow");

  private JacksonErrors() {}

  static EntenteJsonException translate(JacksonException e, String path) {
    return translate(e, path, null);
  }

  /** Translates, placing the error where the parser stands when Jackson gives no location. */
  static EntenteJsonException translate(JacksonException e, String path, TokenStreamLocation fallback) {
    TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : fallback;
    return JsonInput.error(kind(e), path, location, reason(e), e);
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
    if (e instanceof JacksonIOException && e.getCause() != null) {
      return "reading or writing failed: " + e.getCause();
    }
    String message = JACKSON_DETAILS.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    if (e instanceof UnexpectedEndOfInputException) {
      return "the input ends before the JSON value does: " + message;
    }
    if (e instanceof StreamConstraintsException) {
      return "the input is beyond a limit: " + message;
    }
    return "not valid JSON: " + message;
  }
}
