package org.parolekit.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.OptionalLong;

/**
 * Tells how many bytes a thread has allocated so far, so a template that builds ever larger values
 * can be stopped long before the JVM runs out of memory. Empty where the JVM cannot tell (then only
 * the time limit and the output limit apply).
 */
final class AllocationMeter {
  private final com.sun.management.ThreadMXBean threads;

  AllocationMeter() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (bean instanceof com.sun.management.ThreadMXBean sun
        && sun.isThreadAllocatedMemorySupported()) {
      if (!sun.isThreadAllocatedMemoryEnabled()) {
        sun.setThreadAllocatedMemoryEnabled(true);
      }
      this.threads = sun;
    } else {
      this.threads = null;
    }
  }

  /** Bytes allocated by the thread since it started, or empty when unknown. */
  OptionalLong allocated(Thread thread) {
    if (threads == null || thread == null) {
      return OptionalLong.empty();
    }
    long bytes = threads.getThreadAllocatedBytes(thread.getId());
    return bytes < 0 ? OptionalLong.empty() : OptionalLong.of(bytes);
  }
}
