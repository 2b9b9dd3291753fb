package seqplay.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void printsArithmetic() {
        Run r = Run.of("x = 3\ny = x * 2 + 1\nprint(x, y, x / 2, 7 // 2, -7 % 3, 2 ** 10, 0.1 + 0.2)\n"
                + "for i in range(3):\n    print(i, end=' ')\nprint()\nprint([1, 2.5, 'a', None, True], (1,), {'k': [1]})\n"
                + "print(f'{x:.4f} {y!r} {\"q\"}')\nmodle = 1\nprint(model)\n");
        System.out.println(r.all());
    }
}
