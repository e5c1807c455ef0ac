package dev.entente.testing;

import dev.entente.Place;
import dev.entente.Talks;
import dev.entente.TalksFormat;
import dev.entente.TalksStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Assertions on {@link Talks}, in the model's words.
 *
 * <pre>{@code
 * assertThat(geneva).hasStatus(TalksStatus.SCHEDULED).startsOn(LocalDate.of(2022, 1, 10)).takesPlaceIn("Geneva");
 * }</pre>
 */
public class TalksAssert extends AbstractRecordAssert<TalksAssert, Talks> {
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
    isNotNull();
    if (actual.status() != status) {
      failBecause("to be " + word(status), "they are " + word(actual.status()));
    }
    return myself;
  }

  /**
   * Checks the format of the talks.
   *
   * @param format the expected format
   * @return this assertion
   */
  public TalksAssert hasFormat(TalksFormat format) {
    isNotNull();
    if (actual.format() != format) {
      failBecause("to be " + word(format), "they are " + word(actual.format()));
    }
    return myself;
  }

  /**
   * Checks the day the talks start on, as the source states it.
   *
   * @param day the expected first day
   * @return this assertion
   */
  public TalksAssert startsOn(LocalDate day) {
    isNotNull();
    if (!actual.when().start().firstDay().equals(day) || !actual.when().start().lastDay().equals(day)) {
      failBecause("to start on " + day, "they start " + actual.when().start());
    }
    return myself;
  }

  /**
   * Checks the city of the venue.
   *
   * @param city the expected city
   * @return this assertion
   */
  public TalksAssert takesPlaceIn(String city) {
    isNotNull();
    Optional<String> actualCity = actual.venue().flatMap(Place::city);
    if (!actualCity.equals(Optional.of(city))) {
      failBecause(
          "to take place in " + city,
          actual.venue().map(v -> "they take place in " + v).orElse("no venue is recorded"));
    }
    return myself;
  }

  /**
   * Checks that exactly these parties send delegations, in any order.
   *
   * @param partyIds the ids of the expected parties
   * @return this assertion
   */
  public TalksAssert hasParties(String... partyIds) {
    isNotNull();
    if (!sameElements(actual.parties(), partyIds)) {
      failBecause("to have the parties " + list(partyIds), "they have " + actual.parties());
    }
    return myself;
  }

  /**
   * Checks that the talks carry out an agreement.
   *
   * @param agreementId the id of the agreement
   * @return this assertion
   */
  public TalksAssert carriesOut(String agreementId) {
    isNotNull();
    if (!actual.carriesOut().contains(agreementId)) {
      failBecause("to carry out \"" + agreementId + "\"", "they carry out " + actual.carriesOut());
    }
    return myself;
  }
}
