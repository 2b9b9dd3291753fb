package seqplay.initializers;

import seqplay.errors.PyException;
import seqplay.format.PyRepr;
import seqplay.random.SeededRandom;
import seqplay.tensor.Tensor;

/**
 * {@code VarianceScaling(scale=1.0, mode='fan_in', distribution='truncated_normal', seed=None)} and the named
 * schemes built on it (K3 {@code keras/src/initializers/random_initializers.py}).
 *
 * <pre>
 * n       = fan_in | fan_out | (fan_in + fan_out) / 2, at least 1        (mode)
 * uniform:            U(−limit, limit),  limit  = sqrt(3 · scale / n)
 * truncated_normal:   N(0, stddev) cut at 2 stddev, stddev = sqrt(scale / n) / 0.87962566103423978
 * untruncated_normal: N(0, stddev),                 stddev = sqrt(scale / n)
 * </pre>
 * The constant 0.8796… is the standard deviation of a unit normal truncated at ±2, so the truncated values end
 * with standard deviation {@code sqrt(scale / n)}.
 *
 * <table>
 * <caption>Named schemes</caption>
 * <tr><td>glorot_uniform</td><td>scale 1, fan_avg, uniform: limit = sqrt(6 / (fan_in + fan_out)) (Dense's default)</td></tr>
 * <tr><td>glorot_normal</td><td>scale 1, fan_avg, truncated_normal</td></tr>
 * <tr><td>he_uniform / he_normal</td><td>scale 2, fan_in</td></tr>
 * <tr><td>lecun_uniform / lecun_normal</td><td>scale 1, fan_in</td></tr>
 * </table>
 *
 * <pre>{@code
 * keras.layers.Dense(8, activation='relu', kernel_initializer='he_normal')
 * }</pre>
 */
public final class VarianceScaling extends RandomInitializer {
    /** Standard deviation of a unit normal truncated to [−2, 2]. */
    public static final double TRUNCATION_STDDEV = 0.87962566103423978;

    private final String name;
    private final double scale;
    private final String mode;
    private final String distribution;

    private VarianceScaling(String name, double scale, String mode, String distribution, Long seed) {
        super(seed);
        this.name = name;
        this.scale = scale;
        this.mode = mode;
        this.distribution = distribution;
    }

    /**
     * {@code keras.initializers.VarianceScaling(scale, mode, distribution, seed)} with Keras' checks;
     * {@code distribution='normal'} means {@code truncated_normal}, and the distribution is case-insensitive.
     */
    public static VarianceScaling of(double scale, String mode, String distribution, Long seed) {
        if (scale <= 0.0) {
            throw PyException.valueError("Argument `scale` must be positive float. Received: scale="
                    + PyRepr.ofFloat(scale));
        }
        if (!"fan_in".equals(mode) && !"fan_out".equals(mode) && !"fan_avg".equals(mode)) {
            // Keras note: Keras prints a Python set here, whose order varies from run to run; this is one order.
            throw PyException.valueError("Invalid `mode` argument: " + mode
                    + ". Please use one of {'fan_in', 'fan_out', 'fan_avg'}");
        }
        String dist = distribution.toLowerCase(java.util.Locale.ROOT);
        if (dist.equals("normal")) {
            dist = "truncated_normal";
        }
        if (!dist.equals("uniform") && !dist.equals("truncated_normal") && !dist.equals("untruncated_normal")) {
            // Keras note: as above, one order of Keras' set; Keras really has no space after the period.
            throw PyException.valueError("Invalid `distribution` argument: " + dist
                    + ".Please use one of {'uniform', 'truncated_normal', 'untruncated_normal'}");
        }
        return new VarianceScaling("variance_scaling", scale, mode, dist, seed);
    }

    public static VarianceScaling glorotUniform(Long seed) {
        return new VarianceScaling("glorot_uniform", 1.0, "fan_avg", "uniform", seed);
    }

    public static VarianceScaling glorotNormal(Long seed) {
        return new VarianceScaling("glorot_normal", 1.0, "fan_avg", "truncated_normal", seed);
    }

    public static VarianceScaling heUniform(Long seed) {
        return new VarianceScaling("he_uniform", 2.0, "fan_in", "uniform", seed);
    }

    public static VarianceScaling heNormal(Long seed) {
        return new VarianceScaling("he_normal", 2.0, "fan_in", "truncated_normal", seed);
    }

    public static VarianceScaling lecunUniform(Long seed) {
        return new VarianceScaling("lecun_uniform", 1.0, "fan_in", "uniform", seed);
    }

    public static VarianceScaling lecunNormal(Long seed) {
        return new VarianceScaling("lecun_normal", 1.0, "fan_in", "truncated_normal", seed);
    }

    @Override
    public String name() {
        return name;
    }

    public double scale() {
        return scale;
    }

    public String mode() {
        return mode;
    }

    public String distribution() {
        return distribution;
    }

    /** Keras' {@code compute_fans}: {@code (fan_in, fan_out)} of a weight shape. */
    public static int[] computeFans(int[] shape) {
        if (shape.length < 1) {
            return new int[] {1, 1};
        }
        if (shape.length == 1) {
            return new int[] {shape[0], shape[0]};
        }
        if (shape.length == 2) {
            return new int[] {shape[0], shape[1]};
        }
        // Convolution kernels (..., input_depth, depth): the spatial size multiplies both fans.
        int receptive = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            receptive *= shape[i];
        }
        return new int[] {shape[shape.length - 2] * receptive, shape[shape.length - 1] * receptive};
    }

    /** The scale divided by the mode's fan (at least 1), as in Keras' {@code __call__}. */
    double scaledVariance(int[] shape) {
        int[] fans = computeFans(shape);
        double n;
        if (mode.equals("fan_in")) {
            n = Math.max(1.0, fans[0]);
        } else if (mode.equals("fan_out")) {
            n = Math.max(1.0, fans[1]);
        } else {
            n = Math.max(1.0, (fans[0] + fans[1]) / 2.0);
        }
        return scale / n;
    }

    /** The uniform limit or the normal standard deviation (before truncation) this shape gets. */
    public double spread(int[] shape) {
        double s = scaledVariance(shape);
        if (distribution.equals("uniform")) {
            return Math.sqrt(3.0 * s);
        }
        if (distribution.equals("truncated_normal")) {
            return Math.sqrt(s) / TRUNCATION_STDDEV;
        }
        return Math.sqrt(s);
    }

    @Override
    public void fill(double[] target, int[] shape, SeededRandom random) {
        SeededRandom rng = generator(random);
        double spread = spread(shape);
        int n = Tensor.sizeOf(shape);
        if (distribution.equals("uniform")) {
            for (int i = 0; i < n; i++) {
                target[i] = rng.uniform(-spread, spread);
            }
        } else if (distribution.equals("truncated_normal")) {
            for (int i = 0; i < n; i++) {
                target[i] = truncatedGaussian(rng) * spread;
            }
        } else {
            for (int i = 0; i < n; i++) {
                target[i] = rng.nextGaussian() * spread;
            }
        }
    }
}
