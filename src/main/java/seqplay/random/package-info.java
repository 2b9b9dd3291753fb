/** The seeded random generator every random draw of a session goes through. */
package seqplay.random;
