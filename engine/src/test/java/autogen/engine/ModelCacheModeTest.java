package autogen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import autogen.runner.AutogenException;
import autogen.runner.Failure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelCacheModeTest {
    @Test
    void anUnknownModeIsBadInputNamingTheVariable() {
        AutogenException e = assertThrows(AutogenException.class,
                () -> DiffService.modelCache(Map.of("AUTOGEN_MODEL_CACHE", "off", "AUTOGEN_CACHE_DIR", "off")));
        assertEquals(Failure.BAD_INPUT, e.failure());
        assertEquals("AUTOGEN_MODEL_CACHE must be refresh or unset, not 'off'", e.getMessage());
    }
}
