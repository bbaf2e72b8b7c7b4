/**
 * Entities whose sequence generator is declared on the package (JPA 3.2): autogen must read the package's own
 * package-info rather than the empty one it supplies to packages without one.
 */
@SequenceGenerator(name = "shared", sequenceName = "packaged_seq", initialValue = 3, allocationSize = 7)
package autogen.model.packaged;

import jakarta.persistence.SequenceGenerator;
