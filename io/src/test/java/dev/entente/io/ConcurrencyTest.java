package dev.entente.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.Dossier;
import dev.entente.testing.DossierGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One facade shared by 8 threads gives the same bytes as when it is used by one. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int DOSSIERS_PER_THREAD = 25;

  @Test
  void eightThreadsReadingAndWritingDifferentDossiersGetTheBytesOfSequentialUse() throws Exception {
    EntenteJson shared = EntenteJson.builder().prettyPrint(true).build();
    List<Dossier> dossiers = new ArrayList<>();
    List<byte[]> sequential = new ArrayList<>();
    for (int i = 0; i < THREADS * DOSSIERS_PER_THREAD; i++) {
      Dossier dossier = DossierGenerator.withSeed(i).size(40).dossier();
      dossiers.add(dossier);
      sequential.add(shared.writeBytes(dossier));
    }

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<byte[]>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int first = t * DOSSIERS_PER_THREAD;
      results.add(
          threads.submit(
              () -> {
                start.await();
                List<byte[]> written = new ArrayList<>();
                for (int i = first; i < first + DOSSIERS_PER_THREAD; i++) {
                  byte[] bytes = shared.writeBytes(dossiers.get(i));
                  written.add(shared.writeBytes(shared.readDossier(bytes)));
                }
                return written;
              }));
    }
    start.countDown();
    threads.shutdown();
    assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

    for (int t = 0; t < THREADS; t++) {
      List<byte[]> written = results.get(t).get();
      for (int i = 0; i < DOSSIERS_PER_THREAD; i++) {
        assertThat(written.get(i)).isEqualTo(sequential.get(t * DOSSIERS_PER_THREAD + i));
      }
    }
  }
}
