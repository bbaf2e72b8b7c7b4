package shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

@Entity
public class Tag {
    @Id
    @GeneratedValue
    Long id;
    @Size(max = 30)
    String label;
}
