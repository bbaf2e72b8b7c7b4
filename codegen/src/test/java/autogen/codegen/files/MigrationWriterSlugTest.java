package autogen.codegen.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** File names keep a message's letters: accents lose their marks, nothing becomes an underscore in a word. */
class MigrationWriterSlugTest {
    @Test
    void lettersKeepTheirBaseLetter() {
        assertEquals("fuge_spalte_hinzu", MigrationWriter.slug("Füge Spalte hinzu"));
        assertEquals("strasse_cafe_creme", MigrationWriter.slug("Straße: café crème"));
        assertEquals("add_users_table", MigrationWriter.slug("Add users table"));
        assertEquals("migration", MigrationWriter.slug("***"));
    }
}
