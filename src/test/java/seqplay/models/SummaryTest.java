package seqplay.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import seqplay.backend.Session;
import seqplay.layers.Dense;
import seqplay.layers.Input;
import seqplay.testing.Doubles;

/** The printouts below are copied from Keras 3.15 runs recorded in the Keras reference (spec §6.1). */
class SummaryTest {
    private static Dense dense(Session s, int units) {
        return new Dense(s.uniqueName("dense"), units, Doubles.IDENTITY, true, Doubles.constant(0),
                Doubles.constant(0));
    }

    @Test
    void twoLayerModelPrintsKerasTableByteForByte() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {4}, null));
        m.add(dense(s, 8));
        m.add(dense(s, 3));
        String expected = String.join("\n",
                "Model: \"sequential\"",
                "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━┓",
                "┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃",
                "┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━┩",
                "│ dense (Dense)                        │ (None, 8)                   │              40 │",
                "├──────────────────────────────────────┼─────────────────────────────┼─────────────────┤",
                "│ dense_1 (Dense)                      │ (None, 3)                   │              27 │",
                "└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘",
                " Total params: 67 (268.00 B)",
                " Trainable params: 67 (268.00 B)",
                " Non-trainable params: 0 (0.00 B)");
        assertEquals(expected, m.summary(Summary.DEFAULT_LINE_LENGTH));
    }

    @Test
    void largeModelUsesThousandsSeparatorsAndMegabytes() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {784}, null));
        m.add(dense(s, 512));
        m.add(dense(s, 10));
        List<Summary.Row> rows = Summary.rows(m);
        assertEquals("401,920", rows.get(0).params());
        assertEquals("5,130", rows.get(1).params());
        assertEquals(" Total params: 407,050 (1.55 MB)", Summary.totals(m).get(0));
    }

    @Test
    void eightyColumnTerminalHeaderMatchesKeras() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {4}, null));
        m.add(dense(s, 8));
        String[] lines = m.summary(76).split("\n");
        assertEquals("┃ Layer (type)                    ┃ Output Shape           ┃       Param # ┃", lines[2]);
    }

    @Test
    void modelWithoutInputShowsUnbuiltRows() {
        Session s = new Session();
        s.uniqueName("dense");
        s.uniqueName("dense");
        Sequential m = new Sequential(s);
        m.add(dense(s, 8));
        String row = m.summary(88).split("\n")[4];
        assertEquals("│ dense_2 (Dense)                      │ ?                           │     0 (unbuilt) │", row);
        assertEquals(" Total params: 0 (0.00 B)", Summary.totals(m).get(0));
    }

    @Test
    void optimizerParamsAppearOnceTheOptimizerIsBuilt() {
        Session s = new Session();
        Sequential m = new Sequential(s);
        m.add(new Input(new int[] {4}, null));
        m.add(dense(s, 2));
        // Adam keeps two slots per weight
        seqplay.optimizers.Optimizer adamLike = Doubles.sgd(0.0, 2);
        m.compile(adamLike, null, List.of(), List.of());
        assertEquals(3, Summary.totals(m).size(), "before fit: no optimizer line");
        adamLike.apply(m.variables());
        assertEquals(List.of(
                " Total params: 32 (132.00 B)",
                " Trainable params: 10 (40.00 B)",
                " Non-trainable params: 0 (0.00 B)",
                " Optimizer params: 22 (92.00 B)"), Summary.totals(m));
    }

    @Test
    void emptyModelPrintsHeaderAndClosingRule() {
        Sequential m = new Sequential(new Session());
        String[] lines = m.summary(88).split("\n");
        assertEquals(7, lines.length);
        assertEquals("└──────────────────────────────────────┴─────────────────────────────┴─────────────────┘", lines[3]);
        assertEquals(" Total params: 0 (0.00 B)", lines[4]);
    }

    @Test
    void readableSizeDividesBy1024AndRoundsHalfEven() {
        assertEquals("268.00 B", Summary.readableSize(268));
        assertEquals("1.00 KB", Summary.readableSize(1024));
        // 1152 B = 1.125 KB exactly: Python's format rounds half to even
        assertEquals("1.12 KB", Summary.readableSize(1152));
        assertEquals("1.55 MB", Summary.readableSize(407050 * 4));
    }

    @Test
    void longLayerNamesWrapInsideTheirCell() {
        assertEquals(List.of("a_really_long_layer_name_that_goes", "(Dense)"),
                Summary.wrap("a_really_long_layer_name_that_goes (Dense)", 36));
        assertEquals(List.of("abcd", "efgh", "ij"), Summary.wrap("abcdefghij", 4));
    }
}
