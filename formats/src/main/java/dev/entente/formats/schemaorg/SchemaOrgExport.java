package dev.entente.formats.schemaorg;

import dev.entente.Agreement;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.formats.NotExported;
import dev.entente.formats.internal.JsonOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * A dossier as schema.org in JSON-LD: one document whose {@code @graph} holds a node per record,
 * for a web page to embed or a search engine or a JSON-LD processor to read.
 *
 * <pre>{@code
 * SchemaOrgExport.of(dossier)
 *     .withBase(URI.create("https://news.example.org/records/"))
 *     .writeTo(Path.of("dossier.jsonld"));
 * }</pre>
 *
 * <p>Talks, visits and conversations are {@code Event}s, with {@code startDate}, {@code endDate},
 * {@code duration}, {@code eventStatus} (talks' status; {@code previousStartDate} repeated for each
 * date they were moved from), {@code eventAttendanceMode} (online for calls), {@code location} as a
 * {@code Place} with its {@code PostalAddress} and {@code GeoCoordinates}, {@code organizer} (the
 * host), {@code attendee} (leaders and parties), {@code about} (topics) and {@code citation} (the
 * sources). Leaders are {@code Person}s, states {@code Country}s, other parties {@code
 * Organization}s (government bodies and news outlets their kinds of it), topics {@code
 * DefinedTerm}s, statements {@code CreativeWork}s. Each node's {@code @id} is the base followed by
 * the record's id; the default base is {@code urn:entente:}. Wikidata and GeoNames ids become
 * {@code sameAs} links. Agreements have no schema.org type and are listed in {@link
 * #notExported()}; what else is lost is in {@code docs/formats.md}. The context is {@code
 * https://schema.org/}.
 */
public final class SchemaOrgExport {
  private final Dossier dossier;
  private final String base;

  private SchemaOrgExport(Dossier dossier, String base) {
    this.dossier = dossier;
    this.base = base;
  }

  /**
   * Makes the schema.org graph of a dossier, with ids under {@code urn:entente:}.
   *
   * @param dossier the dossier
   * @return its graph
   */
  public static SchemaOrgExport of(Dossier dossier) {
    return new SchemaOrgExport(Objects.requireNonNull(dossier, "dossier"), "urn:entente:");
  }

  /**
   * Returns this graph with node ids under another base, such as the pages that show the records:
   * {@code https://news.example.org/records/phone-call-2021-12-30}.
   *
   * @param base an absolute URI, ended by {@code /}, {@code #} or {@code :}
   * @return the graph with the new base
   * @throws IllegalArgumentException if the base is not absolute or does not end so
   */
  public SchemaOrgExport withBase(URI base) {
    Objects.requireNonNull(base, "base");
    String text = base.toString();
    if (!base.isAbsolute() || !(text.endsWith("/") || text.endsWith("#") || text.endsWith(":"))) {
      throw new IllegalArgumentException(
          "the base "
              + text
              + " must be an absolute URI ended by /, # or :, to which ids are added");
    }
    return new SchemaOrgExport(dossier, text);
  }

  /**
   * Returns how many nodes the graph holds: one per record, less those not exported.
   *
   * @return the number of nodes
   */
  public int nodeCount() {
    return dossier.size() - notExported().size();
  }

  /**
   * Returns the records that have no node, each with why.
   *
   * @return the agreements, in the dossier's order
   */
  public List<NotExported> notExported() {
    List<NotExported> left = new ArrayList<>();
    for (DossierRecord record : dossier.records()) {
      if (record instanceof Agreement) {
        left.add(
            new NotExported(
                record.id(),
                "schema.org has no type for an agreement between parties; the events that reached"
                    + " it are exported"));
      }
    }
    return left;
  }

  /**
   * Writes the JSON-LD document in UTF-8. The stream is not closed.
   *
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json = JsonOutput.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      new SchemaOrgNodes(dossier, base, json).write();
    }
  }

  /**
   * Writes the JSON-LD document to a file, replacing it.
   *
   * @param file the file, such as {@code dossier.jsonld}
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
   * Returns the JSON-LD document.
   *
   * @return the text {@link #writeTo(OutputStream)} writes
   */
  public String toJsonLd() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
