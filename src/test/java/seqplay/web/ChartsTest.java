package seqplay.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.backend.Session;
import seqplay.layers.Dense;
import seqplay.layers.Input;
import seqplay.models.Sequential;
import seqplay.tensor.Tensor;
import seqplay.testing.Doubles;
import seqplay.training.LossSpec;

class ChartsTest {
    /** y = w·x + b with constant weights: predictions are checkable by hand. */
    private static Sequential line(int features, double w, double b) {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {features}, null));
        m.add(new Dense(s.uniqueName("dense"), 1, Doubles.IDENTITY, true, Doubles.constant(w), Doubles.constant(b)));
        m.compile(Doubles.sgd(0.1), LossSpec.of(Doubles.MSE), List.of(), List.of());
        return m;
    }

    @Test
    void theFittedEquationOfOneLinearNeuronReadsLikeAlgebra() {
        assertEquals("y = 3.0000x + 2.0000", Charts.equation(line(1, 3, 2)));
        assertEquals("y = -0.5000x1 - 0.5000x2 - 1.2500", Charts.equation(line(2, -0.5, -1.25)));
    }

    @Test
    void aModelWithAHiddenLayerHasNoEquation() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {1}, null));
        m.add(new Dense(s.uniqueName("dense"), 2, Doubles.IDENTITY, true, Doubles.constant(1), Doubles.constant(0)));
        m.add(new Dense(s.uniqueName("dense"), 1, Doubles.IDENTITY, true, Doubles.constant(1), Doubles.constant(0)));
        assertNull(Charts.equation(m));
    }

    @Test
    void rSquaredIsOneMinusResidualOverTotalSumOfSquares() {
        // y = [1, 2, 3], mean 2, SS_tot = 2; predictions [1, 2, 4]: SS_res = 1 → R² = 0.5
        Tensor y = Tensor.matrix(3, 1, new double[] {1, 2, 3});
        Tensor p = Tensor.matrix(3, 1, new double[] {1, 2, 4});
        assertEquals(0.5, Charts.r2(y, p));
    }

    @Test
    void regressionChartCarriesPointsTheCurveAndTheEquationAsArrays() {
        EventQueue q = new EventQueue();
        Charts.regression(q, line(1, 3, 2), Tensor.matrix(3, 1, new double[] {0, 1, 2}),
                Tensor.matrix(3, 1, new double[] {2, 5, 9}));
        String json = q.take();
        // predictions [2, 5, 8] against [2, 5, 9]: SS_res = 1, mean 16/3, SS_tot = 74/3 → R² = 1 - 3/74 = 71/74
        assertEquals(71.0 / 74, 0.9594594594594594);
        assertEquals("[{\"type\":\"chart\",\"kind\":\"regression\",\"features\":1,\"y\":{\"$array\":0},"
                + "\"predicted\":{\"$array\":1},\"x\":{\"$array\":2},\"curveX\":{\"$array\":3},"
                + "\"curveY\":{\"$array\":4},\"xLabel\":\"x\",\"yLabel\":\"y\",\"r2\":0.9594594594594594,"
                + "\"equation\":\"y = 3.0000x + 2.0000\"}]", json);
        assertArrayEquals(new double[] {2, 5, 8}, q.takeArray(1));
        double[] curveX = q.takeArray(3);
        double[] curveY = q.takeArray(4);
        assertEquals(Charts.CURVE, curveX.length);
        assertEquals(2.0, curveX[Charts.CURVE - 1]);
        assertEquals(8.0, curveY[Charts.CURVE - 1]);
    }

    @Test
    void confusionMatrixCountsTrueClassesByRowAndPredictedByColumn() {
        EventQueue q = new EventQueue();
        Tensor oneHot = Tensor.matrix(4, 3, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1});
        Tensor pred = Tensor.matrix(4, 3, new double[] {.8, .1, .1, .2, .7, .1, .3, .4, .3, .1, .1, .8});
        Charts.confusion(q, oneHot, pred);
        assertEquals("[{\"type\":\"chart\",\"kind\":\"confusion\",\"labels\":[0,1,2],"
                + "\"matrix\":[[1,0,0],[0,1,0],[0,1,1]]}]", q.take());
    }

    @Test
    void aSigmoidOutputPredictsClassOneOnlyAboveOneHalf() {
        Tensor p = Tensor.matrix(3, 1, new double[] {0.5, 0.51, 0.2});
        assertArrayEquals(new int[] {0, 1, 0}, Charts.predictedClasses(p));
    }

    @Test
    void boundaryGridCoversTheDataWithAMarginAndHoldsOneProbabilityPerCell() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {2}, null));
        m.add(new Dense(s.uniqueName("dense"), 1, Doubles.IDENTITY, true, Doubles.constant(0.25), Doubles.constant(0)));
        EventQueue q = new EventQueue();
        Charts.boundary(q, m, Tensor.matrix(2, 2, new double[] {0, 0, 10, 20}), Tensor.matrix(2, 1, new double[] {0, 1}));
        String json = q.take();
        assertEquals("[{\"type\":\"chart\",\"kind\":\"boundary\",\"res\":40,\"xmin\":-1.000000001,\"xmax\":11.000000001,"
                + "\"ymin\":-2.000000001,\"ymax\":22.000000001,\"classes\":2,\"grid\":{\"$array\":0},"
                + "\"points\":{\"$array\":1},\"labels\":{\"$array\":2},\"xLabel\":\"x[:, 0]\","
                + "\"summary\":\"2 points, 2 classes\"}]", json);
        double[] grid = q.takeArray(0);
        assertEquals(Charts.GRID * Charts.GRID, grid.length);
        // the last cell is (xmax, ymax): 0.25 · (11 + 22) rounded to float32 as predict returns it
        assertEquals((double) (float) (0.25 * (11.000000001 + 22.000000001)), grid[grid.length - 1]);
        assertArrayEquals(new double[] {0, 1}, q.takeArray(2));
    }

    @Test
    void weightsTravelAsKernelAndBiasArraysPerDenseLayer() {
        EventQueue q = new EventQueue();
        Charts.weights(q, line(2, 0.5, 1));
        assertEquals("[{\"type\":\"weights\",\"layers\":[{\"index\":0,\"rows\":2,\"cols\":1,"
                + "\"kernel\":{\"$array\":0},\"bias\":{\"$array\":1}}]}]", q.take());
        assertArrayEquals(new double[] {0.5, 0.5}, q.takeArray(0));
        assertArrayEquals(new double[] {1}, q.takeArray(1));
    }
}
