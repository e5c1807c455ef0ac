package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartyTest {
  private static Party.Builder russia() {
    return Party.builder()
        .id("ru")
        .kind(PartyKind.STATE)
        .name("Russia")
        .country(CountryCode.of("RU"));
  }

  @Test
  void buildsAStateWithEveryField() {
    Party party =
        russia()
            .addOtherName("Russian Federation")
            .putIdentifier("wikidata", "Q159")
            .addSource("report")
            .build();

    assertThat(party.id()).isEqualTo("ru");
    assertThat(party.recordKind()).isEqualTo(RecordKind.PARTY);
    assertThat(party.kind()).isEqualTo(PartyKind.STATE);
    assertThat(party.name()).isEqualTo("Russia");
    assertThat(party.otherNames()).containsExactly("Russian Federation");
    assertThat(party.country()).contains(CountryCode.of("RU"));
    assertThat(party.partOf()).isEmpty();
    assertThat(party.members()).isEmpty();
    assertThat(party.identifiers()).containsEntry("wikidata", "Q159").hasSize(1);
    assertThat(party.sources()).containsExactly("report");
  }

  @Test
  void buildsAGovernmentBodyAndAForum() {
    Party body =
        Party.builder()
            .id("us-state-department")
            .kind(PartyKind.GOVERNMENT_BODY)
            .name("US State Department")
            .partOf("us")
            .build();
    Party forum =
        Party.builder()
            .id("nrc")
            .kind(PartyKind.FORUM)
            .name("NATO–Russia Council")
            .addMembers(Membership.of("nato"), Membership.of("ru"))
            .build();

    assertThat(body.partOf()).contains("us");
    assertThat(forum.members()).extracting(Membership::party).containsExactly("nato", "ru");
  }

  @Test
  void isEqualByValue() {
    assertThat(russia().build()).isEqualTo(russia().build()).hasSameHashCodeAs(russia().build());
    assertThat(russia().build()).isNotEqualTo(russia().name("Russian Federation").build());
    assertThat(Party.builder().from(russia().build()).build()).isEqualTo(russia().build());
    assertThat(russia().build().toString()).contains("ru", "Russia");
  }

  @Test
  void aCollectionItReturnsCannotBeChanged() {
    Party party = russia().addOtherName("Russian Federation").build();

    assertThatThrownBy(() -> party.otherNames().add("USSR"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAMissingId() {
    assertRejected(
        () -> Party.builder().kind(PartyKind.STATE).name("Russia").build(),
        "id",
        "Party: id is required");
  }

  @Test
  void refusesAMalformedId() {
    assertRejected(
        () -> russia().id("Russia Federation").build(),
        "id",
        "Party: id \"Russia Federation\" must be 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a"
            + " letter or digit");
  }

  @Test
  void refusesAMissingKindNamingTheParty() {
    assertRejected(
        () -> Party.builder().id("ru").name("Russia").build(),
        "kind",
        "Party \"ru\": kind is required");
  }

  @Test
  void refusesABlankName() {
    assertRejected(
        () -> russia().name(" ").build(), "name", "Party \"ru\": name must not be blank");
  }

  @Test
  void refusesANameWithSurroundingWhiteSpace() {
    assertRejected(
        () -> russia().name("Russia ").build(),
        "name",
        "Party \"ru\": name \"Russia \" must not start or end with white space");
  }

  @Test
  void refusesHalfASurrogatePair() {
    assertRejected(
        () -> russia().name("Russia \uD83C").build(),
        "name",
        "Party \"ru\": name holds half of a surrogate pair at index 7, which is not valid Unicode");
    assertThat(russia().name("Russia \uD83C\uDDF7\uD83C\uDDFA").build().name()).endsWith("\uDDFA");
  }

  @Test
  void refusesARepeatedOtherName() {
    assertRejected(
        () -> russia().addOtherNames("RF", "RF").build(),
        "otherNames",
        "Party \"ru\": otherNames lists \"RF\" more than once");
  }

  @Test
  void refusesAStateWithoutCountryOrIdentifier() {
    assertRejected(
        () -> Party.builder().id("ru").kind(PartyKind.STATE).name("Russia").build(),
        "country",
        "Party \"ru\": a state must have a country code, or, if it has no ISO 3166 code (as a"
            + " state older than the codes), an identifier such as its wikidata id");
  }

  @Test
  void holdsAFormerStateWithItsLifetimeAndSuccessorsOfItsPredecessors() {
    Party sovietUnion =
        Party.builder()
            .id("su")
            .kind(PartyKind.STATE)
            .name("Soviet Union")
            .country(CountryCode.of("SUHH"))
            .began(TimePoint.parse("1922-12-30"))
            .ended(TimePoint.parse("1991-12-26"))
            .build();
    Party russia = russia().addPredecessor("su").recognition(Recognition.GENERAL).build();

    assertThat(sovietUnion.country().orElseThrow().isFormer()).isTrue();
    assertThat(sovietUnion.began()).contains(TimePoint.parse("1922-12-30"));
    assertThat(sovietUnion.ended()).contains(TimePoint.parse("1991-12-26"));
    assertThat(sovietUnion.predecessors()).isEmpty();
    assertThat(russia.predecessors()).containsExactly("su");
    assertThat(russia.recognition()).contains(Recognition.GENERAL);
    assertThat(russia.began()).isEmpty();
    assertThat(sovietUnion.existedOn(LocalDate.of(1922, 12, 30))).isTrue();
    assertThat(sovietUnion.existedOn(LocalDate.of(1991, 12, 26))).isTrue();
    assertThat(sovietUnion.existedOn(LocalDate.of(1922, 12, 29))).isFalse();
    assertThat(sovietUnion.existedOn(LocalDate.of(1991, 12, 27))).isFalse();
    assertThat(russia.existedOn(LocalDate.of(1800, 1, 1))).isTrue();
  }

  @Test
  void holdsAStateOlderThanTheCodesByItsIdentifier() {
    Party ottomanEmpire =
        Party.builder()
            .id("ottoman-empire")
            .kind(PartyKind.STATE)
            .name("Ottoman Empire")
            .putIdentifier("wikidata", "Q12560")
            .ended(TimePoint.parse("1922-11-01"))
            .build();

    assertThat(ottomanEmpire.country()).isEmpty();
    assertThat(ottomanEmpire.identifiers()).containsEntry("wikidata", "Q12560");
  }

  @Test
  void holdsMovementsAndTerritories() {
    Party plo =
        Party.builder()
            .id("plo")
            .kind(PartyKind.MOVEMENT)
            .name("Palestine Liberation Organization")
            .build();
    Party frenchPolynesia =
        Party.builder()
            .id("pf")
            .kind(PartyKind.TERRITORY)
            .name("French Polynesia")
            .country(CountryCode.of("PF"))
            .partOf("fr")
            .build();

    assertThat(plo.kind()).isEqualTo(PartyKind.MOVEMENT);
    assertThat(frenchPolynesia.partOf()).contains("fr");
  }

  @Test
  void holdsMembershipsWithTheirDates() {
    Party nato =
        Records.party("nato")
            .addMember(
                Membership.builder().party("us").joined(TimePoint.parse("1949-08-24")).build())
            .addMember(
                Membership.builder().party("fr").joined(TimePoint.parse("1949-08-24")).build())
            .addMember(
                Membership.builder().party("pl").joined(TimePoint.parse("1999-03-12")).build())
            .addMember(Membership.of("xx"))
            .addMember(
                Membership.builder()
                    .party("gdr")
                    .joined(TimePoint.parse("1990-10"))
                    .left(TimePoint.parse("1990-10-03"))
                    .build())
            .build();

    assertThat(nato.membersOn(LocalDate.of(1999, 3, 11))).containsExactly("us", "fr", "xx");
    assertThat(nato.membersOn(LocalDate.of(1999, 3, 12))).containsExactly("us", "fr", "pl", "xx");
    assertThat(nato.membersOn(LocalDate.of(1990, 10, 1))).containsExactly("us", "fr", "xx", "gdr");
    assertThat(nato.membersOn(LocalDate.of(1990, 10, 3))).contains("gdr");
    assertThat(nato.membersOn(LocalDate.of(1990, 10, 4))).doesNotContain("gdr");
    assertThat(nato.membersOn(LocalDate.of(1900, 1, 1))).containsExactly("xx");
  }

  @Test
  void countsAMemberThatLeftAndJoinedAgainOnce() {
    Party council =
        Records.party("council")
            .addMember(
                Membership.builder()
                    .party("ru")
                    .joined(TimePoint.parse("1996"))
                    .left(TimePoint.parse("2022"))
                    .build())
            .addMember(Membership.builder().party("ru").joined(TimePoint.parse("1996-02")).build())
            .build();

    assertThat(council.membersOn(LocalDate.of(2000, 1, 1))).containsExactly("ru");
    assertThat(council.membersOn(LocalDate.of(1995, 1, 1))).isEmpty();
  }

  @Test
  void refusesAMemberThatLeavesBeforeItJoins() {
    assertRejected(
        () ->
            Membership.builder()
                .party("fr")
                .joined(TimePoint.parse("2009-04"))
                .left(TimePoint.parse("1966"))
                .build(),
        "left",
        "Membership: left 1966 is before the member joined, 2009-04");
  }

  @Test
  void refusesAnEndBeforeTheBeginning() {
    assertRejected(
        () -> russia().began(TimePoint.parse("1991-12")).ended(TimePoint.parse("1991-11")).build(),
        "ended",
        "Party \"ru\": ended 1991-11 is before the party began, 1991-12");
    assertThat(russia().began(TimePoint.parse("1991")).ended(TimePoint.parse("1991-12")).build())
        .extracting(Party::ended)
        .isEqualTo(Optional.of(TimePoint.parse("1991-12")));
  }

  @Test
  void refusesARecognitionOfAPartyThatIsNotAState() {
    assertRejected(
        () ->
            Party.builder()
                .id("plo")
                .kind(PartyKind.MOVEMENT)
                .name("PLO")
                .recognition(Recognition.PARTIAL)
                .build(),
        "recognition",
        "Party \"plo\": only a state has a recognition, but the kind is movement");
  }

  @Test
  void refusesBeingItsOwnPredecessor() {
    assertRejected(
        () -> russia().addPredecessor("ru").build(),
        "predecessors",
        "Party \"ru\": predecessors must not refer to the record itself");
  }

  @Test
  void refusesAGovernmentBodyThatBelongsToNoParty() {
    assertRejected(
        () -> Party.builder().id("kremlin").kind(PartyKind.GOVERNMENT_BODY).name("Kremlin").build(),
        "partOf",
        "Party \"kremlin\": a government body must name the party it belongs to");
  }

  @Test
  void refusesBeingPartOfItself() {
    assertRejected(
        () -> russia().partOf("ru").build(),
        "partOf",
        "Party \"ru\": partOf must not refer to the record itself");
  }

  @Test
  void refusesBeingAMemberOfItself() {
    assertRejected(
        () ->
            Records.party("csto")
                .addMember(Membership.of("by"))
                .addMember(Membership.of("csto"))
                .build(),
        "members",
        "Party \"csto\": members[1] must not be the party itself");
  }

  @Test
  void refusesAnInvalidReference() {
    assertRejected(
        () -> russia().partOf("the kremlin").build(),
        "partOf",
        "Party \"ru\": partOf \"the kremlin\" is not a valid id");
  }

  @Test
  void refusesAnIdentifierSchemeThatIsNotALowerCaseWord() {
    assertRejected(
        () -> russia().putIdentifier("WikiData", "Q159").build(),
        "identifiers",
        "Party \"ru\": identifier scheme \"WikiData\" must be a lower-case word such as \"wikidata\"");
  }

  @Test
  void refusesARepeatedSource() {
    assertRejected(
        () -> russia().addSources("report", "report").build(),
        "sources",
        "Party \"ru\": sources lists \"report\" more than once");
  }

  @Test
  void reportsANullValueAsMissingWhenBuilt() {
    assertRejected(() -> russia().name(null).build(), "name", "Party \"ru\": name is required");
  }

  @Test
  void reportsANullElementWithItsIndex() {
    assertRejected(
        () -> russia().addOtherNames("RF", null).build(),
        "otherNames",
        "Party \"ru\": otherNames[1] is null");
  }

  @Test
  void reportsANullIdentifier() {
    assertRejected(
        () -> russia().putAllIdentifiers(Collections.singletonMap("wikidata", null)).build(),
        "identifiers",
        "Party \"ru\": identifiers holds a null key or value");
  }

  @Test
  void exposesWhatIsWrongAsFields() {
    assertThatThrownBy(() -> russia().name("").build())
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> {
              assertThat(e.recordType()).isEqualTo("Party");
              assertThat(e.recordId()).contains("ru");
              assertThat(e.field()).isEqualTo("name");
              assertThat(e.reason()).isEqualTo("name must not be blank");
            });
  }
}
