package autogen.codegen.java;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a step's statements into parts small enough for javac. A method may hold 64 KiB of bytecode and a class
 * 65,535 constants; a first migration of a thousand tables needs more than both. Every statement is a call whose
 * arguments are literals, and each compiles to fewer bytes, and fewer constants, than its source has characters,
 * so a budget of source characters, half of the smaller limit, bounds both with room to spare.
 */
final class StepParts {
    static final int CHARACTER_BUDGET = 32_000;

    private StepParts() {
    }

    /** The statements in order, cut into consecutive parts of at most the budget (a longer statement alone). */
    static List<List<CodeBlock>> split(List<CodeBlock> statements) {
        List<List<CodeBlock>> parts = new ArrayList<>();
        List<CodeBlock> current = new ArrayList<>();
        int characters = 0;
        for (CodeBlock statement : statements) {
            int length = statement.toString().length();
            if (!current.isEmpty() && characters + length > CHARACTER_BUDGET) {
                parts.add(current);
                current = new ArrayList<>();
                characters = 0;
            }
            current.add(statement);
            characters += length;
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }
}
