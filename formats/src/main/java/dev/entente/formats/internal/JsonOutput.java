package dev.entente.formats.internal;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The Jackson factory the formats write JSON with: every write feature that shapes the output set
 * here, none left to Jackson's defaults. Not part of the API: the package is not exported.
 */
public final class JsonOutput {
  /** The factory; streams written to are neither closed nor left unflushed. */
  public static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
          .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
          .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
          .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
          .rootValueSeparator((String) null)
          .build();

  private JsonOutput() {}
}
