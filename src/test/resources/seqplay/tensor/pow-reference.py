# Writes pow-reference.txt: x, y and the correctly rounded x ** y (a 60-digit decimal power rounded once to a
# double), each as float.hex, for PrecisePowTest. CPython's ** (glibc's pow) is compared on every line; where it is
# not correctly rounded (exact ties such as 3.0 ** 34, which glibc rounds away from even) the table keeps the
# correct value and a comment line names the difference. Rerun: python3 pow-reference.py > pow-reference.txt
import decimal
import random

decimal.getcontext().prec = 60
rng = random.Random(20261128)


def exact(x, y):
    return float(decimal.Decimal(x) ** decimal.Decimal(y))


cases = [(3.7, 2.2), (2.0, 0.37), (10.0, -2.5), (1.0000001, 1e7), (0.1, 0.1), (2.0, 1023.5), (10.0, 308.2),
         (10.0, -307.5), (0.5, 3.0), (1.1, 50.0), (1.5, -7.0), (9.0, 1.0 / 3.0), (123456.789, 1.7),
         (0.999, 1234.5), (1e-5, 0.25), (7.0, 3.0), (2.5, 1.5), (1e300, 1.02), (1e-300, 1.02), (0.75, -2000.5),
         (262141.0, 3.0), (262143.0, 3.0), (131070.5, 3.0), (4095.0, 4.0), (1.25, 20.0), (3.0, 34.0), (3.0, 35.0)]
while len(cases) < 400:
    kind = len(cases) % 4
    x = 10 ** rng.uniform(-5, 5)
    if kind == 0:
        y = rng.uniform(-20, 20)
    elif kind == 1:
        y = float(rng.randint(-40, 40))  # integer exponents: numpy's power of a float array
    elif kind == 2:
        y = rng.randint(-80, 80) / 4
    else:
        x = rng.uniform(0.9, 1.1)
        y = rng.uniform(-3000, 3000)
    cases.append((x, y))

print("# x y x**y (float.hex), correctly rounded; CPython's ** (glibc pow) agrees except where a comment says")
for x, y in cases:
    r = exact(x, y)
    if x ** y != r:
        print("# CPython: %r ** %r == %r, correctly rounded %r" % (x, y, x ** y, r))
    print(x.hex(), y.hex(), r.hex())
