package dev.entente.formats.historian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the records of one file of the source with StAX: every element of the given name under the
 * root, each child element's text (mixed content such as {@code <em>} taken as its text) and each
 * attribute. No DTD and no external entity is read.
 */
final class SourceRecords {
  private static final XMLInputFactory FACTORY = newFactory();

  private SourceRecords() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /**
   * Reads every record element of a file.
   *
   * @throws HistorianFormatException if the file is not well-formed XML, with the line
   * @throws UncheckedIOException if it cannot be read
   */
  static List<SourceRecord> read(Path file, String recordElement) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        return records(file, xml, recordElement);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      throw new HistorianFormatException(file, line, "not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private static List<SourceRecord> records(Path file, XMLStreamReader xml, String recordElement)
      throws XMLStreamException {
    List<SourceRecord> records = new ArrayList<>();
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT
          && xml.getLocalName().equals(recordElement)) {
        int line = xml.getLocation().getLineNumber();
        records.add(new SourceRecord(file, line, fields(xml, recordElement)));
      }
    }
    return records;
  }

  /** The fields of the record whose start element is current; leaves its end element current. */
  private static Map<String, String> fields(XMLStreamReader xml, String recordElement)
      throws XMLStreamException {
    Map<String, String> fields = new LinkedHashMap<>();
    putAttributes(xml, recordElement, fields);
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      String name = xml.getLocalName();
      putAttributes(xml, name, fields);
      fields.put(name, collapse(text(xml)));
    }
    return fields;
  }

  private static void putAttributes(XMLStreamReader xml, String element, Map<String, String> to) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      to.put(element + "@" + xml.getAttributeLocalName(i), collapse(xml.getAttributeValue(i)));
    }
  }

  /** The text of the current element and of any elements inside it; leaves its end current. */
  private static String text(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
        default -> {}
      }
    }
    return text.toString();
  }

  /**
   * White space of any kind, no-break spaces among it, and invisible format characters such as the
   * zero-width space: what the model's texts may not start or end with.
   */
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");

  /** The text with each run of white space made one space, and none at either end. */
  static String collapse(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
