package dev.entente.formats.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables the formats ship beside their classes: UTF-8, tab-separated, one row per line, a line
 * starting with {@code #} a note. Not part of the API: the package is not exported.
 */
public final class Tables {
  private Tables() {}

  /**
   * Returns the rows of a table shipped beside a class.
   *
   * @param beside the class the table lies beside
   * @param table the table's file name
   * @param columns how many columns each row has
   * @return the rows, in order, notes left out
   * @throws IllegalStateException if the table is missing or a row has another number of columns
   */
  public static List<String[]> rows(Class<?> beside, String table, int columns) {
    InputStream in = beside.getResourceAsStream(table);
    if (in == null) {
      throw new IllegalStateException(
          "the table " + table + " is missing beside " + beside.getSimpleName());
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(
              table + ":" + number + ": " + row.length + " columns, not " + columns);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
