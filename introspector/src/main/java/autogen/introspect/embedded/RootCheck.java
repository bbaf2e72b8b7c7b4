package autogen.introspect.embedded;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.util.Optional;

/** Decides up front whether PostgreSQL can run under the current user, so the failure is one clear line. */
final class RootCheck {
    static final String REFUSED = "PostgreSQL refuses to run as root and user namespaces (unshare -U) are not"
            + " available here: run autogen as a non-root user, or point it at a database with --db or DATABASE_URL";

    private RootCheck() {
    }

    /** The reason the server cannot start, if running as root without the user namespace zonky falls back to. */
    static Optional<String> refusal(boolean root, boolean unshareAvailable) {
        return root && !unshareAvailable ? Optional.of(REFUSED) : Optional.empty();
    }

    static Optional<String> refusal() {
        return refusal(isRoot(), LinuxUtils.isUnshareAvailable());
    }

    static boolean isRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (LinkageError notUnix) {
            // UnixSystem only exists on Unix-like JDKs; elsewhere there is no root to refuse.
            return false;
        }
    }
}
