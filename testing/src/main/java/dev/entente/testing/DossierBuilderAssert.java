package dev.entente.testing;

import dev.entente.Dossier;
import dev.entente.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the records collected in a {@link Dossier.Builder}: whether they make a valid
 * dossier, and which rules across records they break.
 *
 * <pre>{@code
 * assertThat(Dossier.builder().addAll(imported)).isValid();
 * assertThat(builder).hasProblems(Problem.Kind.UNKNOWN_REFERENCE);
 * }</pre>
 */
public class DossierBuilderAssert
    extends AbstractObjectAssert<DossierBuilderAssert, Dossier.Builder> {
  /**
   * Creates the assertion; {@link EntenteAssertions#assertThat(Dossier.Builder)} is the usual way.
   *
   * @param actual the builder under test
   */
  public DossierBuilderAssert(Dossier.Builder actual) {
    super(actual, DossierBuilderAssert.class);
  }

  /**
   * Checks that the records make a valid dossier: {@link Dossier.Builder#build()} would succeed.
   * Warnings do not count; {@link #hasNoWarnings()} checks them.
   *
   * @return this assertion
   */
  public DossierBuilderAssert isValid() {
    List<Problem> errors = problems().stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      failWithMessage(
          "%nExpecting the records to make a valid dossier,%nbut they have %s errors:%n%s",
          errors.size(), lines(errors));
    }
    return myself;
  }

  /**
   * Checks that the records have no problem of {@linkplain Problem.Severity#WARNING warning}
   * severity.
   *
   * @return this assertion
   */
  public DossierBuilderAssert hasNoWarnings() {
    List<Problem> warnings = problems().stream().filter(p -> !p.isError()).toList();
    if (!warnings.isEmpty()) {
      failWithMessage(
          "%nExpecting the records to have no warnings,%nbut they have %s:%n%s",
          warnings.size(), lines(warnings));
    }
    return myself;
  }

  /**
   * Checks the kinds of problem the records have, exactly and in order.
   *
   * @param kinds the expected kinds, one per problem
   * @return this assertion
   */
  public DossierBuilderAssert hasProblems(Problem.Kind... kinds) {
    List<Problem> problems = problems();
    List<Problem.Kind> actualKinds = problems.stream().map(Problem::kind).toList();
    if (!actualKinds.equals(Arrays.asList(kinds))) {
      failWithMessage(
          "%nExpecting the records to have the problems %s,%nbut they have %s%s",
          Arrays.asList(kinds),
          problems.isEmpty() ? "none" : problems.size() + ":",
          problems.isEmpty() ? "" : System.lineSeparator() + lines(problems));
    }
    return myself;
  }

  /**
   * Checks that the records have a problem of a kind, in a record, at a field path.
   *
   * @param kind the kind of problem
   * @param recordId the id of the record it is in
   * @param path the field path, such as {@code participants[1]}
   * @return this assertion
   */
  public DossierBuilderAssert hasProblem(Problem.Kind kind, String recordId, String path) {
    List<Problem> problems = problems();
    boolean found =
        problems.stream()
            .anyMatch(
                p -> p.kind() == kind && p.recordId().equals(recordId) && p.path().equals(path));
    if (!found) {
      failWithMessage(
          "%nExpecting the records to have a problem %s in \"%s\" at %s,%nbut they have %s",
          kind,
          recordId,
          path,
          problems.isEmpty() ? "none" : System.lineSeparator() + lines(problems));
    }
    return myself;
  }

  private List<Problem> problems() {
    isNotNull();
    return actual.validate();
  }

  private static String lines(List<Problem> problems) {
    return problems.stream()
        .map(p -> "  " + p.kind() + " " + p)
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
