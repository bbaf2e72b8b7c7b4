package autogen.model.matrix;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Element collections: basic values in a default table, embeddables in a named one, a map, an ordered list. */
@Entity
@Table(name = "libraries")
public class Library {
    @Id
    private Long id;

    @ElementCollection
    private Set<String> keywords = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "library_phones", joinColumns = @JoinColumn(name = "library_id"))
    private Set<Phone> phones = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "library_opening_hours")
    @MapKeyColumn(name = "weekday", length = 10)
    @Column(name = "hours", length = 20)
    private Map<String, String> openingHours = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "library_shelves")
    @OrderColumn(name = "position")
    private List<String> shelves = new ArrayList<>();
}
