package dev.entente.formats.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.Dossier;
import dev.entente.TimelineEntry;
import dev.entente.formats.RealData;
import dev.entente.testing.December2021;
import dev.entente.testing.DossierGenerator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pictures are parsed by the JDK's XML parser: well-formed, and every entry in them. */
class SvgPicturesTest {
  private static final LocalDate DEC_29 = LocalDate.of(2021, 12, 29);
  private static final LocalDate JAN_1 = LocalDate.of(2022, 1, 1);

  @Test
  void drawsEveryEntryOfTheDecemberTimelineOnceInItsKindsLane() throws Exception {
    Dossier december = December2021.dossier();
    Document svg = parsed(SvgTimeline.of(december).toSvg());

    Map<String, Integer> drawn = entries(svg);
    Map<String, Integer> expected = new HashMap<>();
    for (TimelineEntry entry : december.timeline()) {
      expected.merge(entry.record().id(), 1, Integer::sum);
    }
    assertThat(drawn).isEqualTo(expected);
    assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
  }

  @Test
  void drawsThePhoneCallAcrossMidnightInMoscowButNotInWashington() throws Exception {
    SvgTimeline days = SvgTimeline.of(December2021.dossier()).between(DEC_29, JAN_1);
    // Four days over 1,000 units after the 220 of the labels: 31 December starts at 720.
    Element inMoscow =
        bar(parsed(days.inZone(ZoneId.of("Europe/Moscow")).toSvg()), "phone-call-2021-12-30");
    Element inWashington =
        bar(parsed(days.inZone(ZoneId.of("America/New_York")).toSvg()), "phone-call-2021-12-30");

    assertThat(x(inMoscow)).isLessThan(720).isGreaterThan(700);
    assertThat(x(inMoscow) + width(inMoscow)).isGreaterThan(720);
    assertThat(x(inWashington) + width(inWashington)).isLessThan(720);
    assertThat(width(inMoscow))
        .isCloseTo(1000.0 * 50 / (4 * 24 * 60), org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void drawsAnEntryInTheLaneOfEachLeaderItInvolvesAndTheRestInOthers() throws Exception {
    Dossier december = December2021.dossier();
    Document svg = parsed(SvgTimeline.of(december).withLanes(SvgTimeline.Lanes.BY_LEADER).toSvg());

    assertThat(entries(svg))
        .containsEntry("phone-call-2021-12-30", 2)
        .containsEntry("talks-2022-01-10-geneva", 1);
    List<String> lanes = texts(svg, "label");
    assertThat(lanes).contains("Joe Biden", "Vladimir Putin", "Others");
    assertThat(entries(svg).keySet())
        .containsExactlyInAnyOrderElementsOf(
            december.timeline().stream().map(e -> e.record().id()).distinct().toList());
  }

  @Test
  void drawsTheWholeOfficeOfTheHistorianDataEntryByEntry() throws Exception {
    Dossier history = RealData.dossier();
    SvgTimeline timeline = SvgTimeline.of(history);
    Document svg = parsed(timeline.toSvg());

    assertThat(entries(svg).values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(history.timeline().size())
        .isEqualTo(timeline.entryCount());
    assertThat(texts(svg, "tick")).contains("1870", "1950", "2020");
  }

  @Test
  void graphsWhoMetWhomWithEveryMeetingOfTheDecemberDossier() throws Exception {
    SvgMeetingGraph graph = SvgMeetingGraph.of(December2021.dossier());
    Document svg = parsed(graph.toSvg());

    assertThat(graph.meetings())
        .containsEntry(List.of("biden", "putin"), 2)
        .containsEntry(List.of("nato", "ru"), 1)
        .containsEntry(List.of("osce", "ru"), 1)
        .containsEntry(List.of("ru", "us"), 1);
    NodeList lines = svg.getElementsByTagName("line");
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < lines.getLength(); i++) {
      Element line = (Element) lines.item(i);
      if (line.getAttribute("class").equals("meeting")) {
        pairs.add(line.getAttribute("data-pair"));
      }
    }
    assertThat(pairs).containsExactlyInAnyOrder("biden putin", "nato ru", "osce ru", "ru us");
  }

  @Test
  void limitsTheGraphOfTheHistorianDataToTheMostMet() throws Exception {
    SvgMeetingGraph graph = SvgMeetingGraph.of(RealData.dossier()).limitedTo(40);
    Document svg = parsed(graph.toSvg());

    assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(40);
    assertThat(svg.getDocumentElement().getElementsByTagName("title").item(0).getTextContent())
        .matches("Who met whom: 40 of [0-9]+ leaders and parties, by number of meetings");
    assertThatThrownBy(() -> graph.limitedTo(1)).isInstanceOf(IllegalArgumentException.class);
  }

  static Document parsed(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Integer> entries(Document svg) {
    Map<String, Integer> drawn = new HashMap<>();
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("class").startsWith("entry ")) {
        drawn.merge(group.getAttribute("data-id"), 1, Integer::sum);
      }
    }
    return drawn;
  }

  private static Element bar(Document svg, String id) {
    NodeList groups = svg.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("data-id").equals(id)) {
        return (Element) group.getElementsByTagName("rect").item(0);
      }
    }
    throw new AssertionError("no entry " + id);
  }

  private static List<String> texts(Document svg, String cssClass) {
    List<String> texts = new ArrayList<>();
    NodeList elements = svg.getElementsByTagName("text");
    for (int i = 0; i < elements.getLength(); i++) {
      Element text = (Element) elements.item(i);
      if (text.getAttribute("class").equals(cssClass)) {
        texts.add(text.getTextContent());
      }
    }
    return texts;
  }

  private static double x(Element rect) {
    return Double.parseDouble(rect.getAttribute("x"));
  }

  private static double width(Element rect) {
    return Double.parseDouble(rect.getAttribute("width"));
  }

  @Test
  void drawsGeneratedDossiersWithEveryKindOfTimeEntryByEntry() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      Dossier dossier = DossierGenerator.withSeed(seed).size(300).dossier();
      Document byKind = parsed(SvgTimeline.of(dossier).inZone(ZoneId.of("Asia/Tokyo")).toSvg());
      Document byLeader =
          parsed(SvgTimeline.of(dossier).withLanes(SvgTimeline.Lanes.BY_LEADER).toSvg());

      assertThat(entries(byKind).values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(dossier.timeline().size());
      assertThat(entries(byLeader).keySet())
          .containsExactlyInAnyOrderElementsOf(
              dossier.timeline().stream().map(e -> e.record().id()).distinct().toList());
      parsed(SvgMeetingGraph.of(dossier).toSvg());
    }
  }
}
