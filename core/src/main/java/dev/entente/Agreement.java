package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import dev.entente.internal.Spelling;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What parties committed to, formal or not: an agreement in principle, a commitment, a draft
 * treaty, up to a signed treaty. Its life is a list of dated {@link Milestone}s, each for all its
 * parties or for some (one party's ratification), and its {@link #status()}, and its {@link
 * #statusFor(String) status for each party}, follow from them.
 *
 * <pre>{@code
 * Agreement negotiations = Agreement.builder()
 *     .id("agreement-2021-12-07")
 *     .kind(AgreementKind.AGREEMENT_IN_PRINCIPLE)
 *     .title("Negotiations on legal guarantees for Russia's security")
 *     .addParties("ru", "us")
 *     .addMilestone(Milestone.builder()
 *         .stage(Stage.AGREED).when(TimePoint.parse("2021-12-07"))
 *         .addBy("putin", "biden").occasion("video-call-2021-12-07")
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Rules: at least one party and one milestone; milestones are listed in time order, so that no
 * milestone lies wholly before the one listed ahead of it; a milestone for some parties only names
 * parties of the agreement.
 */
@Value.Immutable
public abstract non-sealed class Agreement extends DossierRecord implements Stances {
  Agreement() {}

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Agreement}. Each setter sets the field of the same name, and the accessor its
   * javadoc links to states the field's rule. A field read as an {@code Optional}, a {@code List}
   * or a {@code Map} may be left out; every other must be set (a setter takes {@code null}, and
   * {@link #build()} then reports the field as missing). {@link #build()} checks every field's rule
   * and the agreement's rules, and names the field that breaks one.
   */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}

    /**
     * Sets every field from an agreement, to build a changed copy of it: lists are added to what
     * this builder holds.
     *
     * @param agreement the agreement to copy
     * @return this builder
     */
    public Builder from(Agreement agreement) {
      Declarations.AGREEMENT.copy(agreement, this);
      return this;
    }

    /**
     * Builds the agreement from what was set.
     *
     * @return the agreement
     * @throws InvalidRecordException if a required field is not set or a rule is broken; the
     *     message names the field
     */
    @Override
    public Agreement build() {
      return super.build();
    }
  }

  /**
   * Returns what kind of commitment this is.
   *
   * @return the kind
   */
  public abstract AgreementKind kind();

  /**
   * Returns a short title people read.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns what was committed to, in the source's words.
   *
   * @return the terms, not blank, or empty
   */
  public abstract Optional<String> terms();

  /**
   * Returns the ids of the parties it binds or would bind.
   *
   * @return at least one party id, distinct
   */
  public abstract List<String> parties();

  /**
   * Returns the ids of the topics it concerns.
   *
   * @return topic ids, distinct
   */
  public abstract List<String> topics();

  /**
   * Returns its milestones, in time order.
   *
   * @return at least one milestone
   */
  public abstract List<Milestone> milestones();

  @Override
  public abstract List<Position> positions();

  @Override
  public abstract List<Characterisation> characterisations();

  /**
   * Returns the stage the agreement has reached for a party, following in order the milestones for
   * that party (those that name it among their {@linkplain Milestone#parties() parties}, and those
   * that name none, which are for all): the furthest stage reached up to {@link Stage#IN_FORCE},
   * unless a later milestone {@linkplain Stage#SUSPENDED suspended} or {@linkplain Stage#WITHDRAWN
   * withdrew} it; after such a milestone, the stages that follow count again from there. A treaty
   * suspended by one party stays in force for the others.
   *
   * @param partyId one of the agreement's parties
   * @return the status for that party; {@link Stage#PROPOSED} if no milestone is for it yet
   * @throws IllegalArgumentException if the party is not one of the agreement's
   */
  public Stage statusFor(String partyId) {
    Objects.requireNonNull(partyId, "partyId");
    if (!parties().contains(partyId)) {
      throw new IllegalArgumentException(
          "\"" + partyId + "\" is not a party of agreement \"" + id() + "\": " + parties());
    }
    Stage status = null;
    for (Milestone milestone : milestones()) {
      if (milestone.isFor(partyId)) {
        status = status == null ? milestone.stage() : status.then(milestone.stage());
      }
    }
    return status == null ? Stage.PROPOSED : status;
  }

  /**
   * Returns the stage the agreement has reached for every party: the least advanced of the parties'
   * {@linkplain #statusFor(String) statuses}, in the order of {@link Stage}. When every milestone
   * is for all parties, that is each party's status; a treaty ratified by one party and signed by
   * the other stands at signed; one in force for both and suspended by one is in force.
   *
   * @return the status
   */
  public Stage status() {
    Stage least = null;
    for (String party : parties()) {
      Stage status = statusFor(party);
      if (least == null || status.compareTo(least) < 0) {
        least = status;
      }
    }
    return Objects.requireNonNull(least);
  }

  @Override
  public final RecordKind recordKind() {
    return RecordKind.AGREEMENT;
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
    for (String party : parties()) {
      checkNoSignatureAfterConsent(check, party);
    }
    for (int i = 0; i < milestones().size(); i++) {
      for (String party : milestones().get(i).parties()) {
        if (!parties().contains(party)) {
          throw check.fail(
              "milestones",
              "milestones["
                  + i
                  + "] is for \""
                  + party
                  + "\", which is not a party of the agreement: "
                  + parties());
        }
      }
    }
    for (int i = 1; i < milestones().size(); i++) {
      TimePoint earlier = milestones().get(i - 1).when();
      TimePoint later = milestones().get(i).when();
      if (later.isWhollyBefore(earlier)) {
        throw check.fail(
            "milestones",
            "milestones are out of order: milestones["
                + i
                + "] ("
                + later
                + ") is before milestones["
                + (i - 1)
                + "] ("
                + earlier
                + ")");
      }
    }
  }

  /** No milestone for a party signs after its consent to be bound, unless it ended its part. */
  private void checkNoSignatureAfterConsent(Invariants check, String party) {
    int consent = -1;
    for (int i = 0; i < milestones().size(); i++) {
      Milestone milestone = milestones().get(i);
      if (!milestone.isFor(party)) {
        continue;
      }
      Stage stage = milestone.stage();
      if (stage == Stage.SIGNED && consent >= 0) {
        throw check.fail(
            "milestones",
            "milestones["
                + i
                + "] signs for \""
                + party
                + "\" after its consent to be bound at milestones["
                + consent
                + "] ("
                + Spelling.of(milestones().get(consent).stage())
                + "): a party signs before it consents, unless it withdrew or denounced in between");
      }
      if (stage.isConsentToBeBound()) {
        consent = i;
      } else if (stage.ends()) {
        consent = -1;
      }
    }
  }

  @Override
  final void addTimelineEntries(List<TimelineEntry> timeline) {
    for (int i = 0; i < milestones().size(); i++) {
      timeline.add(TimelineEntry.of(this, i));
    }
  }

  @Override
  final Declaration<?, ?> declaration() {
    return Declarations.AGREEMENT;
  }
}
