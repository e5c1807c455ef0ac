package dev.entente.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that lets an application's own {@code JsonMapper} read and write dossiers and
 * records in Entente's format.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder(EntenteModule.jsonFactory()).addModule(new EntenteModule()).build();
 * Conversation call = mapper.readValue(json, Conversation.class);
 * }</pre>
 *
 * <p>It is also found by {@code findAndAddModules()}, through {@code ServiceLoader}.
 *
 * <h2>What a mapper's reading gets</h2>
 *
 * <p>Within each dossier or record it reads, the module applies the facade's rules whatever the
 * mapper's settings: unknown fields and duplicate keys are refused, dates and times are read by the
 * model's own rules, {@code null} is not a dossier or a record, names are at most 256 characters
 * and strings at most 1,000,000, and every error, Jackson's own included, is an {@link
 * EntenteJsonException} with its kind, the path from the value the module read, and the line and
 * column as the mapper's parser counts them: in bytes for byte input, where the facade counts
 * characters, and, for a limit the parser enforces itself, where it stopped reading rather than
 * where the token began, since the module cannot look back into the mapper's input. A value read
 * from a tree ({@code treeToValue}) has no place in any text: its errors have no location.
 *
 * <p>The mapper's own factory governs the rest: the encoding (Jackson guesses UTF-16 and UTF-32
 * from the first bytes, where the facade reads UTF-8 only; hand the mapper a {@code Reader} to
 * choose), the nesting, document and number limits, and leniencies such as comments, which
 * Jackson's defaults refuse. Build the mapper on {@link #jsonFactory()} to have the facade's
 * settings there too. Errors before the value begins (empty input, only white space, a first token
 * that is not JSON) are the mapper's own {@code JacksonException}s; since {@code
 * EntenteJsonException} is one too, catching {@code JacksonException} handles both, as frameworks
 * do that answer such input as a bad request.
 */
public final class EntenteModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public EntenteModule() {
    super(EntenteModule.class.getName(), projectVersion());
    for (Map.Entry<Class<?>, Codec<?>> entry : Codecs.byType().entrySet()) {
      register(entry.getKey(), entry.getValue());
    }
  }

  private <T> void register(Class<?> type, Codec<T> codec) {
    @SuppressWarnings("unchecked")
    Class<T> typed = (Class<T>) type;
    addSerializer(typed, new CodecSerializer<>(codec));
    addDeserializer(typed, new CodecDeserializer<>(typed, codec));
  }

  /**
   * Returns a new Jackson factory with the facade's settings, to build an application's mapper on:
   * every leniency off, and the facade's default limits on nesting (32 levels), names (256
   * characters), strings and numbers (1,000,000 characters) and documents (256 MiB).
   *
   * @return the factory
   */
  public static JsonFactory jsonFactory() {
    return JsonSettings.factory(
        JsonSettings.DEFAULT_MAX_DOCUMENT_LENGTH, JsonSettings.DEFAULT_MAX_STRING_LENGTH);
  }

  private static Version projectVersion() {
    Properties properties = new Properties();
    try (InputStream in = EntenteModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), "dev.entente", "entente-io");
  }

  /** Writes a value with its codec. */
  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    CodecSerializer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      try {
        codec.write(value, out);
      } catch (JacksonException e) {
        throw JacksonAdapter.translateWriting(e);
      }
    }
  }

  /** Reads a value with its codec, ignoring the mapper's leniencies. */
  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      JsonInput in = new JsonInput(parser, false, Positions.AS_PARSED).checkingLimits();
      try {
        return codec.read(in);
      } catch (JacksonException e) {
        throw in.translate(e);
      }
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
      JsonParser parser = context.getParser();
      TokenStreamLocation at = parser == null ? null : parser.currentTokenLocation();
      throw EntenteJsonException.nullValue(
          Positions.AS_PARSED.position(at), codec.description(), type.getSimpleName());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
