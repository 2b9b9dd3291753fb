package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KerasProgramsTest {
    static Run run(String code) {
        return Run.of(code, Library.modules());
    }

    @Test
    void show() {
        for (String p : SeedPrograms.ALL) {
            Run r = run(p);
            System.out.println(r.all());
        }
    }
}
