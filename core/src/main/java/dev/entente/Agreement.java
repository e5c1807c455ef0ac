package dev.entente;

import dev.entente.internal.Declaration;
import dev.entente.internal.Declarations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What parties committed to, formal or not: an agreement in principle, a commitment, a draft
 * treaty, up to a signed treaty. Its life is a list of dated {@link Milestone}s, and its {@link
 * #status()} follows from them.
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
 * milestone lies wholly before the one listed ahead of it.
 */
@Value.Immutable
public abstract non-sealed class Agreement extends DossierRecord {
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

  /**
   * Returns the stage the agreement has reached, following its milestones in order: the furthest
   * stage reached up to {@link Stage#IN_FORCE}, unless a later milestone {@linkplain
   * Stage#SUSPENDED suspended} or {@linkplain Stage#WITHDRAWN withdrew} it; after such a milestone,
   * the stages that follow count again from there.
   *
   * @return the status
   */
  public Stage status() {
    Stage status = milestones().get(0).stage();
    for (Milestone milestone : milestones().subList(1, milestones().size())) {
      status = status.then(milestone.stage());
    }
    return status;
  }

  @Override
  public final RecordKind recordKind() {
    return RecordKind.AGREEMENT;
  }

  @Value.Check
  final void check() {
    Invariants check = checkFields();
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
