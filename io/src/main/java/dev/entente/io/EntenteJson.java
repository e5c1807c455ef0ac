package dev.entente.io;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.io.EntenteJsonException.Kind;
import dev.entente.io.Positions.Position;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes dossiers and records as JSON, and records as JSON Lines, in the format described
 * in {@code docs/json-format.md}. Build one and share it: it is immutable and safe for use by
 * several threads.
 *
 * <pre>{@code
 * EntenteJson json = EntenteJson.builder().prettyPrint(true).build();
 * Dossier dossier = json.readDossier(Path.of("december-2021.json"));
 * String text = json.writeString(dossier);
 * }</pre>
 *
 * <p>Reading checks everything that building the model checks, and more: an unknown field, a
 * duplicate key, a wrong type, an invalid date, an unknown word, empty input or content after the
 * value are each an {@link EntenteJsonException} with the JSON path, line and column (in
 * characters, for every form of input). Nothing is dropped or guessed. A document is read whole
 * into memory, up to its {@linkplain Builder#maxDocumentLength longest length}, then parsed; JSON
 * Lines are read one line at a time. Reading never closes a stream it is given; reading a {@link
 * Path} opens and closes the file.
 *
 * <p>Writing is deterministic: the same value always gives the same bytes, UTF-8, with fields in a
 * fixed order, records in the dossier's order, and absent values and empty lists left out.
 */
public final class EntenteJson {
  private final JsonSettings settings;
  private final boolean prettyPrint;
  private final boolean ignoreUnknownFields;

  private EntenteJson(Builder builder) {
    this.settings = new JsonSettings(builder.maxDocumentLength, builder.maxStringLength);
    this.prettyPrint = builder.prettyPrint;
    this.ignoreUnknownFields = builder.ignoreUnknownFields;
  }

  /**
   * Returns a facade with the defaults: compact output, unknown fields refused, the default limits.
   *
   * @return the facade
   */
  public static EntenteJson defaults() {
    return builder().build();
  }

  /**
   * Returns a builder of a facade, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Chooses the options of an {@link EntenteJson}. */
  public static final class Builder {
    private boolean prettyPrint;
    private boolean ignoreUnknownFields;
    private long maxDocumentLength = JsonSettings.DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxStringLength = JsonSettings.DEFAULT_MAX_STRING_LENGTH;

    private Builder() {}

    /**
     * Chooses indented output, two spaces a level, for people to read; compact by default. JSON
     * Lines are always compact.
     *
     * @param prettyPrint whether to indent
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * Chooses to skip fields the format does not know, as a newer minor version may add; by default
     * they are refused.
     *
     * @param ignoreUnknownFields whether to skip unknown fields
     * @return this builder
     */
    public Builder ignoreUnknownFields(boolean ignoreUnknownFields) {
      this.ignoreUnknownFields = ignoreUnknownFields;
      return this;
    }

    /**
     * Sets the longest document read, in bytes for bytes, streams and files and in characters for
     * text, and the longest line of JSON Lines, in bytes; 256 MiB by default. Each is held whole in
     * memory while it is read.
     *
     * @param maxDocumentLength the longest document, from 1 to {@value
     *     JsonSettings#LONGEST_DOCUMENT}
     * @return this builder
     * @throws IllegalArgumentException if it is not positive, or longer than one Java array can
     *     hold: {@value JsonSettings#LONGEST_DOCUMENT} bytes
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength < 1 || maxDocumentLength > JsonSettings.LONGEST_DOCUMENT) {
        throw new IllegalArgumentException(
            "maxDocumentLength must be from 1 to "
                + JsonSettings.LONGEST_DOCUMENT
                + ", but is "
                + maxDocumentLength);
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * Sets the longest string value read, in characters; 1,000,000 by default.
     *
     * @param maxStringLength the longest string, at least 1
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder maxStringLength(int maxStringLength) {
      if (maxStringLength < 1) {
        throw new IllegalArgumentException(
            "maxStringLength must be positive, but is " + maxStringLength);
      }
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * Builds the facade.
     *
     * @return the facade
     */
    public EntenteJson build() {
      return new EntenteJson(this);
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the dossier format, as shipped in this library.
   *
   * @return the schema's text
   */
  public static String dossierSchema() {
    try (InputStream in = EntenteJson.class.getResourceAsStream("dossier.schema.json")) {
      return new String(
          Objects.requireNonNull(in, "dossier.schema.json").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Reading

  /**
   * Reads a dossier from JSON text.
   *
   * @param json the JSON text
   * @return the dossier
   * @throws EntenteJsonException if the text is not a valid dossier
   */
  public Dossier readDossier(String json) {
    return read(json, Codecs.DOSSIER);
  }

  /**
   * Reads a dossier from UTF-8 JSON bytes.
   *
   * @param json the JSON bytes
   * @return the dossier
   * @throws EntenteJsonException if the bytes are not a valid dossier
   */
  public Dossier readDossier(byte[] json) {
    return read(json, Codecs.DOSSIER);
  }

  /**
   * Reads a dossier from a stream of UTF-8 JSON, up to its end. The stream is not closed.
   *
   * @param json the stream
   * @return the dossier
   * @throws EntenteJsonException if the stream does not hold a valid dossier, or cannot be read
   */
  public Dossier readDossier(InputStream json) {
    return read(json, Codecs.DOSSIER);
  }

  /**
   * Reads a dossier from a UTF-8 JSON file.
   *
   * @param file the file
   * @return the dossier
   * @throws EntenteJsonException if the file does not hold a valid dossier, or cannot be read
   */
  public Dossier readDossier(Path file) {
    return read(file, Codecs.DOSSIER);
  }

  /**
   * Reads a record from JSON text.
   *
   * @param <T> the record type
   * @param json the JSON text
   * @param type the record type, such as {@code Conversation.class}
   * @return the record
   * @throws EntenteJsonException if the text is not a valid record of that type
   * @throws IllegalArgumentException if the type is {@code DossierRecord} itself rather than a kind
   *     of record
   */
  public <T extends DossierRecord> T read(String json, Class<T> type) {
    return read(json, Codecs.of(type));
  }

  /**
   * Reads a record from UTF-8 JSON bytes.
   *
   * @param <T> the record type
   * @param json the JSON bytes
   * @param type the record type
   * @return the record
   * @throws EntenteJsonException if the bytes are not a valid record of that type
   * @throws IllegalArgumentException if the type is {@code DossierRecord} itself
   */
  public <T extends DossierRecord> T read(byte[] json, Class<T> type) {
    return read(json, Codecs.of(type));
  }

  /**
   * Reads a record from a stream of UTF-8 JSON, up to its end. The stream is not closed.
   *
   * @param <T> the record type
   * @param json the stream
   * @param type the record type
   * @return the record
   * @throws EntenteJsonException if the stream does not hold a valid record of that type, or cannot
   *     be read
   * @throws IllegalArgumentException if the type is {@code DossierRecord} itself
   */
  public <T extends DossierRecord> T read(InputStream json, Class<T> type) {
    return read(json, Codecs.of(type));
  }

  /**
   * Reads a record from a UTF-8 JSON file.
   *
   * @param <T> the record type
   * @param file the file
   * @param type the record type
   * @return the record
   * @throws EntenteJsonException if the file does not hold a valid record of that type, or cannot
   *     be read
   * @throws IllegalArgumentException if the type is {@code DossierRecord} itself
   */
  public <T extends DossierRecord> T read(Path file, Class<T> type) {
    return read(file, Codecs.of(type));
  }

  private <T> T read(String json, Codec<T> codec) {
    Objects.requireNonNull(json, "json");
    return read(codec, Source.of(json));
  }

  private <T> T read(byte[] json, Codec<T> codec) {
    Objects.requireNonNull(json, "json");
    return read(codec, Source.of(json, json.length));
  }

  private <T> T read(InputStream json, Codec<T> codec) {
    Objects.requireNonNull(json, "json");
    return read(codec, WholeInput.read(json, settings.maxDocumentLength()));
  }

  private <T> T read(Path file, Codec<T> codec) {
    Objects.requireNonNull(file, "file");
    Source source;
    try (InputStream in = Files.newInputStream(file)) {
      source = WholeInput.read(in, settings.maxDocumentLength());
    } catch (IOException e) {
      throw EntenteJsonException.ioFailure("cannot read " + file, e);
    }
    return read(codec, source);
  }

  /** Reads one document held whole in memory, placing every error by its line and column. */
  private <T> T read(Codec<T> codec, Source source) {
    if (source.length() > settings.maxDocumentLength()) {
      throw EntenteJsonException.documentTooLong(
          source.positionAt((int) settings.maxDocumentLength()),
          settings.maxDocumentLength(),
          source.units());
    }
    if (source.beginsLikeAnotherEncoding()) {
      throw EntenteJsonException.notUtf8(new Position(1, 1));
    }
    JsonParser parser = source.open(settings.documents());
    JsonInput in = new JsonInput(parser, ignoreUnknownFields, source);
    try {
      if (parser.nextToken() == null) {
        throw emptyInput(in, source);
      }
      T value = codec.read(in);
      checkNothingFollows(in, codec);
      return value;
    } catch (JacksonException e) {
      throw in.translate(e);
    } finally {
      parser.close();
    }
  }

  private static EntenteJsonException emptyInput(JsonInput in, Source source) {
    return EntenteJsonException.emptyInput(
        in.position(in.parser().currentLocation()), source.length() > 0);
  }

  private static void checkNothingFollows(JsonInput in, Codec<?> codec) {
    JsonToken next;
    try {
      next = in.next();
    } catch (JacksonException e) {
      EntenteJsonException error = in.translate(e);
      throw EntenteJsonException.notJsonAfter(
          new Position(error.line(), error.column()), codec.description(), e);
    }
    if (next != null) {
      throw EntenteJsonException.valueAfter(
          in.position(in.parser().currentTokenLocation()),
          JsonInput.describe(next),
          codec.description());
    }
  }

  // Writing

  /**
   * Writes a dossier as JSON text.
   *
   * @param dossier the dossier
   * @return the JSON text
   */
  public String writeString(Dossier dossier) {
    return new String(writeBytes(dossier), StandardCharsets.UTF_8);
  }

  /**
   * Writes a record as JSON text.
   *
   * @param record the record
   * @return the JSON text
   */
  public String writeString(DossierRecord record) {
    return new String(writeBytes(record), StandardCharsets.UTF_8);
  }

  /**
   * Writes a dossier as UTF-8 JSON bytes.
   *
   * @param dossier the dossier
   * @return the JSON bytes
   */
  public byte[] writeBytes(Dossier dossier) {
    return writeBytes(Codecs.DOSSIER, Objects.requireNonNull(dossier, "dossier"));
  }

  /**
   * Writes a record as UTF-8 JSON bytes.
   *
   * @param record the record
   * @return the JSON bytes
   */
  public byte[] writeBytes(DossierRecord record) {
    return writeBytes(codecOf(record), record);
  }

  /**
   * Writes a dossier as UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param dossier the dossier
   * @param out the stream
   * @throws EntenteJsonException if the stream cannot be written
   */
  public void write(Dossier dossier, OutputStream out) {
    writeValue(Codecs.DOSSIER, Objects.requireNonNull(dossier, "dossier"), out);
  }

  /**
   * Writes a record as UTF-8 JSON to a stream, which is flushed and not closed.
   *
   * @param record the record
   * @param out the stream
   * @throws EntenteJsonException if the stream cannot be written
   */
  public void write(DossierRecord record, OutputStream out) {
    writeValue(codecOf(record), record, out);
  }

  /**
   * Writes a dossier as a UTF-8 JSON file, replacing it if it exists.
   *
   * @param dossier the dossier
   * @param file the file
   * @throws EntenteJsonException if the file cannot be written
   */
  public void write(Dossier dossier, Path file) {
    Objects.requireNonNull(dossier, "dossier");
    writeFile(file, out -> write(dossier, out));
  }

  /**
   * Writes a record as a UTF-8 JSON file, replacing it if it exists.
   *
   * @param record the record
   * @param file the file
   * @throws EntenteJsonException if the file cannot be written
   */
  public void write(DossierRecord record, Path file) {
    Objects.requireNonNull(record, "record");
    writeFile(file, out -> write(record, out));
  }

  private interface StreamWriting {
    void writeTo(OutputStream out);
  }

  private static void writeFile(Path file, StreamWriting writing) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      writing.writeTo(out);
    } catch (IOException e) {
      throw EntenteJsonException.ioFailure("cannot write " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  static <T extends DossierRecord> Codec<T> codecOf(T record) {
    Objects.requireNonNull(record, "record");
    return (Codec<T>) Codecs.of(record.recordKind().type());
  }

  /** Writes into Jackson's pooled buffers, as databind's {@code writeValueAsBytes} does. */
  private <T> byte[] writeBytes(Codec<T> codec, T value) {
    return JacksonAdapter.writeToBytes(
        settings.documents(), bytes -> writeValue(codec, value, bytes));
  }

  private <T> void writeValue(Codec<T> codec, T value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = settings.documents().createGenerator(writeContext(), out)) {
      codec.write(value, generator);
    } catch (JacksonException e) {
      throw JacksonAdapter.translateWriting(e);
    }
  }

  private ObjectWriteContext writeContext() {
    return prettyPrint ? PrettyWriting.INSTANCE : ObjectWriteContext.empty();
  }

  /**
   * Two spaces a level, {@code "name": value}, one line a field and an element, {@code \n} always.
   */
  private static final class PrettyWriting extends ObjectWriteContext.Base {
    static final PrettyWriting INSTANCE = new PrettyWriting();

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(INDENTER)
          .withObjectIndenter(INDENTER);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  // JSON Lines

  /**
   * Reads records of one type from JSON Lines, one record a line, lazily and in constant memory.
   * Every line holds one record; a line ends at {@code \n}, with or without a {@code \r} before it,
   * and the last may lack it; an empty or blank line is refused wherever it is (see {@code
   * docs/json-format.md}). Close the stream when done; it does not close {@code lines}.
   *
   * <pre>{@code
   * try (Stream<Conversation> calls = json.readLines(in, Conversation.class)) {
   *   calls.forEach(...);
   * }
   * }</pre>
   *
   * @param <T> the record type
   * @param lines the stream of UTF-8 JSON Lines
   * @param type the record type
   * @return the records, read as the stream is consumed; an error names its line
   * @throws EntenteJsonException at once if the input begins in another encoding than UTF-8, and as
   *     the stream is consumed, at the first invalid line
   */
  public <T extends DossierRecord> Stream<T> readLines(InputStream lines, Class<T> type) {
    Objects.requireNonNull(lines, "lines");
    return linesReader(lines, type).records();
  }

  /**
   * Reads every line of JSON Lines, lazily and in constant memory, reading on after an invalid
   * line: each line comes as the record it holds or the error that refused it, with the same rules
   * as {@link #readLines(InputStream, Class)}, so that a bulk reader can account for every line. A
   * line longer than the {@linkplain Builder#maxDocumentLength(long) longest document} is refused
   * and skipped; input that begins in another encoding than UTF-8 is one refused line. Close the
   * stream when done; it does not close {@code lines}.
   *
   * <pre>{@code
   * try (Stream<JsonLine<Conversation>> lines = json.readLinesOrErrors(in, Conversation.class)) {
   *   lines.forEach(line -> line.error().ifPresentOrElse(errors::add, () -> ...));
   * }
   * }</pre>
   *
   * @param <T> the record type
   * @param lines the stream of UTF-8 JSON Lines
   * @param type the record type
   * @return every line, read as the stream is consumed
   * @throws EntenteJsonException of kind {@link Kind#IO} as the stream is consumed, only if reading
   *     the input fails
   */
  public <T extends DossierRecord> Stream<JsonLine<T>> readLinesOrErrors(
      InputStream lines, Class<T> type) {
    Objects.requireNonNull(lines, "lines");
    return linesReader(lines, type).outcomes();
  }

  private <T extends DossierRecord> JsonLinesReader<T> linesReader(
      InputStream lines, Class<T> type) {
    return new JsonLinesReader<>(
        lines,
        settings.documents(),
        Codecs.of(type),
        ignoreUnknownFields,
        settings.maxDocumentLength());
  }

  /**
   * Reads records of one type from a JSON Lines file, lazily and in constant memory. Close the
   * stream when done, which closes the file.
   *
   * @param <T> the record type
   * @param file the UTF-8 JSON Lines file
   * @param type the record type
   * @return the records, read as the stream is consumed
   * @throws EntenteJsonException if the file cannot be opened, and as the stream is consumed, at
   *     the first invalid line
   */
  public <T extends DossierRecord> Stream<T> readLines(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw EntenteJsonException.ioFailure("cannot read " + file, e);
    }
    try {
      return readLines(in, type).onClose(() -> close(in, "cannot close " + file));
    } catch (RuntimeException e) {
      throw closedAfter(e, in);
    }
  }

  /**
   * Closes a file the facade opened, or fails with an {@link Kind#IO} error that says what failed.
   */
  private static void close(Closeable file, String failure) {
    try {
      file.close();
    } catch (IOException e) {
      throw EntenteJsonException.ioFailure(failure, e);
    }
  }

  /**
   * Closes a file the facade opened after an error stopped its use: the error is the one to tell,
   * and a failure to close the file goes with it, suppressed.
   */
  private static RuntimeException closedAfter(RuntimeException error, Closeable file) {
    try {
      file.close();
    } catch (IOException closing) {
      error.addSuppressed(closing);
    }
    return error;
  }

  /**
   * Returns a writer of records of one type as JSON Lines, one compact record a line, each ended by
   * {@code \n}. Closing the writer flushes it; it does not close {@code out}.
   *
   * @param <T> the record type
   * @param out the stream to write to
   * @param type the record type
   * @return the writer
   */
  public <T extends DossierRecord> JsonLinesWriter<T> linesWriter(OutputStream out, Class<T> type) {
    Objects.requireNonNull(out, "out");
    return linesWriter(out, Codecs.of(type), () -> {});
  }

  /**
   * Returns a writer of records of one type to a JSON Lines file, one compact record a line, each
   * ended by {@code \n}; the file is replaced if it exists. Closing the writer flushes it and
   * closes the file.
   *
   * <pre>{@code
   * try (JsonLinesWriter<Conversation> writer = json.linesWriter(file, Conversation.class)) {
   *   calls.forEach(writer::write);
   * }
   * }</pre>
   *
   * @param <T> the record type
   * @param file the file to write
   * @param type the record type
   * @return the writer
   * @throws EntenteJsonException if the file cannot be opened
   */
  public <T extends DossierRecord> JsonLinesWriter<T> linesWriter(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    Codec<T> codec = Codecs.of(type);
    OutputStream out;
    try {
      out = Files.newOutputStream(file);
    } catch (IOException e) {
      throw EntenteJsonException.ioFailure("cannot write " + file, e);
    }
    try {
      return linesWriter(out, codec, () -> close(out, "cannot write " + file));
    } catch (RuntimeException e) {
      throw closedAfter(e, out);
    }
  }

  private <T extends DossierRecord> JsonLinesWriter<T> linesWriter(
      OutputStream out, Codec<T> codec, Runnable afterClose) {
    try {
      return new JsonLinesWriter<>(
          settings.documents().createGenerator(ObjectWriteContext.empty(), out), codec, afterClose);
    } catch (JacksonException e) {
      throw JacksonAdapter.translateWriting(e);
    }
  }
}
