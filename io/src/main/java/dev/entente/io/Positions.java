package dev.entente.io;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Tells a person where in the input a parser's location is: a line, and a column counted in
 * characters (Unicode code points), as an editor shows them.
 *
 * <p>The facade reads every input whole from memory ({@link Source}), which lets it count columns
 * in characters for bytes and text alike and find where a token began after the parser stopped
 * inside it. Inside an application's own mapper the module can only tell places {@link #AS_PARSED}.
 */
interface Positions {
  /**
   * A place in the input, from line 1 and column 1; {@link #NONE} when there is no place to tell.
   */
  record Position(int line, int column) {
    static final Position NONE = new Position(0, 0);
  }

  /**
   * What a token looks like that the parser stopped inside or just after, to find where it began.
   */
  enum TokenShape {
    /** A name or a string: from its opening quote. */
    QUOTED,
    /** A number: from its first digit or sign. */
    NUMBER,
    /** The {@code [} or <code>{</code> just read. */
    BRACKET
  }

  /** Places as the parser reports them, for parsers the library did not open; none for a tree. */
  Positions AS_PARSED =
      new Positions() {
        @Override
        public Position position(@Nullable TokenStreamLocation location) {
          if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return Position.NONE;
          }
          return new Position(location.getLineNr(), location.getColumnNr());
        }

        @Override
        public Position tokenStart(JsonParser parser, TokenShape shape) {
          return position(parser.currentLocation());
        }

        @Override
        public boolean findsOpeningBraces() {
          return false;
        }

        @Override
        public Position openingBrace(TokenStreamLocation closingBrace) {
          return Position.NONE;
        }
      };

  /** The place of a location the parser reported. */
  Position position(@Nullable TokenStreamLocation location);

  /**
   * The place where the token began that the parser stopped inside or just after: for an error
   * raised in the middle of a token, such as a limit, which Jackson places where it stopped.
   */
  Position tokenStart(JsonParser parser, TokenShape shape);

  /**
   * Whether {@link #openingBrace} finds where an object began once it is read; where it cannot, the
   * codecs take the location of every object's start as they read it, in case it is refused.
   */
  boolean findsOpeningBraces();

  /**
   * The place of the <code>{</code> that opens the object closed by the <code>}</code> at a
   * location: the place of an object refused once it is read, such as one that lacks a field. Only
   * asked when {@link #findsOpeningBraces()}.
   */
  Position openingBrace(TokenStreamLocation closingBrace);
}
