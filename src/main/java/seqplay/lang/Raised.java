package seqplay.lang;

import seqplay.errors.PyException;
import seqplay.lang.syntax.Span;

/** A Python exception located at the expression or statement that raised it (internal to the interpreter). */
final class Raised extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final PyException error;
    final Span span;
    final Reports.Anchors anchors;
    final String[] hintArgs;
    final Throwable bug;

    Raised(PyException error, Span span, Reports.Anchors anchors, String... hintArgs) {
        super(error.getMessage(), null, false, false);
        this.error = error;
        this.span = span;
        this.anchors = anchors;
        this.hintArgs = hintArgs;
        this.bug = null;
    }

    Raised(Throwable bug, Span span) {
        super(String.valueOf(bug), null, false, false);
        this.error = null;
        this.span = span;
        this.anchors = null;
        this.hintArgs = new String[0];
        this.bug = bug;
    }
}
