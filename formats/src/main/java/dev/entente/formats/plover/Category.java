package dev.entente.formats.plover;

/**
 * The PLOVER event categories a record of the model can be, with their quad codes: 1 for verbal
 * cooperation, 3 for verbal conflict, 4 for material conflict (SANCTION's own section and the
 * manual's summary table put it there).
 */
enum Category {
  AGREE(1),
  CONSULT(1),
  SUPPORT(1),
  REJECT(3),
  SANCTION(4);

  private final int quadCode;

  Category(int quadCode) {
    this.quadCode = quadCode;
  }

  int quadCode() {
    return quadCode;
  }
}
