package dev.entente.testing;

import dev.entente.Place;
import dev.entente.Span;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Assertions on {@link Talks}, in the model's words.
 *
 * <pre>{@code
 * assertThat(geneva).hasStatus(TalksStatus.SCHEDULED).startsOn(LocalDate.of(2022, 1, 10)).takesPlaceIn("Geneva");
 * }</pre>
 */
public class TalksAssert extends AbstractStancesAssert<TalksAssert, Talks> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Talks)} is the usual way.
   *
   * @param actual the talks under test
   */
  public TalksAssert(Talks actual) {
    super(actual, TalksAssert.class);
  }

  /**
   * Checks where the talks stand.
   *
   * @param status the expected status
   * @return this assertion
   */
  public TalksAssert hasStatus(TalksStatus status) {
    return expect(
        talks -> talks.status() == status,
        "to be " + word(status),
        talks -> "they are " + word(talks.status()));
  }

  /**
   * Checks the format of the talks.
   *
   * @param format the expected format
   * @return this assertion
   */
  public TalksAssert hasFormat(TalksFormat format) {
    return expect(
        talks -> talks.format() == format,
        "to be " + word(format),
        talks -> "they are " + word(talks.format()));
  }

  /**
   * Checks the day the talks start on, as the source states it.
   *
   * @param day the expected first day
   * @return this assertion
   */
  public TalksAssert startsOn(LocalDate day) {
    return expect(
        talks -> isTheDay(talks.when().start(), day),
        "to start on " + day,
        talks -> "they start " + talks.when().start());
  }

  /**
   * Checks that the venue lies in a locality, such as a city.
   *
   * @param city the locality, as the venue's place names it
   * @return this assertion
   */
  public TalksAssert takesPlaceIn(String city) {
    return expect(
        talks -> talks.venue().map(Place::localities).orElse(List.of()).contains(city),
        "to take place in " + city,
        talks -> talks.venue().map(v -> "they take place in " + v).orElse("no venue is recorded"));
  }

  /**
   * Checks that exactly these parties send delegations, in any order.
   *
   * @param partyIds the ids of the expected parties
   * @return this assertion
   */
  public TalksAssert hasParties(String... partyIds) {
    return expect(
        talks -> sameElements(talks.parties(), partyIds),
        "to have the parties " + list(partyIds),
        talks -> "they have " + talks.parties());
  }

  /**
   * Checks that the talks carry out an agreement.
   *
   * @param agreementId the id of the agreement
   * @return this assertion
   */
  public TalksAssert carriesOut(String agreementId) {
    return expect(
        talks -> talks.carriesOut().contains(agreementId),
        "to carry out \"" + agreementId + "\"",
        talks -> "they carry out " + talks.carriesOut());
  }

  /**
   * Checks that the talks were once planned for a date or period.
   *
   * @param previous a span planned before, such as the day the talks were moved from
   * @return this assertion
   */
  public TalksAssert werePreviouslyPlannedFor(Span previous) {
    return expect(
        talks -> talks.previousDates().contains(previous),
        "to have been planned for " + previous + " before",
        talks ->
            talks.previousDates().isEmpty()
                ? "no previous date is recorded"
                : "they were planned for " + talks.previousDates());
  }

  /**
   * Checks what announced the talks.
   *
   * @param recordId the statement or conversation that announced them
   * @return this assertion
   */
  public TalksAssert wereAnnouncedBy(String recordId) {
    return expect(
        talks -> talks.announcedBy().filter(recordId::equals).isPresent(),
        "to have been announced by \"" + recordId + "\"",
        talks ->
            talks
                .announcedBy()
                .map(by -> "they were announced by \"" + by + "\"")
                .orElse("nothing is recorded to have announced them"));
  }
}
