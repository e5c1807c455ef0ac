package dev.entente.formats.internal;

import dev.entente.Conversation;
import dev.entente.Dossier;
import dev.entente.DossierRecord;
import dev.entente.Leader;
import dev.entente.Party;
import dev.entente.Talks;
import dev.entente.Topic;
import dev.entente.Visit;
import dev.entente.internal.Spelling;
import java.util.List;

/**
 * The names the formats show for a dossier's records: a leader's or party's name, a topic's label,
 * and a title for each engagement made of them. Not part of the API: the package is not exported.
 */
public final class Names {
  private final Dossier dossier;

  /**
   * Names the records of a dossier.
   *
   * @param dossier the dossier
   */
  public Names(Dossier dossier) {
    this.dossier = dossier;
  }

  /**
   * Returns the name of a record: a leader's or party's name, a topic's label, else its id.
   *
   * @param id the record's id
   * @return its name
   */
  public String of(String id) {
    DossierRecord record = dossier.find(id).orElse(null);
    if (record instanceof Leader leader) {
      return leader.name();
    }
    if (record instanceof Party party) {
      return party.name();
    }
    return record instanceof Topic topic ? topic.label() : id;
  }

  /**
   * Returns the names of records, joined by commas.
   *
   * @param ids the records' ids
   * @return their names, such as {@code Vladimir Putin, Joe Biden}
   */
  public String of(List<String> ids) {
    return String.join(", ", ids.stream().map(this::of).toList());
  }

  /**
   * Returns the title of talks, a visit or a conversation: talks' own title, {@code State visit:
   * Emmanuel Macron to United States}, {@code Phone call: Vladimir Putin, Joe Biden}.
   *
   * @param engagement the record
   * @return its title
   */
  public String title(DossierRecord engagement) {
    if (engagement instanceof Talks talks) {
      return talks.title();
    }
    if (engagement instanceof Visit visit) {
      String kind = visit.kind().map(Names::words).orElse("Visit");
      return kind + ": " + of(visit.visitors()) + " to " + of(visit.host());
    }
    Conversation call = (Conversation) engagement;
    return words(call.mode()) + ": " + of(call.participants());
  }

  /**
   * Returns a constant in words, capitalised.
   *
   * @param constant the constant
   * @return its words, such as {@code State visit} for {@code STATE_VISIT}
   */
  public static String words(Enum<?> constant) {
    String words = Spelling.of(constant).replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
