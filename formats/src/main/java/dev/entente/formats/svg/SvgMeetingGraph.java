package dev.entente.formats.svg;

import dev.entente.Conversation;
import dev.entente.Delegation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Talks;
import dev.entente.Visit;
import dev.entente.formats.internal.Names;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A graph of who met whom in a dossier, as an SVG picture: a node per leader or party, a line
 * between two that met, thicker the more often they met, the nodes on a circle.
 *
 * <p>Two met when they took part in the same engagement: two participants of a conversation; a
 * visitor and each host of a visit (the host party where the source names no host); members of two
 * different delegations to talks (the delegation's party where it names no one). {@link
 * #limitedTo(int)} keeps the nodes with the most meetings, for a readable picture of a large
 * dossier; the picture's title says how many nodes it shows of how many.
 */
public final class SvgMeetingGraph {
  private static final double SIZE = 1000;
  private static final String STYLE =
      ".meeting{stroke:#1f77b4;stroke-opacity:0.45}.node circle{fill:#ff7f0e;stroke:#333;"
          + "stroke-width:0.6}.node text{fill:#222;font-size:11px}";

  private final Dossier dossier;
  private final int limit;

  private SvgMeetingGraph(Dossier dossier, int limit) {
    this.dossier = dossier;
    this.limit = limit;
  }

  /**
   * Returns the graph of a whole dossier.
   *
   * @param dossier the dossier
   * @return its graph, every node shown
   */
  public static SvgMeetingGraph of(Dossier dossier) {
    return new SvgMeetingGraph(dossier, Integer.MAX_VALUE);
  }

  /**
   * Returns this graph limited to the nodes with the most meetings (ties by id) and the meetings
   * among them.
   *
   * @param nodes how many nodes to show, at least 2
   * @return the limited graph
   * @throws IllegalArgumentException if fewer than 2 nodes are asked for
   */
  public SvgMeetingGraph limitedTo(int nodes) {
    if (nodes < 2) {
      throw new IllegalArgumentException("a graph shows at least 2 nodes, not " + nodes);
    }
    return new SvgMeetingGraph(dossier, nodes);
  }

  /**
   * Returns how many times each pair met, over the whole dossier.
   *
   * @return the meetings: for each pair of ids, in order, the number of engagements they shared
   */
  public Map<List<String>, Integer> meetings() {
    Map<List<String>, Integer> meetings =
        new TreeMap<>(
            Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
    for (DossierRecord record : dossier.records()) {
      Set<List<String>> pairs = new LinkedHashSet<>();
      if (record instanceof Conversation call) {
        allPairs(call.participants(), call.participants(), pairs);
      } else if (record instanceof Visit visit) {
        List<String> hosts = visit.hosts().isEmpty() ? List.of(visit.host()) : visit.hosts();
        allPairs(visit.visitors(), hosts, pairs);
      } else if (record instanceof Talks talks) {
        List<List<String>> sides = new ArrayList<>();
        for (Delegation delegation : talks.delegations()) {
          List<String> people = new ArrayList<>();
          delegation.head().ifPresent(people::add);
          delegation.members().stream().filter(m -> !people.contains(m)).forEach(people::add);
          sides.add(people.isEmpty() ? List.of(delegation.party()) : people);
        }
        for (int i = 0; i < sides.size(); i++) {
          for (int j = i + 1; j < sides.size(); j++) {
            allPairs(sides.get(i), sides.get(j), pairs);
          }
        }
      }
      pairs.forEach(pair -> meetings.merge(pair, 1, Integer::sum));
    }
    return Collections.unmodifiableMap(meetings);
  }

  private static void allPairs(List<String> one, List<String> other, Set<List<String>> pairs) {
    for (String a : one) {
      for (String b : other) {
        if (!a.equals(b)) {
          pairs.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
        }
      }
    }
  }

  /**
   * Returns the picture.
   *
   * @return an SVG document
   */
  public String toSvg() {
    Map<List<String>, Integer> meetings = meetings();
    Map<String, Integer> counts = new HashMap<>();
    meetings.forEach(
        (pair, n) -> {
          counts.merge(pair.get(0), n, Integer::sum);
          counts.merge(pair.get(1), n, Integer::sum);
        });
    List<String> nodes = new ArrayList<>(counts.keySet());
    nodes.sort(
        Comparator.comparing((String id) -> -counts.getOrDefault(id, 0)).thenComparing(id -> id));
    List<String> shown = nodes.subList(0, Math.min(limit, nodes.size()));
    Map<String, double[]> at = new HashMap<>();
    double radius = SIZE / 2 - 220;
    int most = shown.isEmpty() ? 1 : counts.getOrDefault(shown.get(0), 1);
    for (int i = 0; i < shown.size(); i++) {
      double angle = 2 * Math.PI * i / shown.size() - Math.PI / 2;
      at.put(
          shown.get(i),
          new double[] {
            SIZE / 2 + radius * Math.cos(angle), SIZE / 2 + radius * Math.sin(angle), angle
          });
    }
    Names names = new Names(dossier);
    Svg svg =
        new Svg(
            SIZE,
            SIZE,
            "Who met whom: "
                + shown.size()
                + " of "
                + nodes.size()
                + " leaders and parties, by number of meetings",
            STYLE);
    meetings.forEach(
        (pair, n) -> {
          double[] a = at.get(pair.get(0));
          double[] b = at.get(pair.get(1));
          if (a != null && b != null) {
            svg.open(
                "line",
                "class",
                "meeting",
                "data-pair",
                pair.get(0) + " " + pair.get(1),
                "x1",
                a[0],
                "y1",
                a[1],
                "x2",
                b[0],
                "y2",
                b[1],
                "stroke-width",
                0.5 + Math.log(n) / Math.log(2));
            svg.element(
                "title",
                names.of(pair.get(0))
                    + " and "
                    + names.of(pair.get(1))
                    + ": "
                    + n
                    + (n == 1 ? " meeting" : " meetings"));
            svg.close("line");
          }
        });
    for (String id : shown) {
      double[] p = Objects.requireNonNull(at.get(id));
      int n = counts.getOrDefault(id, 0);
      boolean left = Math.cos(p[2]) < 0;
      double size = 3 + 12 * Math.sqrt((double) n / most);
      // Labels run outward along the radius, turned to read left to right on either side.
      double degrees = Math.toDegrees(p[2]) + (left ? 180 : 0);
      double labelX = p[0] + Math.cos(p[2]) * (size + 4);
      double labelY = p[1] + Math.sin(p[2]) * (size + 4);
      svg.open("g", "class", "node", "data-id", id);
      svg.element("title", names.of(id) + ": " + n + (n == 1 ? " meeting" : " meetings"));
      svg.empty("circle", "cx", p[0], "cy", p[1], "r", size);
      svg.element(
          "text",
          names.of(id),
          "x",
          labelX,
          "y",
          labelY + 4,
          "text-anchor",
          left ? "end" : "start",
          "transform",
          "rotate("
              + Svg.number(degrees)
              + " "
              + Svg.number(labelX)
              + " "
              + Svg.number(labelY)
              + ")");
      svg.close("g");
    }
    return svg.finish();
  }

  /**
   * Writes the picture to a file in UTF-8, replacing it.
   *
   * @param file the file, such as {@code meetings.svg}
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeTo(Path file) {
    Svg.write(toSvg(), file);
  }
}
