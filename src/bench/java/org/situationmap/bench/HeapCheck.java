package org.situationmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import org.situationmap.io.LayerFormats;
import org.situationmap.io.ReadResult;
import org.situationmap.layer.Layer;
import org.situationmap.timeline.TimelineIndex;

/**
 * The scale budget: reads a layer and indexes it, then prints the heap used after a full GC. Run
 * with {@code -Xmx1g} on the 100k-place / 1M-note layer (see docs/performance.md).
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) throws Exception {
    Path file = args.length > 0 ? Path.of(args[0]) : BenchData.layer(100_000);
    long start = System.nanoTime();
    ReadResult result = LayerFormats.standard().read(file);
    long read = System.nanoTime();
    TimelineIndex index = Layer.of(file, result).index();
    long indexed = System.nanoTime();
    long notes = index.places().stream().mapToLong(p -> p.notes().size()).sum();
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    System.out.printf(
        "%s: %d places, %d notes; read %.1f s, index %.1f s; heap used after GC %d MiB of max %d"
            + " MiB%n",
        file,
        index.size(),
        notes,
        (read - start) / 1e9,
        (indexed - read) / 1e9,
        heap.getUsed() >> 20,
        heap.getMax() >> 20);
  }
}
