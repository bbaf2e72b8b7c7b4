package shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;
import java.util.List;

@Entity
public class BookShelf {
    @Id
    @GeneratedValue
    Long id;
    @NotBlank
    @Size(max = 40)
    String displayName;
    @NotNull
    Integer capacity;
    @Column(unique = true)
    String shelfCode;
    @ManyToOne
    Room homeRoom;
    @ManyToMany
    List<Tag> tags;
}
