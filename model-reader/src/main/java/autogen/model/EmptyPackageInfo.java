package autogen.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The class file of an empty {@code package-info}: what javac writes for a {@code package-info.java} that holds
 * no annotations. Hibernate's boot looks for the package-info of an entity's package several times per entity
 * (for package-level generators, soft-delete, temporal and audit settings) and remembers only what it found: when
 * a package has none, each look is a failed search of every class path entry, jar by jar, and an exception. At
 * 5,000 entities that was a tenth of the boot. Defining an empty one answers the first look, and Hibernate keeps
 * the answer; an empty package-info carries no settings, so the model is the one Hibernate reads without it.
 */
final class EmptyPackageInfo {
    /** The simple name javac gives the class of a package's {@code package-info.java}. */
    static final String SIMPLE_NAME = "package-info";

    // Java 8's class file version: old enough for every JVM autogen runs on; the class has no code to verify.
    private static final int MAJOR_VERSION = 52;
    // What javac sets on a package-info: interface, abstract, synthetic.
    private static final int ACCESS_FLAGS = 0x0200 | 0x0400 | 0x1000;
    private static final int CONSTANT_UTF8 = 1;
    private static final int CONSTANT_CLASS = 7;

    private EmptyPackageInfo() {
    }

    /** The binary name of {@code packageName}'s package-info class. */
    static String className(String packageName) {
        return packageName + "." + SIMPLE_NAME;
    }

    /** The class file of an empty package-info of {@code packageName}. */
    static byte[] classFile(String packageName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(MAJOR_VERSION);
            // The constant pool: #1 this class, named by #2; #3 its superclass, Object, named by #4.
            out.writeShort(5);
            out.writeByte(CONSTANT_CLASS);
            out.writeShort(2);
            out.writeByte(CONSTANT_UTF8);
            out.writeUTF(className(packageName).replace('.', '/'));
            out.writeByte(CONSTANT_CLASS);
            out.writeShort(4);
            out.writeByte(CONSTANT_UTF8);
            out.writeUTF("java/lang/Object");
            out.writeShort(ACCESS_FLAGS);
            out.writeShort(1);
            out.writeShort(3);
            out.writeShort(0); // interfaces
            out.writeShort(0); // fields
            out.writeShort(0); // methods
            out.writeShort(0); // attributes
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }
}
