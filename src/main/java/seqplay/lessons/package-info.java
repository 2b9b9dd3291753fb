/**
 * Lessons teachers write: {@code lessons/<NN-slug>/} folders read and validated ({@link seqplay.lessons.LessonFolder},
 * a strict {@link seqplay.lessons.Json} reader), their Markdown rendered safely ({@link seqplay.lessons.Markdown}),
 * turned into the site's lesson list ({@link seqplay.lessons.LessonsBuild}), and runs graded against their goals
 * and checks ({@link seqplay.lessons.Rubric}, {@link seqplay.lessons.RunLog}). The grading classes are plain Java
 * that TeaVM can compile for the worker; folder reading and the build step are JVM-only. Format: {@code docs/lessons.md}.
 */
package seqplay.lessons;
