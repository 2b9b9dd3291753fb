package seqplay.numpy.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import seqplay.backend.Session;
import seqplay.errors.PyException;
import seqplay.lang.Context;
import seqplay.lang.Output;
import seqplay.lang.runtime.Args;
import seqplay.lang.runtime.BuiltinTypes;
import seqplay.lang.runtime.Modules;
import seqplay.lang.runtime.Op;
import seqplay.lang.runtime.Py;
import seqplay.lang.runtime.PyList;
import seqplay.lang.runtime.PyModule;
import seqplay.lang.runtime.PySlice;
import seqplay.lang.runtime.PyTuple;

/**
 * {@code import numpy as np} through the interpreter's runtime API (attribute lookup, calls with keyword
 * arguments, operators, subscripts, str/repr), as a Python program reaches it.
 */
class NumpyModuleTest {
    private Context ctx;
    private PyModule np;

    @BeforeEach
    void importNumpy() {
        Modules modules = new Modules();
        NumpyModule.register(modules);
        ctx = new Context(Output.discard(), modules).seed(7);
        modules.attach(ctx);
        np = modules.load("numpy");
    }

    private Object call(Object target, String name, Object... args) {
        return Py.call(Py.getAttr(target, name), Args.of(args));
    }

    private Object call(Object target, String name, Args args) {
        return Py.call(Py.getAttr(target, name), args);
    }

    private static PyList list(Object... items) {
        return PyList.of(items);
    }

    private Object matrix() {
        return call(np, "array", list(list(1L, 2L), list(3L, 4L)));
    }

    private static void assertError(String expected, Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        assertEquals(expected, e.pythonLine());
    }

    @Test
    void arraysPrintAsNumpyAndExposeTheirAttributes() {
        Object x = matrix();
        assertEquals("[[1 2]\n [3 4]]", Py.str(x));
        assertEquals("array([[1, 2],\n       [3, 4]])", Py.repr(x));
        assertEquals("(2, 2)", Py.repr(Py.getAttr(x, "shape")));
        assertEquals(2L, Py.getAttr(x, "ndim"));
        assertEquals("int64", Py.str(Py.getAttr(x, "dtype")));
        assertEquals("dtype('int64')", Py.repr(Py.getAttr(x, "dtype")));
        assertTrue(Py.eq(Py.getAttr(x, "dtype"), "int64"));
        assertEquals("array([[1, 3],\n       [2, 4]])", Py.repr(Py.getAttr(x, "T")));
        assertEquals("<class 'numpy.float32'>", Py.repr(Py.getAttr(np, "float32")));
    }

    @Test
    void methodsTakeNumpysKeywordArguments() {
        Object x = call(np, "array", list(list(1.0, 2.0), list(3.0, 4.0)));
        assertEquals(2.5, call(x, "mean"));
        assertEquals("array([2., 3.])", Py.repr(call(x, "mean", Args.of().with("axis", 0L))));
        assertEquals("array([[3.],\n       [7.]])",
                Py.repr(call(x, "sum", Args.of().with("axis", 1L).with("keepdims", true))));
        assertEquals(3L, call(x, "argmax"));
        assertEquals("array([[1., 2., 3., 4.]])", Py.repr(call(x, "reshape", 1L, -1L)));
        assertEquals("array([1., 2., 3., 4.])", Py.repr(call(x, "reshape", PyTuple.of(4L))));
        assertEquals("array([[1, 2],\n       [3, 4]])", Py.repr(call(x, "astype", "int")));
        assertEquals("[[1.0, 2.0], [3.0, 4.0]]", Py.repr(call(x, "tolist")));
        assertError("TypeError: ndarray.mean() got an unexpected keyword argument 'axes'",
                () -> call(x, "mean", Args.of().with("axes", 0L)));
        assertError("AttributeError: 'ndarray' object has no attribute 'means'. Did you mean: 'mean'?",
                () -> Py.getAttr(x, "means"));
    }

    @Test
    void operatorsBroadcastAndKeepNumpysTypes() {
        Object x = matrix();
        assertEquals("array([[2, 4],\n       [6, 8]])", Py.repr(Py.binary(Op.MUL, x, 2L)));
        assertEquals("array([[0.5, 1. ],\n       [1.5, 2. ]])", Py.repr(Py.binary(Op.TRUEDIV, x, 2L)));
        assertEquals("array([[0, 1],\n       [2, 3]])", Py.repr(Py.binary(Op.SUB, x, 1L)));
        assertEquals("array([[11, 22],\n       [13, 24]])", Py.repr(Py.binary(Op.ADD, x, list(10L, 20L))));
        assertEquals("array([[ 7, 10],\n       [15, 22]])", Py.repr(Py.binary(Op.MATMUL, x, x)));
        assertEquals("array([[False,  True],\n       [ True,  True]])", Py.repr(Py.compare(Op.GT, x, 1L)));
        assertEquals("array([[-1, -2],\n       [-3, -4]])", Py.repr(Py.unary("-", x)));
        assertEquals("array([[9, 8],\n       [7, 6]])", Py.repr(Py.binary(Op.SUB, 10L, x)));
        assertError("ValueError: operands could not be broadcast together with shapes (2,2) (3,) ",
                () -> Py.binary(Op.ADD, x, list(1L, 2L, 3L)));
        assertError("ValueError: The truth value of an array with more than one element is ambiguous. "
                + "Use a.any() or a.all()", () -> Py.truthy(x));
    }

