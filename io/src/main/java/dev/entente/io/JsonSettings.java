package dev.entente.io;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * The library's own Jackson factories, with every feature set explicitly rather than left to
 * Jackson's defaults, and tight limits: no global override is touched.
 */
final class JsonSettings {
  static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** A document is held in one array, with one byte more to tell that it is longer than allowed. */
  static final long LONGEST_DOCUMENT = Integer.MAX_VALUE - 9;

  /** The format nests six levels deep at most; 32 leaves room and stops hostile nesting early. */
  static final int MAX_NESTING_DEPTH = 32;

  /** Field names of the format are short; an unknown one may be reported, not stored at length. */
  static final int MAX_NAME_LENGTH = 256;

  private final long maxDocumentLength;
  private final JsonFactory documents;

  JsonSettings(long maxDocumentLength, int maxStringLength) {
    this.maxDocumentLength = maxDocumentLength;
    // The facade checks a document's length itself, before Jackson reads it.
    this.documents = factory(-1, maxStringLength);
  }

  /**
   * The longest document, in bytes or characters, and the longest line of JSON Lines, in bytes: the
   * facade holds each whole in memory and checks its length itself, before Jackson reads it.
   */
  long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * For whole documents, and for each line of JSON Lines, which is read as a document of its own.
   */
  JsonFactory documents() {
    return documents;
  }

  /**
   * The format has no numbers: any number is a wrong type, but a newer minor version may hold one
   * in a field that the lenient reader skips. A number may be as long as a string may, so that
   * every document whose strings fit the limit is read.
   */
  static JsonFactory factory(long maxDocumentLength, int maxStringLength) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(maxDocumentLength)
            .maxStringLength(maxStringLength)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxNumberLength(maxStringLength)
            .build();
    JsonFactoryBuilder builder =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            // Measured against threadLocalPool(): one conversation read in 6.25 µs against 5.64 µs
            // (medians, 3 forks), within the noise; the default pool also serves virtual threads.
            .recyclerPool(JsonRecyclerPools.defaultPool());
    for (JsonReadFeature leniency : JsonReadFeature.values()) {
      builder.disable(leniency);
    }
    return builder
        // Streams belong to the caller; files are closed by the facade.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .enable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
        // Duplicate keys are detected by the codecs, which report them with their path.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
        // Input is never quoted back in locations.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(JsonWriteFeature.QUOTE_PROPERTY_NAMES)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
        .rootValueSeparator((String) null)
        .build();
  }
}
