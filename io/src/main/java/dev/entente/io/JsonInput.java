package dev.entente.io;

import dev.entente.io.Positions.Position;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A parser being read by the codecs, with the JSON path of where it is and the means to tell a
 * parser's location as a line and a column, so that every error can say where it happened.
 */
final class JsonInput {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final JsonParser parser;
  private final boolean ignoreUnknownFields;
  private final Positions positions;

  /**
   * Whether names and strings are held to the facade's limits here, for parsers the library did not
   * set up.
   */
  private boolean checkingLimits;

  /** The path's first room: the format's six levels and a map's keys. */
  static final int PATH_ROOM = 8;

  /**
   * The path's segments, each a name or (where the name is null) an index: room for the format's
   * six levels and a map's keys, grown for anything deeper. Every document read has its own, so
   * they start small.
   */
  private String[] names = new String[PATH_ROOM];

  private int[] indexes = new int[PATH_ROOM];
  private int depth;

  JsonInput(JsonParser parser, boolean ignoreUnknownFields, Positions positions) {
    this.parser = parser;
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.positions = positions;
  }

  /**
   * Holds names and strings to the facade's default limits as they are read, for a parser of an
   * application's own mapper, whose factory has limits of its own; the facade's parsers enforce
   * them already.
   */
  JsonInput checkingLimits() {
    checkingLimits = true;
    return this;
  }

  JsonParser parser() {
    return parser;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  JsonToken next() {
    return parser.nextToken();
  }

  /**
   * Moves on to the next field of the object being read, matching its name in the parser's buffer.
   *
   * @return the index of a known field, {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME} for a field
   *     whose name is the {@linkplain JsonParser#currentName() current name}, or {@link
   *     PropertyNameMatcher#MATCH_END_OBJECT} at the end of the object
   */
  int nextField(PropertyNameMatcher fields) {
    int match = parser.nextNameMatch(fields);
    if (match == PropertyNameMatcher.MATCH_ODD_TOKEN) {
      // Within an object, JSON parsers give a name or the object's end, or fail themselves.
      throw wrongType("a field name or the end of the object");
    }
    return match;
  }

  /** Moves on to the value of a field or an element, which starts with the next token. */
  void enter(String name) {
    makeRoom();
    names[depth] = name;
    depth++;
  }

  void enter(int index) {
    makeRoom();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  private void makeRoom() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, 2 * depth);
      indexes = Arrays.copyOf(indexes, 2 * depth);
    }
  }

  void leave() {
    depth--;
  }

  /** The JSON path of where the input is, such as {@code $.talks[2].venue}. */
  String path() {
    StringBuilder path = new StringBuilder("$");
    for (int i = 0; i < depth; i++) {
      appendSegment(path, names[i], indexes[i]);
    }
    return path.toString();
  }

  String pathTo(String field) {
    StringBuilder path = new StringBuilder(path());
    appendSegment(path, field, 0);
    return path.toString();
  }

  private static void appendSegment(StringBuilder path, String name, int index) {
    if (name == null) {
      path.append('[').append(index).append(']');
    } else if (PLAIN_NAME.matcher(name).matches()) {
      path.append('.').append(name);
    } else {
      path.append("[\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
    }
  }

  /**
   * Handles a field the format does not know, whose name is the current token: skips its value when
   * unknown fields are ignored, or fails naming the fields that are known.
   */
  void skipUnknownField(String name, String where, String knownFields) {
    if (!ignoreUnknownFields) {
      throw EntenteJsonException.unknownField(path(), here(), name, where, knownFields);
    }
    enter(name);
    parser.nextToken();
    parser.skipChildren();
    leave();
  }

  /** Reads the current token as a string, or fails saying what was expected instead. */
  String string(String expected) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(expected);
    }
    String value = parser.getString();
    if (checkingLimits) {
      checkLength("String value", value, JsonSettings.DEFAULT_MAX_STRING_LENGTH);
    }
    return value;
  }

  /** The name of the field whose name is the current token. */
  String name() {
    String name = parser.currentName();
    if (checkingLimits) {
      checkLength("Name", name, JsonSettings.MAX_NAME_LENGTH);
    }
    return name;
  }

  /** A text at the current token held to a limit, refused in the words Jackson uses for its own. */
  private void checkLength(String what, String text, int limit) {
    if (text.length() > limit) {
      throw EntenteJsonException.tooLong(path(), here(), what, text.length(), limit);
    }
  }

  EntenteJsonException wrongType(String expected) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL && depth > 0) {
      return EntenteJsonException.nullInside(path(), here(), expected);
    }
    return EntenteJsonException.wrongType(path(), here(), expected, describe(token));
  }

  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  /** The place of the current token. */
  Position here() {
    return position(parser.currentTokenLocation());
  }

  /**
   * Marks the start of the object whose <code>{</code> is the current token, for an error about the
   * object once it is read: null where the input can find the start again then, which costs nothing
   * until an object is refused.
   */
  @Nullable TokenStreamLocation objectStart() {
    return positions.findsOpeningBraces() ? null : parser.currentTokenLocation();
  }

  /**
   * The place of the object whose <code>}</code> is the current token, from the mark {@link
   * #objectStart()} made.
   */
  Position objectPosition(@Nullable TokenStreamLocation start) {
    return start != null ? position(start) : positions.openingBrace(parser.currentTokenLocation());
  }

  /** A location of the parser's, as a line and a column in characters. */
  Position position(TokenStreamLocation location) {
    return positions.position(location);
  }

  /**
   * One of Jackson's exceptions, raised by the parser, as the library's own; the parser is still
   * open.
   */
  EntenteJsonException translate(JacksonException e) {
    return JacksonAdapter.translate(e, path(), parser, positions);
  }
}
