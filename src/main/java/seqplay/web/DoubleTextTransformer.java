package seqplay.web;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;

/**
 * A TeaVM compile step (pom.xml {@code <transformers>}, never run by the engine itself): in the browser builds
 * {@code Double.toString(double)} prints Python's {@code repr} through {@code seqplay.format.PyFloat}.
 *
 * <p>Why: the interpreter keeps Python floats as boxed {@code Double}s in {@code Object} values, so every
 * {@code String.valueOf(Object)}, string concatenation or {@code toString()} on such a value reaches
 * {@code Double.toString} in TeaVM's whole-program analysis, and with it TeaVM's {@code DoubleAnalyzer} and its
 * power-of-ten tables: about 12 KB of gzip in the worker's JavaScript (4%). Numbers a learner sees are formatted by
 * {@code seqplay.format} anyway (docs/architecture.md), and TeaVM's Java-style text differed from the JVM's already.
 *
 * <p>Example: {@code "" + (Object) 1e-5} is {@code "1.0E-5"} on the JVM and {@code "1e-05"} in the browser builds.
 */
public final class DoubleTextTransformer implements ClassHolderTransformer {
    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (!cls.getName().equals("java.lang.Double")) {
            return;
        }
        MethodHolder method = cls.getMethod(new MethodDescriptor("toString", ValueType.DOUBLE,
                ValueType.object("java.lang.String")));
        if (method == null) {
            throw new IllegalStateException("TeaVM's java.lang.Double has no toString(double) to replace");
        }
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        pe.invoke("seqplay.format.PyFloat", "repr", ValueType.object("java.lang.String"), pe.var(1, ValueType.DOUBLE))
                .returnValue();
    }
}
