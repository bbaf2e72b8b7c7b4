/** A small blog domain: the example entities autogen reads, and test input for the readers. */
package autogen.sample;