    @Test
    void arraysWithATextOperandCompareElementWiseAndFindNoUfuncLoop() {
        Object x = call(np, "array", list(1L, 2L));
        Object f = call(np, "array", list(0.5));
        assertEquals("array([False, False])", Py.repr(Py.compare(Op.EQ, x, "a")));
        assertEquals("array([ True,  True])", Py.repr(Py.compare(Op.NE, "a", x)));
        assertError("numpy._core._exceptions._UFuncNoLoopError: ufunc 'add' did not contain a loop with signature"
                + " matching types (dtype('int64'), dtype('<U1')) -> None", () -> Py.binary(Op.ADD, x, "a"));
        assertError("numpy._core._exceptions._UFuncNoLoopError: ufunc 'add' did not contain a loop with signature"
                + " matching types (dtype('<U2'), dtype('float64')) -> None", () -> Py.binary(Op.ADD, "한글", f));
        assertError("numpy._core._exceptions._UFuncNoLoopError: ufunc 'subtract' did not contain a loop with"
                + " signature matching types (dtype('float64'), dtype('<U1')) -> None",
                () -> Py.binary(Op.SUB, f, ""));
        assertError("numpy._core._exceptions._UFuncNoLoopError: ufunc 'multiply' did not contain a loop with"
                + " signature matching types (dtype('float64'), dtype('<U1')) -> None",
                () -> Py.binary(Op.MUL, f, "x"));
        assertError("TypeError: The 'out' kwarg is necessary when using the string multiply ufunc directly. Use"
                + " numpy.strings.multiply to multiply strings without specifying 'out'.",
                () -> Py.binary(Op.MUL, x, "x"));
        assertError("TypeError: ufunc 'divide' not supported for the input types, and the inputs could not be"
                + " safely coerced to any supported types according to the casting rule ''safe''",
                () -> Py.binary(Op.TRUEDIV, x, "x"));
        assertError("numpy._core._exceptions._UFuncNoLoopError: ufunc 'greater' did not contain a loop with"
                + " signature matching types (<class 'numpy.dtypes.Int64DType'>, <class 'numpy.dtypes.StrDType'>)"
                + " -> None", () -> Py.compare(Op.LT, "a", x));
    }

    @Test
    void clipNeedsBothBoundsAndStringDtypesAreRefusedByName() {
        Object x = call(np, "array", list(1L, 2L));
        assertError("TypeError: clip() missing 1 required positional argument: 'a_max'",
                () -> call(np, "clip", x, 5L));
        assertEquals("array([1, 1])", Py.repr(call(np, "clip", x, Py.NONE, 1L)));
        assertError("TypeError: numpy arrays of strings are not supported in the playground: dtype=str",
                () -> call(x, "astype", BuiltinTypes.STR));
        assertError("TypeError: numpy arrays of strings are not supported in the playground: dtype='U'",
                () -> call(x, "astype", "U"));
    }

    @Test
    void subscriptsReadAndWriteLikeNumpy() {
        Object x = call(np, "arange", 12L);
        x = call(x, "reshape", 3L, 4L);
        assertEquals("array([0, 4, 8])", Py.repr(Py.getItem(x, PyTuple.of(new PySlice(Py.NONE, Py.NONE, Py.NONE),
                0L))));
        assertEquals(6L, Py.getItem(x, PyTuple.of(1L, 2L)));
        Object mask = Py.compare(Op.GT, x, 9L);
        assertEquals("array([10, 11])", Py.repr(Py.getItem(x, mask)));
        Py.setItem(x, mask, 0L);
        assertEquals(0L, Py.getItem(x, PyTuple.of(2L, 3L)));
        Py.setItem(x, PyTuple.of(0L, 0L), 99L);
        assertEquals("array([99,  1,  2,  3])", Py.repr(Py.getItem(x, 0L)));
        assertEquals("array([[4, 5, 6, 7],\n       [8, 9, 0, 0]])",
                Py.repr(Py.getItem(x, list(1L, 2L))));
        assertEquals(3, Py.len(x));
        assertEquals("[99, 1, 2, 3]", Py.repr(new PyList(Py.toList(Py.getItem(x, 0L)))));
        Object fx = x;
        assertError("IndexError: index 3 is out of bounds for axis 0 with size 3", () -> Py.getItem(fx, 3L));
        assertError("IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer "
                + "or boolean arrays are valid indices", () -> Py.getItem(fx, 1.5));
    }

