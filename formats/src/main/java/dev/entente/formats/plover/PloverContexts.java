package dev.entente.formats.plover;

import dev.entente.Topic;
import dev.entente.formats.internal.Tables;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which PLOVER contexts an event takes from the topics it is about: a conversation's subjects,
 * talks' agenda, an agreement's topics. Immutable; each {@code with} method returns a new mapping.
 *
 * <p>{@link #standard()} gives every event the context {@code diplomatic} (PLOVER's context for
 * diplomacy between states, which every record of the model is) and maps a topic by the words of
 * its label, from the table {@code contexts.tsv} beside this class: a label that holds {@code
 * nuclear} takes {@code cbrn}, one that holds {@code trade} takes {@code economic}. A topic whose
 * label holds none of the words takes no context of its own; {@link PloverExport#unmappedTopics()}
 * lists such topics, so that a mapping by id can be added for them:
 *
 * <pre>{@code
 * PloverContexts contexts = PloverContexts.standard()
 *     .withTopic("security-guarantees", "military")
 *     .withTopic("ukraine", "territory", "military");
 * }</pre>
 *
 * <p>A context must be one of PLOVER's general contexts ({@link #vocabulary()}); any other is
 * refused when it is given.
 */
public final class PloverContexts {
  /** PLOVER's general contexts, as its manual lists them. */
  private static final Set<String> VOCABULARY =
      Set.of(
          "military",
          "intelligence",
          "executive",
          "legislative",
          "election",
          "political_institutions",
          "pro_democracy",
          "pro_autocracy",
          "economic",
          "legal",
          "reparations",
          "human_rights",
          "rights_freedoms",
          "repression",
          "human_security",
          "gender",
          "lgbt",
          "religion_ethnicity",
          "inequality",
          "diplomatic",
          "territory",
          "peacekeeping",
          "health",
          "asylum",
          "migration",
          "disasters",
          "natural_resource",
          "environment",
          "technology",
          "terrorism",
          "cbrn",
          "cyber",
          "misinformation",
          "crime",
          "corruption",
          "illegal_drugs",
          "trafficking");

  private static final PloverContexts STANDARD = standardMapping();

  private final List<String> everyEvent;
  private final Map<String, List<String>> byWords;
  private final Map<String, List<String>> byTopicId;

  private PloverContexts(
      List<String> everyEvent,
      Map<String, List<String>> byWords,
      Map<String, List<String>> byTopicId) {
    this.everyEvent = everyEvent;
    this.byWords = byWords;
    this.byTopicId = byTopicId;
  }

  /**
   * Returns the standard mapping: {@code diplomatic} on every event, and the topics' contexts by
   * the words of their labels.
   *
   * @return the standard mapping
   */
  public static PloverContexts standard() {
    return STANDARD;
  }

  /**
   * Returns a mapping that gives no event a context, to which mappings by topic id can be added.
   *
   * @return the empty mapping
   */
  public static PloverContexts none() {
    return new PloverContexts(List.of(), Map.of(), Map.of());
  }

  /**
   * Returns PLOVER's general contexts, the only ones a mapping may give.
   *
   * @return the contexts, such as {@code military} and {@code economic}
   */
  public static Set<String> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns this mapping with the contexts of one topic given by its id, which replace those the
   * topic's label would take.
   *
   * @param topicId the topic's id
   * @param contexts the contexts, from {@link #vocabulary()}
   * @return the new mapping
   * @throws IllegalArgumentException if a context is not PLOVER's or none is given
   */
  public PloverContexts withTopic(String topicId, String... contexts) {
    Objects.requireNonNull(topicId, "topicId");
    Map<String, List<String>> topics = new LinkedHashMap<>(byTopicId);
    topics.put(topicId, checked(topicId, contexts));
    return new PloverContexts(everyEvent, byWords, Map.copyOf(topics));
  }

  /**
   * Returns the contexts a topic takes: those given for its id, or else those of the words of its
   * label. The contexts of every event are not included.
   *
   * @param topic the topic
   * @return its contexts, in the mapping's order, or an empty list
   */
  public List<String> contextsOf(Topic topic) {
    List<String> byId = byTopicId.get(topic.id());
    if (byId != null) {
      return byId;
    }
    String words =
        " "
            + String.join(" ", topic.label().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            + " ";
    Set<String> contexts = new LinkedHashSet<>();
    byWords.forEach(
        (phrase, mapped) -> {
          if (words.contains(" " + phrase + " ")) {
            contexts.addAll(mapped);
          }
        });
    return List.copyOf(contexts);
  }

  /** Returns the contexts every event takes, whatever its topics. */
  List<String> everyEvent() {
    return everyEvent;
  }

  private static List<String> checked(String topicId, String... contexts) {
    if (contexts.length == 0) {
      throw new IllegalArgumentException("no context given for the topic " + topicId);
    }
    for (String context : contexts) {
      if (!VOCABULARY.contains(context)) {
        throw new IllegalArgumentException(
            "\""
                + context
                + "\" is not a PLOVER context; the contexts are "
                + new java.util.TreeSet<>(VOCABULARY));
      }
    }
    return List.copyOf(Arrays.asList(contexts));
  }

  private static PloverContexts standardMapping() {
    Map<String, List<String>> byWords = new LinkedHashMap<>();
    for (String[] row : Tables.rows(PloverContexts.class, "contexts.tsv", 2)) {
      byWords.put(row[0], checked(row[0], row[1].split(",", -1)));
    }
    // In the table's order, so that an event's contexts come in the same order on every run.
    return new PloverContexts(
        List.of("diplomatic"), Collections.unmodifiableMap(byWords), Map.of());
  }
}
