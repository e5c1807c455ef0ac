package dev.entente.examples;

import dev.entente.Claim;
import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.FieldChange;
import dev.entente.MergeConflictException;
import dev.entente.MergePolicy;
import dev.entente.Party;
import dev.entente.PartyKind;
import dev.entente.RecordChange;
import dev.entente.Span;
import dev.entente.Statement;
import dev.entente.StatementKind;
import dev.entente.TimePoint;
import dev.entente.io.EntenteJson;
import dev.entente.testing.December2021;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two sources of the same events, merged: the December 2021 dossier, whose call of 30 December
 * starts at 15:35 EST as the White House gave it, and a second outlet's page that gave 13:35 for
 * the same call. A strict merge refuses the disagreement; keeping the first source's values and the
 * second's as claims holds both, each with its source, and writes them in the format.
 *
 * <p>The second source is made here from the first: the same records for the same people, and the
 * call as that page reported it, under the same ids, as an importer of that outlet would give them.
 */
public final class TwoSourcesOfOneCall {
  private static final String OUTLET = "second-outlet";
  private static final String PAGE = "second-outlet-page-2021-12-30";
  private static final Span AS_THE_PAGE_GAVE_IT =
      Span.of(TimePoint.parse("2021-12-30T13:35-05:00"));

  private TwoSourcesOfOneCall() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) {
    Dossier report = December2021.dossier();
    Dossier page = secondSource(report);
    Conversation first = callOf(report);
    Conversation second = callOf(page);
    out.printf("The call of 30 December 2021, from two sources:%n");
    out.printf("  %s, per %s%n", first.when(), String.join(", ", first.sources()));
    out.printf("  %s, per %s%n%n", second.when(), String.join(", ", second.sources()));

    try {
      report.merge(page);
    } catch (MergeConflictException e) {
      for (RecordChange conflict : e.conflicts()) {
        out.printf(
            "A strict merge refuses them: they disagree on %s in %s%n%n",
            conflict.id(),
            conflict.fields().stream().map(FieldChange::path).collect(Collectors.joining(", ")));
      }
    }

    Dossier both = report.merge(page, MergePolicy.KEEP_LEFT_AND_CLAIM_RIGHT);
    Conversation call = callOf(both);
    out.printf("Merged, keeping the first source's values:%n");
    out.printf("  when %s, per %s%n", call.when(), String.join(", ", call.sources()));
    for (Claim claim : call.claimsAbout("when")) {
      out.printf("  claim: when %s, per %s%n", claim.value(), claim.source());
    }
    out.printf("  %d disputed record(s) in %s%n%n", both.disputed().size(), both);
    out.printf(
        "In the format:%n%s%n", EntenteJson.builder().prettyPrint(true).build().writeString(call));
  }

  private static Conversation callOf(Dossier dossier) {
    return (Conversation) dossier.find(December2021.PHONE_CALL).orElseThrow();
  }

  /**
   * The second outlet's dossier: the call and what it refers to, as the first holds them, but the
   * call as its page reported it, resting on that page alone.
   */
  private static Dossier secondSource(Dossier report) {
    Conversation call = callOf(report);
    Dossier.Builder page = Dossier.builder();
    report.subDossier(Set.of(call.id())).records().stream()
        .filter(record -> !record.id().equals(call.id()))
        .forEach(page::add);
    return page.add(
            Party.builder().id(OUTLET).kind(PartyKind.NEWS_OUTLET).name("A second outlet").build())
        .add(
            Statement.builder()
                .id(PAGE)
                .kind(StatementKind.NEWS_REPORT)
                .by(OUTLET)
                .when(TimePoint.parse("2021-12-30"))
                .summary("The presidents spoke by phone from 13:35 EST.")
                .addAbout(call.id())
                .build())
        .add(
            Conversation.builder()
                .from(call)
                .when(AS_THE_PAGE_GAVE_IT)
                .sources(Set.of(PAGE))
                .build())
        .build();
  }
}
