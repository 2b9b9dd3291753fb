package seqplay.training;

/**
 * Where the progress bar gets the time from. The host passes one in: the JVM's nanoTime, the page's
 * performance.now(), or a scripted clock in tests (so the printed {@code 3s 28ms/step} is testable).
 */
@FunctionalInterface
public interface Clock {
    /** Seconds since an arbitrary origin. */
    double seconds();

    /** The platform's monotonic clock (System.nanoTime works in all three builds). */
    Clock SYSTEM = () -> System.nanoTime() / 1e9;
}
