package shop;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

@Entity
public class Room {
    @Id
    @GeneratedValue
    Long id;
    @NotEmpty
    String roomNumber;
}
