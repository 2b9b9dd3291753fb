package seqplay.lang.syntax;

/**
 * A {@code SyntaxWarning} CPython prints when it compiles a program, before running it:
 * {@code lesson.py:3: SyntaxWarning: "is" with 'int' literal. Did you mean "=="?}.
 */
public record CompileWarning(int line, String message) {
}
