package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import dev.entente.internal.Spelling;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A direct exchange between leaders: a phone call, a video call or a meeting in person.
 *
 * <pre>{@code
 * Conversation call = Conversation.builder()
 *     .id("call-2021-12-30")
 *     .mode(ConversationMode.PHONE_CALL)
 *     .addParticipants("putin", "biden")
 *     .initiator("putin")
 *     .when(Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50)))
 *     .addSubject("security-guarantees")
 *     .build();
 * }</pre>
 *
 * <p>Rules: at least two distinct participants; the initiator and every position's author are
 * participants; a place is given only for a meeting in person; the main subject is one of the
 * subjects; lists hold no duplicates; the conversation does not follow itself.
 */
@Value.Immutable
public abstract non-sealed class Conversation extends DossierRecord implements Stances {
  Conversation() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Conversation}. Each setter sets the field of the same name, and the accessor
   * its javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code
   * List} or a {@code Map} may be left out; every other must be set (a setter takes {@code null},
   * and {@link #build()} then reports the field as missing). {@link #build()} checks every field's
   * rule and the conversation's rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableConversation.Builder {
    Builder() {}

    /**
     * Sets every field from a conversation, to build a changed copy of it: lists are added to what
     * this builder holds.
     *
     * @param conversation the conversation to copy
     * @return this builder
     */
    public Builder from(Conversation conversation) {
      Declarations.CONVERSATION.copy(conversation, this);
      return this;
    }

    /**
     * Builds the conversation from what was set.
     *
     * @return the conversation
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Conversation build() {
      return super.build();
    }
  }

  /**
   * Returns how the conversation took place.
   *
   * @return the mode
   */
  public abstract ConversationMode mode();

  /**
   * Returns the ids of the leaders who took part.
   *
   * @return at least two distinct leader ids
   */
  public abstract List<String> participants();

  /**
   * Returns the id of the participant who sought the conversation, if known.
   *
   * @return a participant's id, or empty
   */
  public abstract Optional<String> initiator();

  /**
   * Returns when it took place and for how long.
   *
   * @return the span
   */
  public abstract Span when();

  /**
   * Returns where a meeting in person took place.
   *
   * @return the place, or empty
   */
  public abstract Optional<Place> place();

  /**
   * Returns the ids of what was discussed: topics, agreements (such as their implementation) or
   * talks.
   *
   * @return ids, distinct
   */
  public abstract List<String> subjects();

  /**
   * Returns the id of the main subject, one of {@link #subjects()}.
   *
   * @return the main subject's id, or empty
   */
  public abstract Optional<String> mainSubject();

  /**
   * Returns the aim the initiator gave for the conversation.
   *
   * @return the purpose, not blank, or empty
   */
  public abstract Optional<String> purpose();

  @Override
  public abstract List<Position> positions();

  @Override
  public abstract List<Characterisation> characterisations();

  /**
   * Returns the ids of earlier conversations in the same thread.
   *
   * @return conversation ids, distinct
   */
  public abstract List<String> follows();

  @Override
  public final RecordKind recordKind() {
    return RecordKind.CONVERSATION;
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    if (place().isPresent() && mode() != ConversationMode.IN_PERSON_MEETING) {
      throw check.fail(
          "place", "only a meeting in person has a place, but the mode is " + Spelling.of(mode()));
    }
  }

  @Override
  final Optional<Span> span() {
    return Optional.of(when());
  }

  @Override
  final List<Place> whereHeld() {
    return place().stream().toList();
  }

  /** One entry, at the start of when it takes place. */
  @Override
  final void addTimelineEntries(List<TimelineEntry> timeline) {
    timeline.add(TimelineEntry.of(when().start(), this));
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.CONVERSATION;
  }
}
