package dev.entente;

import static dev.entente.Invalid.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {
  private static Milestone milestone(Stage stage, String when) {
    return Milestone.builder().stage(stage).when(TimePoint.parse(when)).build();
  }

  private static Agreement.Builder draft() {
    return Agreement.builder()
        .id("draft")
        .kind(AgreementKind.DRAFT_TREATY)
        .title("Draft agreement on legal security guarantees")
        .addParty("ru")
        .addMilestone(milestone(Stage.HANDED_OVER, "2021-12-15"));
  }

  @Test
  void buildsWithEveryField() {
    Agreement agreement =
        draft()
            .terms("Legal security guarantees.")
            .addParty("us")
            .addTopic("security-guarantees")
            .addMilestone(milestone(Stage.PUBLISHED, "2021-12-17"))
            .addSource("report")
            .build();

    assertThat(agreement.recordKind()).isEqualTo(RecordKind.AGREEMENT);
    assertThat(agreement.kind()).isEqualTo(AgreementKind.DRAFT_TREATY);
    assertThat(agreement.title()).isEqualTo("Draft agreement on legal security guarantees");
    assertThat(agreement.terms()).contains("Legal security guarantees.");
    assertThat(agreement.parties()).containsExactly("ru", "us");
    assertThat(agreement.topics()).containsExactly("security-guarantees");
    assertThat(agreement.milestones())
        .extracting(Milestone::stage)
        .containsExactly(Stage.HANDED_OVER, Stage.PUBLISHED);
    assertThat(agreement.status()).isEqualTo(Stage.PUBLISHED);
  }

  @Test
  void isEqualByValue() {
    assertThat(draft().build()).isEqualTo(draft().build()).hasSameHashCodeAs(draft().build());
    assertThat(draft().build()).isNotEqualTo(draft().kind(AgreementKind.TREATY).build());
  }

  @ParameterizedTest(name = "{0} gives {1}")
  @CsvSource({
    "PROPOSED, PROPOSED",
    "PROPOSED HANDED_OVER PUBLISHED, PUBLISHED",
    "AGREED PUBLISHED, AGREED",
    "AGREED SIGNED RATIFIED IN_FORCE, IN_FORCE",
    "SIGNED IN_FORCE SUSPENDED, SUSPENDED",
    "SIGNED IN_FORCE SUSPENDED IN_FORCE, IN_FORCE",
    "SIGNED IN_FORCE WITHDRAWN, WITHDRAWN",
    "SIGNED WITHDRAWN PUBLISHED, PUBLISHED",
    "SIGNED PROVISIONALLY_APPLIED, PROVISIONALLY_APPLIED",
    "SIGNED PROVISIONALLY_APPLIED RATIFIED IN_FORCE, IN_FORCE",
    "SIGNED RATIFIED PROVISIONALLY_APPLIED, RATIFIED",
    "ACCEDED IN_FORCE, IN_FORCE",
    "SUCCEEDED, SUCCEEDED",
    "SIGNED ACCEPTED IN_FORCE DENOUNCED, DENOUNCED",
    "SIGNED APPROVED, APPROVED"
  })
  void followsItsMilestonesToItsStatus(String stages, Stage status) {
    Agreement agreement =
        draft()
            .milestones(
                Arrays.stream(stages.split(" "))
                    .map(stage -> milestone(Stage.valueOf(stage), "2021"))
                    .collect(Collectors.toList()))
            .build();

    assertThat(agreement.status()).isEqualTo(status);
  }

  private static Milestone milestoneFor(Stage stage, String when, String... parties) {
    return Milestone.builder().from(milestone(stage, when)).addParties(parties).build();
  }

  private static Agreement newStart() {
    return Agreement.builder()
        .id("new-start")
        .kind(AgreementKind.TREATY)
        .title("New START")
        .addParties("ru", "us")
        .addMilestone(milestone(Stage.SIGNED, "2010-04-08"))
        .addMilestone(milestoneFor(Stage.RATIFIED, "2010-12-22", "us"))
        .addMilestone(milestoneFor(Stage.RATIFIED, "2011-01-26", "ru"))
        .addMilestone(milestone(Stage.IN_FORCE, "2011-02-05"))
        .addMilestone(milestoneFor(Stage.SUSPENDED, "2023-02-21", "ru"))
        .build();
  }

  @Test
  void aTreatySuspendedByOnePartyIsInForceForTheOthers() {
    Agreement newStart = newStart();

    assertThat(newStart.statusFor("ru")).isEqualTo(Stage.SUSPENDED);
    assertThat(newStart.statusFor("us")).isEqualTo(Stage.IN_FORCE);
    assertThat(newStart.status()).isEqualTo(Stage.IN_FORCE);
    assertThat(newStart.milestones().get(4).parties()).containsExactly("ru");
  }

  @Test
  void standsAtTheLeastAdvancedStageOfItsParties() {
    Agreement ratifiedByOne =
        Agreement.builder()
            .from(newStart())
            .milestones(
                List.of(
                    milestone(Stage.SIGNED, "2010-04-08"),
                    milestoneFor(Stage.RATIFIED, "2010-12-22", "us")))
            .build();
    Agreement proposedByOne =
        Agreement.builder()
            .from(newStart())
            .milestones(List.of(milestoneFor(Stage.HANDED_OVER, "2021-12-15", "ru")))
            .build();

    assertThat(ratifiedByOne.statusFor("us")).isEqualTo(Stage.RATIFIED);
    assertThat(ratifiedByOne.statusFor("ru")).isEqualTo(Stage.SIGNED);
    assertThat(ratifiedByOne.status()).isEqualTo(Stage.SIGNED);
    assertThat(proposedByOne.statusFor("ru")).isEqualTo(Stage.HANDED_OVER);
    assertThat(proposedByOne.statusFor("us"))
        .as("no milestone for it yet")
        .isEqualTo(Stage.PROPOSED);
    assertThat(proposedByOne.status()).isEqualTo(Stage.PROPOSED);
  }

  @Test
  void refusesASignatureAfterConsentToBeBound() {
    assertRejected(
        () ->
            draft()
                .milestones(
                    List.of(
                        milestone(Stage.RATIFIED, "2021-12-20"),
                        milestone(Stage.SIGNED, "2021-12-21")))
                .build(),
        "milestones",
        "Agreement \"draft\": milestones[1] signs for \"ru\" after its consent to be bound at"
            + " milestones[0] (ratified): a party signs before it consents, unless it withdrew or"
            + " denounced in between");
    assertRejected(
        () ->
            Agreement.builder()
                .from(newStart())
                .milestones(
                    List.of(
                        milestoneFor(Stage.ACCEDED, "2010-04-01", "us"),
                        milestone(Stage.SIGNED, "2010-04-08")))
                .build(),
        "milestones",
        "Agreement \"new-start\": milestones[1] signs for \"us\" after its consent to be bound at"
            + " milestones[0] (acceded): a party signs before it consents, unless it withdrew or"
            + " denounced in between");
  }

  @Test
  void
      acceptsAccessionWithoutSignatureProvisionalApplicationAnyTimeAndSigningAnewAfterWithdrawal() {
    Agreement treaty =
        Agreement.builder()
            .from(newStart())
            .milestones(
                List.of(
                    milestone(Stage.SIGNED, "2010-04-08"),
                    milestoneFor(Stage.PROVISIONALLY_APPLIED, "2010-04-09", "ru"),
                    milestoneFor(Stage.RATIFIED, "2010-12-22", "us"),
                    milestoneFor(Stage.PROVISIONALLY_APPLIED, "2010-12-23", "us"),
                    milestoneFor(Stage.WITHDRAWN, "2015-01-01", "us"),
                    milestoneFor(Stage.SIGNED, "2016-01-01", "us"),
                    milestoneFor(Stage.ACCEDED, "2016-02-01", "ru")))
            .build();

    assertThat(treaty.statusFor("us")).isEqualTo(Stage.SIGNED);
    assertThat(treaty.statusFor("ru")).isEqualTo(Stage.ACCEDED);
    assertThat(Stage.ACCEDED.isConsentToBeBound()).isTrue();
    assertThat(Stage.PROVISIONALLY_APPLIED.isConsentToBeBound()).isFalse();
    assertThat(Stage.SIGNED.isConsentToBeBound()).isFalse();
    assertThat(Stage.IN_FORCE.isConsentToBeBound()).isFalse();
  }

  @Test
  void refusesTheStatusForAPartyNotOfTheAgreement() {
    assertThatThrownBy(() -> newStart().statusFor("ua"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"ua\" is not a party of agreement \"new-start\": [ru, us]");
  }

  @Test
  void refusesAMilestoneForAPartyNotOfTheAgreement() {
    assertRejected(
        () -> draft().addMilestone(milestoneFor(Stage.SIGNED, "2021-12-20", "us")).build(),
        "milestones",
        "Agreement \"draft\": milestones[1] is for \"us\", which is not a party of the agreement:"
            + " [ru]");
  }

  @Test
  void refusesNoMilestone() {
    assertRejected(
        () -> draft().milestones(List.of()).build(),
        "milestones",
        "Agreement \"draft\": milestones must list at least 1 milestone, but lists 0");
  }

  @Test
  void refusesNoParty() {
    assertRejected(
        () -> draft().parties(List.of()).build(),
        "parties",
        "Agreement \"draft\": parties must list at least 1 party, but lists 0");
  }

  @Test
  void refusesMilestonesOutOfOrder() {
    assertRejected(
        () -> draft().addMilestone(milestone(Stage.PROPOSED, "2021-12-01")).build(),
        "milestones",
        "Agreement \"draft\": milestones are out of order: milestones[1] (2021-12-01) is before milestones[0]"
            + " (2021-12-15)");
  }

  @Test
  void acceptsMilestonesOfMixedPrecisionThatMayBeInOrder() {
    Agreement agreement =
        draft()
            .addMilestone(milestone(Stage.PUBLISHED, "2021-12"))
            .addMilestone(milestone(Stage.AGREED, "2021-12-15T10:00Z"))
            .build();

    assertThat(agreement.milestones()).hasSize(3);
  }

  @Test
  void refusesABlankTitle() {
    assertRejected(
        () -> draft().title("").build(), "title", "Agreement \"draft\": title must not be blank");
  }
}
