package autogen.model.matrix;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** Many-to-many join tables, one named with its columns, one implicit; a unidirectional one-to-many. */
@Entity
@Table(name = "students")
public class Student {
    @Id
    private Long id;

    @ManyToMany
    @JoinTable(name = "enrollments", joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    private Set<Course> courses = new HashSet<>();

    @ManyToMany
    private Set<Course> favourites = new HashSet<>();

    @OneToMany
    @JoinTable(name = "student_mentors")
    private Set<Course> mentored = new HashSet<>();
}
