package dev.entente.formats.plover;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One PLOVER event as the export makes it: the fields of PLOVER's JSON table that the model fills,
 * and the extension fields that keep what PLOVER has no field for.
 *
 * @param id the record's id, and for a milestone the agreement's id, {@code #} and its number
 * @param when the event's dates
 * @param actors the entities who act
 * @param recipients the entities acted towards
 * @param category the event category
 * @param modes the category's modes
 * @param contexts the contexts
 * @param location where it took place
 * @param text the record's own text: a visit's description, a conversation's purpose, talks' or an
 *     agreement's title
 * @param link the agreement a milestone belongs to
 * @param citation the first source of the record
 * @param kind the kind of record, an extension field
 * @param mode the record's own mode or kind, an extension field: a conversation's mode, a visit's
 *     kind, talks' status, a milestone's stage
 */
record PloverEvent(
    String id,
    PloverDates when,
    List<Entity> actors,
    List<Entity> recipients,
    Category category,
    List<String> modes,
    List<String> contexts,
    @Nullable Location location,
    @Nullable String text,
    @Nullable String link,
    @Nullable Citation citation,
    String kind,
    @Nullable String mode) {

  /**
   * An actor or recipient: PLOVER's entity object.
   *
   * @param code the alpha-3 code of its country, or {@code IGO}, {@code UNO}, {@code EUR}
   * @param sector its sector, such as {@code GOV}
   * @param text its name
   * @param wikidata its Wikidata id
   * @param office the office a leader held on the day
   * @param ententeId the id of the leader or party in the dossier, an extension field
   */
  record Entity(
      @Nullable String code,
      @Nullable String sector,
      String text,
      @Nullable String wikidata,
      @Nullable String office,
      String ententeId) {}

  /**
   * PLOVER's location object.
   *
   * @param resolvedPlace the place's name: its venue, its first locality or its country
   * @param geonameId its GeoNames id
   * @param latitude its latitude
   * @param longitude its longitude
   * @param city its first locality
   * @param country its country's name
   * @param countryCode its country's alpha-3 code
   * @param resolution 5 for a venue, 4 a locality, 2 a region, 1 a country
   * @param venue the place's venue, an extension field (PLOVER's {@code resolved_place} names the
   *     venue, else the first locality, else the country)
   * @param party the id of the party the place is in, where it has no country code (a state older
   *     than the codes), an extension field
   */
  record Location(
      String resolvedPlace,
      @Nullable Long geonameId,
      @Nullable Double latitude,
      @Nullable Double longitude,
      @Nullable String city,
      @Nullable String country,
      @Nullable String countryCode,
      int resolution,
      @Nullable String venue,
      @Nullable String party,
      List<String> localities,
      @Nullable String precision) {}

  /**
   * PLOVER's citation object.
   *
   * @param citation the statement's id
   * @param url where it is published
   * @param language its language, ISO 639-1 where it has such a code
   * @param publication the name of the party or leader who made it
   */
  record Citation(
      String citation, @Nullable String url, @Nullable String language, String publication) {}
}
