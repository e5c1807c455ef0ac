package dev.entente.formats.plover;

import dev.entente.Dossier;
import dev.entente.formats.NotExported;
import dev.entente.formats.internal.JsonOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * A dossier as PLOVER 2.0 event data: each conversation, visit, talks and agreement milestone as a
 * PLOVER event, written as JSON Lines with the field names and vocabularies of PLOVER's manual.
 *
 * <pre>{@code
 * PloverExport export = PloverExport.of(dossier);
 * export.writeTo(Path.of("events.jsonl"));
 * export.notExported().forEach(System.err::println);
 * }</pre>
 *
 * <p>A conversation is a {@code CONSULT} event with every participant an actor, of mode {@code
 * phone} (a remote medium) for a call; a visit a {@code CONSULT} of mode {@code visit}, the
 * visitors its actors and the host party and hosts its recipients; held talks a {@code CONSULT}
 * ({@code multilateral}, {@code third-party} or {@code visit} by their format and host); announced,
 * scheduled or postponed talks an {@code AGREE} (PLOVER's code for a future meeting) dated when
 * they were announced; an agreement's milestones {@code AGREE} (proposed, handed over, agreed),
 * {@code SUPPORT} (signed, ratified and the other steps of consent) or {@code SANCTION} (suspended,
 * withdrawn, denounced). An actor or recipient is a leader, with the alpha-3 code of the state
 * whose office the leader held on the day, or a party; each carries its Wikidata id and, in the
 * extension field {@code entente_id}, its id in the dossier. Every record that makes no event is
 * accounted for in {@link #notExported()}; the full table, with what each direction keeps and
 * loses, is in {@code docs/formats.md}.
 */
public final class PloverExport {
  private final List<PloverEvent> events;
  private final List<NotExported> notExported;
  private final Set<String> unmappedTopics;

  private PloverExport(PloverEvents made) {
    this.events = List.copyOf(made.events);
    this.notExported = List.copyOf(made.notExported);
    this.unmappedTopics = Collections.unmodifiableSortedSet(new TreeSet<>(made.unmappedTopics));
  }

  /**
   * Makes the events of a dossier with the standard contexts.
   *
   * @param dossier the dossier
   * @return its events
   */
  public static PloverExport of(Dossier dossier) {
    return of(dossier, PloverContexts.standard());
  }

  /**
   * Makes the events of a dossier, their contexts by a mapping of topics.
   *
   * @param dossier the dossier
   * @param contexts which contexts the topics give
   * @return its events
   */
  public static PloverExport of(Dossier dossier, PloverContexts contexts) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(contexts, "contexts");
    return new PloverExport(new PloverEvents(dossier, contexts));
  }

  /**
   * Returns how many events the dossier makes.
   *
   * @return the number of lines {@link #writeTo(OutputStream)} writes
   */
  public int eventCount() {
    return events.size();
  }

  /**
   * Returns how many events of each PLOVER category the dossier makes.
   *
   * @return the counts by category, such as {@code CONSULT}, in the order categories first occur
   */
  public Map<String, Integer> eventsByCategory() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    events.forEach(e -> counts.merge(e.category().name(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the records, and milestones of agreements, that make no event, each with why.
   *
   * @return what was left out, in timeline order
   */
  public List<NotExported> notExported() {
    return notExported;
  }

  /**
   * Returns the ids of the topics that events are about but that the contexts mapping gave no
   * context: candidates for {@link PloverContexts#withTopic(String, String...)}.
   *
   * @return the topic ids, sorted
   */
  public Set<String> unmappedTopics() {
    return unmappedTopics;
  }

  /**
   * Writes the events as JSON Lines in UTF-8, one event per line, each line ended by {@code \n}.
   * The stream is not closed.
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json = JsonOutput.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      for (PloverEvent event : events) {
        PloverJson.write(event, json);
        json.writeRaw('\n');
      }
    }
  }

  /**
   * Writes the events as JSON Lines to a file, replacing it.
   *
   * @param file the file
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the events as JSON Lines.
   *
   * @return the text {@link #writeTo(OutputStream)} writes
   */
  public String toJsonLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
