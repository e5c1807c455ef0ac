package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subject of the dossier's controlled vocabulary, named by a stable slug as its id.
 *
 * <p>A dossier declares the topics its records use; {@link Topics} holds a ready vocabulary.
 *
 * <pre>{@code
 * Topic arms = Topic.of("arms-control", "Arms control");
 * }</pre>
 *
 * <p>Rules: the label and description are not blank.
 */
@Value.Immutable
public abstract non-sealed class Topic extends DossierRecord {
  Topic() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a topic with a slug and a label, and no description or sources.
   *
   * @param slug the id, such as {@code security-guarantees}
   * @param label the label, such as {@code Security guarantees}
   * @return the topic
   * @throws InvalidRecordException if the slug or the label is not valid
   */
  public static Topic of(String slug, String label) {
    return builder().id(slug).label(label).build();
  }

  /**
   * Builds a {@link Topic}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and the topic's rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableTopic.Builder {
    Builder() {}

    /**
     * Sets every field from a topic, to build a changed copy of it: lists are added to what this
     * builder holds.
     *
     * @param topic the topic to copy
     * @return this builder
     */
    public Builder from(Topic topic) {
      Declarations.TOPIC.copy(topic, this);
      return this;
    }

    /**
     * Builds the topic from what was set.
     *
     * @return the topic
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Topic build() {
      return super.build();
    }
  }

  /**
   * Returns the label people read.
   *
   * @return the label, not blank, such as {@code Iran nuclear deal}
   */
  public abstract String label();

  /**
   * Returns what the topic covers, if stated.
   *
   * @return the description, not blank, or empty
   */
  public abstract Optional<String> description();

  @Override
  public final RecordKind recordKind() {
    return RecordKind.TOPIC;
  }

  @Value.Check
  final void check() {
    checkFields();
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.TOPIC;
  }
}
