package dev.entente.io;

import dev.entente.io.EntenteJsonException.Kind;
import dev.entente.io.Positions.Position;
import dev.entente.io.Positions.TokenShape;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.Named;

/**
 * Everything of the library's that depends on Jackson's internals or on Jackson's wording, in one
 * place to review when Jackson changes: Jackson's exceptions turned into the library's own (their
 * kind, their reason without Jackson's pointers to its own settings, and their place), the matcher
 * of field names in the parser's buffer, and writing into Jackson's pooled buffers.
 */
final class JacksonAdapter {
  /** Jackson's pointers to its own settings and sources, which mean nothing to our users. */
  private static final Pattern JACKSON_DETAILS =
      Pattern.compile(
          ", from `[^`]*`|\\s*\\(start marker at [^)]*\\)[^)]*\\)|\\s*\\(for (?:Object|Array) starting at \\[[^\\]]*\\]\\)|\\s*\\(not recognized as one since Feature [^)]*\\)|: enable `[^`]*` to allow");

  private JacksonAdapter() {}

  /**
   * A matcher of field names to their indexes, made as {@code JsonFactory.constructNameMatcher}
   * makes it, to be shared by every parser: the parser matches names in its own buffer, without
   * making strings.
   */
  static PropertyNameMatcher nameMatcher(List<String> names) {
    return BinaryNameMatcher.constructFrom(
        names.stream().map(Named::fromString).toList(), false, false);
  }

  /**
   * Writes into Jackson's segmented buffer, as databind's {@code writeValueAsBytes} does: its first
   * segment and the generator's own buffer come from one set of Jackson's pooled buffers, so that
   * little but the result is allocated.
   */
  static byte[] writeToBytes(JsonFactory factory, Consumer<OutputStream> write) {
    BufferRecycler buffers = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(buffers)) {
      write.accept(bytes);
      return bytes.getClearAndRelease();
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * Translates an exception the parser raised, while the parser is still open: an error of the
   * library's own passes as it is.
   */
  static EntenteJsonException translate(
      JacksonException e, String path, JsonParser parser, Positions positions) {
    if (e instanceof EntenteJsonException ours) {
      return ours;
    }
    return EntenteJsonException.fromJackson(
        kind(e), path, position(e, parser, positions), reason(e), e);
  }

  /** Translates an exception of writing, which concerns no place in any input. */
  static EntenteJsonException translateWriting(JacksonException e) {
    if (e instanceof EntenteJsonException ours) {
      return ours;
    }
    return EntenteJsonException.fromJackson(kind(e), "$", Position.NONE, reason(e), e);
  }

  /**
   * Where the error is. Jackson checks a limit once it has read the token, or part of it, and gives
   * no location; the error is placed where the token begins. Other errors carry Jackson's location.
   */
  private static Position position(JacksonException e, JsonParser parser, Positions positions) {
    if (e instanceof StreamConstraintsException) {
      String message = String.valueOf(e.getOriginalMessage());
      if (message.startsWith("Name length") || message.startsWith("String value length")) {
        // Jackson's character parser checks some names against the limit of strings.
        return positions.tokenStart(parser, TokenShape.QUOTED);
      }
      if (message.startsWith("Number value length")) {
        return positions.tokenStart(parser, TokenShape.NUMBER);
      }
      if (message.startsWith("Document nesting depth")) {
        return positions.tokenStart(parser, TokenShape.BRACKET);
      }
      return positions.position(parser.currentLocation());
    }
    TokenStreamLocation location = e.getLocation();
    boolean known = location != null && location.getLineNr() > 0;
    return positions.position(known ? location : parser.currentLocation());
  }

  /**
   * Tells whether the input ended inside a value: Jackson says so with its own exception, and in
   * some states of its parser with a plain one whose message tells it.
   */
  static boolean endsInsideTheValue(JacksonException e) {
    return e instanceof UnexpectedEndOfInputException
        || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
  }

  private static Kind kind(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return Kind.LIMIT_EXCEEDED;
    }
    if (endsInsideTheValue(e)) {
      return Kind.TRUNCATED;
    }
    if (e instanceof JacksonIOException) {
      return Kind.IO;
    }
    return Kind.MALFORMED_JSON;
  }

  /** Jackson's message without its pointers to its own settings, after words of ours. */
  static String reason(JacksonException e) {
    if (e instanceof JacksonIOException && e.getCause() != null) {
      return "reading or writing failed: " + e.getCause();
    }
    String message = JACKSON_DETAILS.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    if (endsInsideTheValue(e)) {
      return "the input ends before the JSON value does: " + message;
    }
    if (e instanceof StreamConstraintsException) {
      return "the input is beyond a limit: " + message;
    }
    return "not valid JSON: " + message;
  }
}
