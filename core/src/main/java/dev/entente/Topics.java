package dev.entente;

import java.util.List;

/**
 * A ready vocabulary of topics, with stable slugs. Add the ones a dossier uses to it, or declare
 * topics of your own with {@link Topic#of(String, String)}.
 */
public final class Topics {
  /** Security guarantees: {@code security-guarantees}. */
  public static final Topic SECURITY_GUARANTEES =
      Topic.of("security-guarantees", "Security guarantees");

  /** NATO enlargement: {@code nato-enlargement}. */
  public static final Topic NATO_ENLARGEMENT = Topic.of("nato-enlargement", "NATO enlargement");

  /** Ukraine: {@code ukraine}. */
  public static final Topic UKRAINE = Topic.of("ukraine", "Ukraine");

  /** Cyber security: {@code cyber-security}. */
  public static final Topic CYBER_SECURITY = Topic.of("cyber-security", "Cyber security");

  /** The Iran nuclear deal: {@code iran-nuclear-deal}. */
  public static final Topic IRAN_NUCLEAR_DEAL = Topic.of("iran-nuclear-deal", "Iran nuclear deal");

  /** Bilateral relations: {@code bilateral-relations}. */
  public static final Topic BILATERAL_RELATIONS =
      Topic.of("bilateral-relations", "Bilateral relations");

  /** Arms control: {@code arms-control}. */
  public static final Topic ARMS_CONTROL = Topic.of("arms-control", "Arms control");

  private static final List<Topic> ALL =
      List.of(
          SECURITY_GUARANTEES,
          NATO_ENLARGEMENT,
          UKRAINE,
          CYBER_SECURITY,
          IRAN_NUCLEAR_DEAL,
          BILATERAL_RELATIONS,
          ARMS_CONTROL);

  private Topics() {}

  /**
   * Returns every topic of this vocabulary.
   *
   * @return the topics, in the order declared here
   */
  public static List<Topic> all() {
    return ALL;
  }
}
