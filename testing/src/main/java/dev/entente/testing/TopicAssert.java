package dev.entente.testing;

import dev.entente.Topic;

/**
 * Assertions on a {@link Topic}.
 *
 * <pre>{@code
 * assertThat(topic).hasId("ukraine").hasLabel("Ukraine");
 * }</pre>
 */
public class TopicAssert extends AbstractRecordAssert<TopicAssert, Topic> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Topic)} is the usual way.
   *
   * @param actual the topic under test
   */
  public TopicAssert(Topic actual) {
    super(actual, TopicAssert.class);
  }

  /**
   * Checks the topic's label.
   *
   * @param label the expected label
   * @return this assertion
   */
  public TopicAssert hasLabel(String label) {
    return expect(
        topic -> topic.label().equals(label),
        "to have the label \"" + label + "\"",
        topic -> "its label is \"" + topic.label() + "\"");
  }
}
