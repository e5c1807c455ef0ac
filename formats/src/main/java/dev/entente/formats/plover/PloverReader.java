package dev.entente.formats.plover;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads PLOVER event data (JSON Lines) back into records where the mapping is reversible: a {@code
 * CONSULT} event of mode {@code visit} becomes a {@link dev.entente.Visit}, and one that {@link
 * PloverExport} wrote for a conversation (its extension field {@code entente_mode} tells a phone
 * call from a video call, which PLOVER's {@code phone} mode does not) a {@link
 * dev.entente.Conversation}.
 *
 * <p>The events' actors and recipients are found in a dossier the caller gives, which holds the
 * leaders and parties (and the statements cited): by the extension field {@code entente_id}, or
 * else by the Wikidata id in {@code identifier_id}. Every line is accounted for: an event that
 * makes no record is {@linkplain PloverImport#skipped() skipped} with its line and why (another
 * category, an entity not in the dossier, a field the model refuses), and a part of an event that
 * its record does not keep is {@linkplain PloverImport#partsNotKept() listed}.
 *
 * <pre>{@code
 * PloverImport read = PloverReader.read(Path.of("events.jsonl"), people);
 * Dossier dossier = people.toBuilder().addAll(read.records()).build();
 * }</pre>
 */
public final class PloverReader {
  private PloverReader() {}

  /**
   * Reads a file of PLOVER JSON Lines, in UTF-8.
   *
   * @param file the file
   * @param known the leaders, parties and statements the events refer to
   * @return the records read and the account of the rest
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PloverImport read(Path file, Dossier known) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, known);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads PLOVER JSON Lines. The reader is not closed.
   *
   * @param in the lines
   * @param known the leaders, parties and statements the events refer to
   * @return the records read and the account of the rest
   * @throws UncheckedIOException if reading fails
   */
  public static PloverImport read(Reader in, Dossier known) {
    Objects.requireNonNull(in, "in");
    EventRecords records = new EventRecords(Objects.requireNonNull(known, "known"));
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<DossierRecord> read = new ArrayList<>();
    int number = 0;
    int events = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        events++;
        DossierRecord record = records.read(number, line);
        if (record != null) {
          read.add(record);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PloverImport(events, read, records.skipped, records.partsNotKept);
  }
}
