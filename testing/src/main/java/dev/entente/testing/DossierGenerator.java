package dev.entente.testing;

import dev.entente.Dossier;
import dev.entente.DossierRecord;
import java.util.List;
import java.util.function.Consumer;

/**
 * Seeded random generators of valid dossiers, for property-style tests: the same seed and size
 * always give the same dossier.
 *
 * <p>Generated dossiers hold every kind of record, every time precision, uncertain and approximate
 * dates and dates known only as a bound, and the edge values that break transformations: names in
 * many scripts, long texts with quotes, backslashes and line breaks, absent optional parts, the
 * same instant at different UTC offsets, threads of conversations, milestones on the occasion of a
 * conversation, rescheduled talks.
 *
 * <pre>{@code
 * Dossier dossier = DossierGenerator.withSeed(42).size(50).dossier();
 *
 * DossierGenerator.forEachDossier(1_000, 30, dossier ->
 *     assertThat(myTransformation(dossier)).isEqualTo(expectedFor(dossier)));
 * }</pre>
 */
public final class DossierGenerator {
  /**
   * The system property that sets the first seed of {@link #forEachDossier}, to rerun a failure.
   */
  public static final String SEED_PROPERTY = "entente.seed";

  private static final int DEFAULT_SIZE = 30;

  private final long seed;
  private final int size;

  private DossierGenerator(long seed, int size) {
    this.seed = seed;
    this.size = size;
  }

  /**
   * Returns a generator of dossiers of about 30 records from a seed.
   *
   * @param seed the seed
   * @return the generator
   */
  public static DossierGenerator withSeed(long seed) {
    return new DossierGenerator(seed, DEFAULT_SIZE);
  }

  /**
   * Returns a generator like this one, of dossiers of about this many records.
   *
   * @param records the approximate number of records, at least 10
   * @return the generator
   * @throws IllegalArgumentException if the size is below 10
   */
  public DossierGenerator size(int records) {
    if (records < 10) {
      throw new IllegalArgumentException(
          "a generated dossier holds at least 10 records, not " + records);
    }
    return new DossierGenerator(seed, records);
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Generates the dossier of this seed and size; the same seed and size always give the same one.
   *
   * @return a valid dossier
   */
  public Dossier dossier() {
    return new RandomDossier(seed, size).build();
  }

  /**
   * Generates the records of one type of this seed's dossier.
   *
   * @param <T> the record type
   * @param type the record type, such as {@code Conversation.class}
   * @return the records, valid and ordered by id, in a list that cannot be changed
   */
  public <T extends DossierRecord> List<T> records(Class<T> type) {
    return dossier().records().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Generates the records of this seed's dossier with defects planted, to test a path that checks
   * the rules across records: a participant whose only office is of a party no record is and held
   * only long before, a party as a participant of a conversation, a position stated by a leader who
   * does not take part, a milestone long before its occasion, the earliest conversation following
   * the latest where their starts are days apart, and a topic with a leader's id, added last.
   * {@link Dossier.Builder#validate()} lists at least one problem of every {@link
   * dev.entente.Problem.Kind}, but {@code THREAD_OUT_OF_ORDER} where no two conversations are days
   * apart.
   *
   * @return the records, in the dossier's order but for the topic added last
   */
  public List<DossierRecord> recordsWithDefects() {
    return PlantedDefects.in(dossier());
  }

  /**
   * Checks a property on generated dossiers, one for each of {@code count} seeds in a row. The
   * first seed is 1, or the value of the system property {@value #SEED_PROPERTY}. When the check
   * fails, the error names the seed and size, and how to generate that dossier again.
   *
   * @param count how many dossiers to check
   * @param size the approximate number of records of each, at least 10
   * @param check the property, which fails by throwing
   * @throws AssertionError naming the seed of the first dossier that fails the check
   */
  public static void forEachDossier(int count, int size, Consumer<Dossier> check) {
    long first = Long.getLong(SEED_PROPERTY, 1L);
    for (long seed = first; seed < first + count; seed++) {
      DossierGenerator generator = withSeed(seed).size(size);
      Dossier dossier = generator.dossier();
      try {
        check.accept(dossier);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "the check failed for the generated dossier of seed "
                + seed
                + " and size "
                + size
                + "; generate it again with DossierGenerator.withSeed("
                + seed
                + ").size("
                + size
                + ").dossier(),"
                + " or rerun from it with -D"
                + SEED_PROPERTY
                + "="
                + seed
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }
}
