package dev.entente.io;

import dev.entente.io.EntenteJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson module that lets an application's own {@code JsonMapper} read and write dossiers and
 * records in Entente's format, with the same rules as {@link EntenteJson} whatever the mapper's
 * settings: unknown fields and duplicate keys are refused, dates and times are read by the model's
 * own rules, and {@code null} is not a dossier or a record.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new EntenteModule()).build();
 * Conversation call = mapper.readValue(json, Conversation.class);
 * }</pre>
 *
 * <p>It is also found by {@code findAndAddModules()}, through {@code ServiceLoader}. Errors are an
 * {@link EntenteJsonException}, which the mapper may wrap; the path it gives starts at the value the
 * module read.
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
      codec.write(value, out);
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
      return codec.read(new JsonInput(parser, false, "$"));
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
      throw JsonInput.error(
          Kind.WRONG_TYPE,
          "$",
          null,
          "null is not " + codec.description() + " (" + type.getSimpleName() + ")",
          null);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
