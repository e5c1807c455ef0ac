package dev.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Merging two sources of the same events: strictly, or keeping the left and claiming the right. */
class MergePolicyTest {
  private static final Span AT_15_35 =
      Span.of(TimePoint.parse("2021-12-30T15:35-05:00"), Duration.ofMinutes(50));
  private static final Span AT_13_35 = Span.of(TimePoint.parse("2021-12-30T13:35-05:00"));

  /** A dossier of one source: its statement, and the call as it reports it. */
  private static Dossier source(String statementId, String by, Span when) {
    return Records.twoStates()
        .add(Records.statement(statementId, by).build())
        .add(call(when).addSource(statementId).build())
        .build();
  }

  private static Conversation.Builder call(Span when) {
    return Records.conversation("call", "putin", "biden").when(when);
  }

  private static Conversation callOf(Dossier dossier) {
    return (Conversation) dossier.find("call").orElseThrow();
  }

  @Test
  void aDossierMergedFromTwoSourcesThatDisagreeOnTheCallsStartKeepsBothClaims() {
    Dossier whiteHouse = source("white-house-readout", "us", AT_15_35);
    Dossier newsPage = source("news-page", "ru", AT_13_35);

    Dossier merged = whiteHouse.merge(newsPage, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT);

    Conversation call = callOf(merged);
    assertThat(call.when()).as("the left source's start").isEqualTo(AT_15_35);
    assertThat(call.sources()).containsExactly("white-house-readout", "news-page");
    assertThat(call.claimsAbout("when"))
        .as("the right source's start, as its claim")
        .containsExactly(Claim.of("when", AT_13_35, "news-page"));
    assertThat(merged.disputed()).containsExactly(call);
    assertThat(merged.find("news-page")).isPresent();
    Conversation mirrored =
        callOf(newsPage.merge(whiteHouse, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT));
    assertThat(mirrored.when()).isEqualTo(AT_13_35);
    assertThat(mirrored.claimsAbout("when"))
        .containsExactly(Claim.of("when", AT_15_35, "white-house-readout"));
  }

  @Test
  void theStrictPolicyRefusesTheSameDisagreement() {
    Dossier whiteHouse = source("white-house-readout", "us", AT_15_35);
    Dossier newsPage = source("news-page", "ru", AT_13_35);

    assertThatThrownBy(() -> whiteHouse.merge(newsPage, MergePolicy.STRICT))
        .isInstanceOf(MergeConflictException.class)
        .hasMessageStartingWith("the dossiers disagree on 1 record:");
    assertThatThrownBy(() -> whiteHouse.merge(newsPage)).isInstanceOf(MergeConflictException.class);
  }

  @Test
  void equalRecordsOfTwoSourcesCombineTheirSources() {
    Dossier left = source("white-house-readout", "us", AT_15_35);
    Dossier right = source("kremlin-readout", "ru", AT_15_35);

    Conversation call = callOf(left.merge(right, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT));

    assertThat(call.sources()).containsExactly("white-house-readout", "kremlin-readout");
    assertThat(call.claims()).isEmpty();
  }

  @Test
  void whatTheRightLeavesOutIsNoClaimAndWhatOnlyTheRightGivesIsOne() {
    Dossier left =
        Records.twoStates()
            .add(Records.statement("a", "us").build())
            .add(Records.statement("b", "ru").build())
            .add(call(AT_15_35).purpose("To talk.").addSource("a").build())
            .build();
    Dossier rightVersion =
        Records.replace(left, call(AT_15_35).initiator("putin").addSource("b").build());

    Conversation call = callOf(left.merge(rightVersion, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT));

    assertThat(call.purpose()).contains("To talk.");
    assertThat(call.initiator()).isEmpty();
    assertThat(call.claims()).containsExactly(Claim.of("initiator", "putin", "b"));
    assertThat(call.sources()).containsExactly("a", "b");
  }

  @Test
  void theRightsClaimsAreKeptAndOneOfTheLeftsValueAddsItsSource() {
    Dossier left = source("white-house-readout", "us", AT_15_35);
    Dossier right =
        Records.twoStates()
            .add(Records.statement("news-page", "ru").build())
            .add(Records.statement("white-house-readout", "us").build())
            .add(Records.statement("blog", "ru").build())
            .add(
                call(AT_13_35)
                    .addSource("news-page")
                    .addClaim(Claim.of("when", AT_15_35, "blog"))
                    .addClaim(Claim.of("initiator", "biden", "blog").withConfidence(0.5))
                    .build())
            .build();

    Conversation call = callOf(left.merge(right, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT));

    assertThat(call.sources()).containsExactly("white-house-readout", "blog", "news-page");
    assertThat(call.claims())
        .containsExactly(
            Claim.of("when", AT_13_35, "news-page"),
            Claim.of("initiator", "biden", "blog").withConfidence(0.5));
  }

  @Test
  void aRightVersionThatDiffersButCitesNoSourceCannotBeClaimed() {
    Dossier left = source("white-house-readout", "us", AT_15_35);
    Dossier right = Records.twoStates().add(call(AT_13_35).build()).build();

    assertThatThrownBy(() -> left.merge(right, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT))
        .isInstanceOfSatisfying(
            MergeConflictException.class,
            e -> assertThat(e.conflicts()).extracting(RecordChange::id).containsExactly("call"))
        .hasMessageStartingWith(
            "the dossiers disagree on 1 record, which cannot be claimed, since the other version"
                + " cites no source or is of another kind:");
  }

  @Test
  void aRecordOfAnotherKindUnderTheSameIdCannotBeClaimed() {
    Dossier left = source("white-house-readout", "us", AT_15_35);
    Dossier right =
        Records.twoStates()
            .add(Records.statement("kremlin", "ru").build())
            .add(Records.topic("call").addSource("kremlin").build())
            .build();

    assertThatThrownBy(() -> left.merge(right, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT))
        .isInstanceOf(MergeConflictException.class);
  }
}
