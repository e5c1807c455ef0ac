package dev.entente.testing;

import dev.entente.Conversation;
import dev.entente.ConversationMode;
import dev.entente.TimePoint;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

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
public class ConversationAssert extends AbstractStancesAssert<ConversationAssert, Conversation> {
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
    return expect(
        conversation -> conversation.mode() == mode,
        "to be " + a(mode),
        conversation -> "it was " + a(conversation.mode()));
  }

  /**
   * Checks that exactly these leaders took part, in any order.
   *
   * @param leaderIds the ids of the expected participants
   * @return this assertion
   */
  public ConversationAssert hasParticipants(String... leaderIds) {
    return expect(
        conversation -> sameElements(conversation.participants(), leaderIds),
        "to have the participants " + list(leaderIds),
        conversation -> "they were " + conversation.participants());
  }

  /**
   * Checks who sought the conversation.
   *
   * @param leaderId the id of the expected initiator
   * @return this assertion
   */
  public ConversationAssert wasInitiatedBy(String leaderId) {
    return expect(
        conversation -> conversation.initiator().equals(Optional.of(leaderId)),
        "to have been initiated by \"" + leaderId + "\"",
        conversation ->
            conversation
                .initiator()
                .map(i -> "it was initiated by \"" + i + "\"")
                .orElse("no initiator is recorded"));
  }

  /**
   * Checks how long the conversation lasted: its stated duration, or the time between two exact
   * moments.
   *
   * @param duration the expected length
   * @return this assertion
   */
  public ConversationAssert lasted(Duration duration) {
    return expect(
        conversation -> conversation.when().length().equals(Optional.of(duration)),
        "to have lasted " + duration,
        conversation ->
            conversation
                .when()
                .length()
                .map(l -> "it lasted " + l)
                .orElse("its length is not known (" + conversation.when() + ")"));
  }

  /**
   * Checks that the conversation, seen in a time zone, covered part of a day.
   *
   * @param day the day
   * @param zone the time zone, such as {@code Europe/Moscow}
   * @return this assertion
   */
  public ConversationAssert tookPlaceOn(LocalDate day, ZoneId zone) {
    return expect(
        conversation -> conversation.when().fallsOn(day, zone),
        "to have taken place on " + day + " in " + zone,
        conversation -> "it took place " + conversation.when());
  }

  /**
   * Checks when the conversation started, as the model holds it.
   *
   * @param start the expected start in ISO 8601, such as {@code 2021-12-30T15:35-05:00}
   * @return this assertion
   */
  public ConversationAssert startedAt(String start) {
    TimePoint expected = TimePoint.parse(start);
    return expect(
        conversation -> conversation.when().start().equals(expected),
        "to have started at " + expected,
        conversation -> "it started at " + conversation.when().start());
  }

  /**
   * Checks that each of these topics, agreements or talks was among the subjects discussed.
   *
   * @param subjectIds the ids of the expected subjects
   * @return this assertion
   */
  public ConversationAssert discussed(String... subjectIds) {
    return expect(
        conversation -> missingFrom(conversation.subjects(), subjectIds).isEmpty(),
        "to have discussed " + list(subjectIds),
        conversation ->
            "it did not discuss "
                + missingFrom(conversation.subjects(), subjectIds)
                + "; its subjects are "
                + conversation.subjects());
  }

  /**
   * Checks the main subject of the conversation.
   *
   * @param subjectId the id of the expected main subject
   * @return this assertion
   */
  public ConversationAssert hasMainSubject(String subjectId) {
    return expect(
        conversation -> conversation.mainSubject().equals(Optional.of(subjectId)),
        "to have the main subject \"" + subjectId + "\"",
        conversation ->
            conversation
                .mainSubject()
                .map(m -> "its main subject is \"" + m + "\"")
                .orElse("no main subject is recorded"));
  }

  /**
   * Checks that the conversation follows an earlier one in the same thread.
   *
   * @param conversationId the id of the earlier conversation
   * @return this assertion
   */
  public ConversationAssert follows(String conversationId) {
    return expect(
        conversation -> conversation.follows().contains(conversationId),
        "to follow \"" + conversationId + "\"",
        conversation -> "it follows " + conversation.follows());
  }
}
