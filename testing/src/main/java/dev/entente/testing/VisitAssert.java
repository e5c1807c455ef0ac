package dev.entente.testing;

import dev.entente.CountryCode;
import dev.entente.Place;
import dev.entente.Visit;
import dev.entente.VisitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Assertions on a {@link Visit}, in the model's words.
 *
 * <pre>{@code
 * assertThat(visit).isOfKind(VisitKind.STATE_VISIT).wasMadeBy("kalakaua").wasHostedBy("us")
 *     .hasNoNamedHosts().startsOn(LocalDate.of(1874, 12, 12));
 * }</pre>
 */
public class VisitAssert extends AbstractRecordAssert<VisitAssert, Visit> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Visit)} is the usual way.
   *
   * @param actual the visit under test
   */
  public VisitAssert(Visit actual) {
    super(actual, VisitAssert.class);
  }

  /**
   * Checks what kind of visit this is.
   *
   * @param kind the expected kind
   * @return this assertion
   */
  public VisitAssert isOfKind(VisitKind kind) {
    return expect(
        visit -> visit.kind().equals(Optional.of(kind)),
        "to be a " + word(kind),
        visit ->
            visit.kind().map(actual -> "it is a " + word(actual)).orElse("no kind is recorded"));
  }

  /**
   * Checks the visitors, in any order.
   *
   * @param leaderIds the ids of every visitor
   * @return this assertion
   */
  public VisitAssert wasMadeBy(String... leaderIds) {
    List<String> expected = List.of(leaderIds);
    return expect(
        visit ->
            visit.visitors().size() == expected.size() && visit.visitors().containsAll(expected),
        "to have been made by " + expected,
        visit -> "it was made by " + visit.visitors());
  }

  /**
   * Checks the party visited.
   *
   * @param partyId the id of the host party
   * @return this assertion
   */
  public VisitAssert wasHostedBy(String partyId) {
    return expect(
        visit -> visit.host().equals(partyId),
        "to have been hosted by \"" + partyId + "\"",
        visit -> "it was hosted by \"" + visit.host() + "\"");
  }

  /**
   * Checks that the source names no leader who received the visitors.
   *
   * @return this assertion
   */
  public VisitAssert hasNoNamedHosts() {
    return expect(
        visit -> visit.hosts().isEmpty(),
        "to name no host",
        visit -> "it names the hosts " + visit.hosts());
  }

  /**
   * Checks that a leader received the visitors, as the source names the hosts.
   *
   * @param leaderId the host's id
   * @return this assertion
   */
  public VisitAssert wasReceivedBy(String leaderId) {
    return expect(
        visit -> visit.hosts().contains(leaderId),
        "to have been received by \"" + leaderId + "\"",
        visit -> "its named hosts are " + visit.hosts());
  }

  /**
   * Checks the first day of the visit, as its source states it.
   *
   * @param day the expected first day
   * @return this assertion
   */
  public VisitAssert startsOn(LocalDate day) {
    return expect(
        visit -> isTheDay(visit.when().start(), day),
        "to start on " + day,
        visit -> "it starts " + visit.when().start());
  }

  /**
   * Checks that one of the places visited lies in a locality, such as a city.
   *
   * @param city the locality, as the place names it
   * @return this assertion
   */
  public VisitAssert wentTo(String city) {
    return wentToAPlace(place -> place.localities().contains(city), "to have gone to " + city);
  }

  /**
   * Checks that one of the places visited has a country code, current or former.
   *
   * @param country the country, such as {@code SUHH}
   * @return this assertion
   */
  public VisitAssert wentToCountry(CountryCode country) {
    return wentToAPlace(
        place -> place.country().filter(country::equals).isPresent(),
        "to have gone to a place in " + country);
  }

  /**
   * Checks that one of the places visited names a state by its party, as a place in a state without
   * a country code does.
   *
   * @param partyId the party of the state, such as {@code kingdom-of-hawaii}
   * @return this assertion
   */
  public VisitAssert wentToState(String partyId) {
    return wentToAPlace(
        place -> place.party().filter(partyId::equals).isPresent(),
        "to have gone to a place in the state \"" + partyId + "\"");
  }

  private VisitAssert wentToAPlace(Predicate<Place> place, String expectation) {
    return expect(
        visit -> visit.places().stream().anyMatch(place), expectation, VisitAssert::places);
  }

  private static String places(Visit visit) {
    return visit.places().isEmpty()
        ? "no place is recorded"
        : "it went to " + visit.places().stream().map(Place::toString).toList();
  }
}
