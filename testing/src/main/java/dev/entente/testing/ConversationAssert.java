package dev.entente.testing;

import dev.entente.Characterisation;
import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.Position;
import dev.entente.TimePoint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link Conversation}, in the model's words.
 *
 * <pre>{@code
 * assertThat(call)
 *     .isPhoneCall()
 *     .hasParticipants("putin", "biden")
 *     .wasInitiatedBy("putin")
 *     .lasted(Duration.ofMinutes(50))
 *     .tookPlaceOn(LocalDate.of(2021, 12, 31), ZoneId.of("Europe/Moscow"));
 * }</pre>
 */
public class ConversationAssert extends AbstractRecordAssert<ConversationAssert, Conversation> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Conversation)} is the usual way.
   *
   * @param actual the conversation under test
   */
  public ConversationAssert(Conversation actual) {
    super(actual, ConversationAssert.class);
  }

  /**
   * Checks that the conversation was a phone call.
   *
   * @return this assertion
   */
  public ConversationAssert isPhoneCall() {
    return hasMode(ConversationMode.PHONE_CALL);
  }

  /**
   * Checks that the conversation was a video call.
   *
   * @return this assertion
   */
  public ConversationAssert isVideoCall() {
    return hasMode(ConversationMode.VIDEO_CALL);
  }

  /**
   * Checks that the conversation was a meeting in person.
   *
   * @return this assertion
   */
  public ConversationAssert isInPersonMeeting() {
    return hasMode(ConversationMode.IN_PERSON_MEETING);
  }

  /**
   * Checks how the conversation took place.
   *
   * @param mode the expected mode
   * @return this assertion
   */
  public ConversationAssert hasMode(ConversationMode mode) {
    isNotNull();
    if (actual.mode() != mode) {
      failBecause("to be " + a(mode), "it was " + a(actual.mode()));
    }
    return myself;
  }

  /**
   * Checks that exactly these leaders took part, in any order.
   *
   * @param leaderIds the ids of the expected participants
   * @return this assertion
   */
  public ConversationAssert hasParticipants(String... leaderIds) {
    isNotNull();
    if (!sameElements(actual.participants(), leaderIds)) {
      failBecause("to have the participants " + list(leaderIds), "they were " + actual.participants());
    }
    return myself;
  }

  /**
   * Checks who sought the conversation.
   *
   * @param leaderId the id of the expected initiator
   * @return this assertion
   */
  public ConversationAssert wasInitiatedBy(String leaderId) {
    isNotNull();
    Optional<String> initiator = actual.initiator();
    if (!initiator.equals(Optional.of(leaderId))) {
      failBecause(
          "to have been initiated by \"" + leaderId + "\"",
          initiator.map(i -> "it was initiated by \"" + i + "\"").orElse("no initiator is recorded"));
    }
    return myself;
  }

  /**
   * Checks how long the conversation lasted: its stated duration, or the time between two exact
   * moments.
   *
   * @param duration the expected length
   * @return this assertion
   */
  public ConversationAssert lasted(Duration duration) {
    isNotNull();
    Optional<Duration> length = actual.when().length();
    if (!length.equals(Optional.of(duration))) {
      failBecause(
          "to have lasted " + duration,
          length.map(l -> "it lasted " + l).orElse("its length is not known (" + actual.when() + ")"));
    }
    return myself;
  }

  /**
   * Checks that the conversation, seen in a time zone, covered part of a day.
   *
   * @param day the day
   * @param zone the time zone, such as {@code Europe/Moscow}
   * @return this assertion
   */
  public ConversationAssert tookPlaceOn(LocalDate day, ZoneId zone) {
    isNotNull();
    if (!actual.when().fallsOn(day, zone)) {
      failBecause("to have taken place on " + day + " in " + zone, "it took place " + actual.when());
    }
    return myself;
  }

  /**
   * Checks when the conversation started, as the model holds it.
   *
   * @param start the expected start in ISO 8601, such as {@code 2021-12-30T15:35-05:00}
   * @return this assertion
   */
  public ConversationAssert startedAt(String start) {
    isNotNull();
    TimePoint expected = TimePoint.parse(start);
    if (!actual.when().start().equals(expected)) {
      failBecause("to have started at " + expected, "it started at " + actual.when().start());
    }
    return myself;
  }

  /**
   * Checks that each of these topics, agreements or talks was among the subjects discussed.
   *
   * @param subjectIds the ids of the expected subjects
   * @return this assertion
   */
  public ConversationAssert discussed(String... subjectIds) {
    isNotNull();
    List<String> missing = missingFrom(actual.subjects(), subjectIds);
    if (!missing.isEmpty()) {
      failBecause("to have discussed " + list(subjectIds), "it did not discuss " + missing + "; its subjects are " + actual.subjects());
    }
    return myself;
  }

  /**
   * Checks the main subject of the conversation.
   *
   * @param subjectId the id of the expected main subject
   * @return this assertion
   */
  public ConversationAssert hasMainSubject(String subjectId) {
    isNotNull();
    if (!actual.mainSubject().equals(Optional.of(subjectId))) {
      failBecause(
          "to have the main subject \"" + subjectId + "\"",
          actual.mainSubject().map(m -> "its main subject is \"" + m + "\"").orElse("no main subject is recorded"));
    }
    return myself;
  }

  /**
   * Checks that the conversation follows an earlier one in the same thread.
   *
   * @param conversationId the id of the earlier conversation
   * @return this assertion
   */
  public ConversationAssert follows(String conversationId) {
    isNotNull();
    if (!actual.follows().contains(conversationId)) {
      failBecause("to follow \"" + conversationId + "\"", "it follows " + actual.follows());
    }
    return myself;
  }

  /**
   * Checks that a participant's stated position is recorded.
   *
   * @param leaderId the id of the participant
   * @return this assertion
   */
  public ConversationAssert hasPositionStatedBy(String leaderId) {
    isNotNull();
    List<String> authors = actual.positions().stream().map(Position::by).collect(Collectors.toList());
    if (!authors.contains(leaderId)) {
      failBecause("to record a position stated by \"" + leaderId + "\"", "its positions are stated by " + authors);
    }
    return myself;
  }

  /**
   * Checks that one characterisation of the conversation uses each of these words.
   *
   * @param words the expected words, such as {@code frank} and {@code mutually beneficial}
   * @return this assertion
   */
  public ConversationAssert wasCharacterisedAs(String... words) {
    isNotNull();
    boolean found =
        actual.characterisations().stream().map(Characterisation::words).anyMatch(w -> missingFrom(w, words).isEmpty());
    if (!found) {
      List<List<String>> characterisations =
          actual.characterisations().stream().map(Characterisation::words).collect(Collectors.toList());
      failBecause("to have been characterised as " + list(words), "its characterisations are " + characterisations);
    }
    return myself;
  }
}