    @Test
    void moduleFunctionsCreateAndCombineArrays() {
        assertEquals("array([0.  , 0.25, 0.5 , 0.75, 1.  ])", Py.repr(call(np, "linspace", 0L, 1L, 5L)));
        assertEquals("array([[0., 0., 0.],\n       [0., 0., 0.]])", Py.repr(call(np, "zeros", PyTuple.of(2L, 3L))));
        assertEquals("array([1., 1.], dtype=float32)",
                Py.repr(call(np, "ones", Args.of(2L).with("dtype", Py.getAttr(np, "float32")))));
        assertEquals("array([0, 2, 4])", Py.repr(call(np, "arange", 0L, 6L, 2L)));
        assertEquals("array([0. , 0.5])", Py.repr(call(np, "arange", 0L, 1L, 0.5)));
        Object a = call(np, "array", list(1L, 2L));
        assertEquals("array([[1, 2],\n       [1, 2]])", Py.repr(call(np, "vstack", list(a, a))));
        assertEquals("array([1, 2, 1, 2])", Py.repr(call(np, "concatenate", PyTuple.of(a, a))));
        PyTuple uc = (PyTuple) call(np, "unique", Args.of(list(3L, 1L, 3L)).with("return_counts", true));
        assertEquals("(array([1, 3]), array([1, 2]))", Py.repr(uc));
        assertEquals("(array([1]),)", Py.repr(call(np, "where", Py.compare(Op.GT, a, 1L))));
        assertEquals("array([0, 2])", Py.repr(call(np, "where", Py.compare(Op.GT, a, 1L), a, 0L)));
        assertEquals(1.5, call(np, "mean", a));
        assertEquals("array([1.        , 1.41421356])", Py.repr(call(np, "sqrt", a)));
        assertEquals(2.0, call(np, "sqrt", 4L));
        assertEquals(3.14, call(np, "round", 3.14159, 2L));
        assertEquals("array([2, 2])", Py.repr(call(np, "clip", a, 2L, 5L)));
        assertEquals(5L, call(np, "dot", a, a));
    }

    @Test
    void float32ScalarsPrintWithFloat32Digits() {
        Object p = call(np, "array", Args.of(list(0.53087276)).with("dtype", "float32"));
        Object v = Py.getItem(p, 0L);
        assertEquals("0.53087276", Py.str(v));
        assertEquals("np.float32(0.53087276)", Py.repr(v));
        assertEquals("0.5309", Py.format(v, ".4f"));
        assertEquals("np.float32(1.0617455)", Py.repr(Py.binary(Op.MUL, v, 2L)));
        assertEquals(0.5308727622032166, Builtin.toFloat(v));
    }

    @Test
    void randomModuleDrawsFromTheRunSession() {
        PyModule random = (PyModule) Py.getAttr(np, "random");
        assertSame(random, ctx.modules().load("numpy.random"));
        call(random, "seed", 42L);
        Object a = call(random, "rand", 2L, 3L);
        call(random, "seed", 42L);
        Object b = call(random, "rand", 2L, 3L);
        assertEquals(Py.repr(a), Py.repr(b));
        assertEquals("(2, 3)", Py.repr(Py.getAttr(a, "shape")));
        assertTrue(call(random, "rand") instanceof Double);
        Object r = call(random, "randint", Args.of(0L, 10L).with("size", 5L));
        assertEquals("int64", Py.str(Py.getAttr(r, "dtype")));
        Session session = ctx.state(Session.class, Session::new);
        session.setRandomSeed(42);
        Object c = call(random, "rand", 2L, 3L);
        assertEquals(Py.repr(a), Py.repr(c));
        Object perm = call(random, "permutation", 5L);
        assertEquals("array([0, 1, 2, 3, 4])", Py.repr(call(np, "sort", perm)));
        assertError("ValueError: Cannot take a larger sample than population when 'replace=False'",
                () -> call(random, "choice", Args.of(3L, 5L).with("replace", false)));
    }

    /** Python's {@code float(x)} through the value's protocol, as the builtin calls it. */
    static final class Builtin {
        static Object toFloat(Object v) {
            return ((seqplay.lang.runtime.PyObject) v).unaryOp("float");
        }
    }
}
