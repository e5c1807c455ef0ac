package dev.entente;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a dossier would break rules across its records. It lists every problem found, not
 * only the first, so that one run shows everything to fix.
 */
public final class InvalidDossierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one
   * @throws IllegalArgumentException if the list is empty
   */
  InvalidDossierException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid dossier has at least one problem");
    }
    return "the dossier has "
        + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + ":"
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }

  /**
   * Returns every problem found, in the order of the records.
   *
   * @return the problems, at least one
   */
  public List<Problem> problems() {
    return problems;
  }
}
