package autogen.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import autogen.diff.op.AddColumn;
import autogen.diff.op.AddCheckConstraint;
import autogen.diff.op.AddForeignKey;
import autogen.diff.op.AddUniqueConstraint;
import autogen.diff.op.AlterColumn;
import autogen.diff.op.CreateIndex;
import autogen.diff.op.CreateTable;
import autogen.diff.op.CreateTrigger;
import autogen.diff.op.DropColumn;
import autogen.diff.op.DropForeignKey;
import autogen.diff.op.DropIndex;
import autogen.diff.op.DropTable;
import autogen.schema.CheckConstraint;
import autogen.schema.Column;
import autogen.schema.ForeignKey;
import autogen.schema.Identity;
import autogen.schema.Index;
import autogen.schema.PrimaryKey;
import autogen.schema.QualifiedName;
import autogen.schema.ReferentialAction;
import autogen.schema.Schema;
import autogen.schema.Table;
import autogen.schema.Trigger;
import autogen.schema.TriggerFunction;
import autogen.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The recording run's training plans the differences a real change meets, not only those of a schema in sync. */
class ArchiveTrainingTest {
    private static final QualifiedName USERS = QualifiedName.of("users");
    private static final QualifiedName POSTS = QualifiedName.of("posts");
    private static final QualifiedName TOUCH = QualifiedName.of("autogen_touch");

    @Test
    void plansTheOperationsOfAChangeInEveryWay() {
        Set<Class<?>> kinds = ArchiveTraining.exercise(blog());
        for (Class<?> kind : List.of(CreateTable.class, DropTable.class, AddColumn.class, DropColumn.class,
                AlterColumn.class, CreateIndex.class, DropIndex.class, AddForeignKey.class, DropForeignKey.class,
                AddUniqueConstraint.class, AddCheckConstraint.class, CreateTrigger.class)) {
            assertTrue(kinds.contains(kind), kind.getSimpleName() + " not planned: " + kinds);
        }
    }

    private static Schema blog() {
        Table users = new Table(USERS,
                List.of(new Column("id", "bigint", false, Optional.empty(), Identity.BY_DEFAULT),
                        new Column("email", "character varying(255)", false, Optional.empty(), Identity.NONE),
                        Column.of("age", "integer")),
                Optional.of(new PrimaryKey("pk_users", List.of("id"))), List.of(),
                List.of(new UniqueConstraint("uq_users_email", List.of("email"))), List.of(),
                List.of(new CheckConstraint("ck_users_age", "age >= 0")), Optional.empty(),
                List.of(new Trigger("autogen_touch_users", TOUCH)));
        Table posts = new Table(POSTS,
                List.of(new Column("id", "bigint", false, Optional.empty(), Identity.NONE),
                        Column.of("author_id", "bigint"), Column.of("title", "text")),
                Optional.of(new PrimaryKey("pk_posts", List.of("id"))),
                List.of(new ForeignKey("fk_posts_author_id_users", List.of("author_id"), USERS, List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                List.of(), List.of(new Index("ix_posts_title", List.of("title"), false)));
        return new Schema(List.of("public"), List.of(), List.of(posts, users), List.of(),
                List.of(new TriggerFunction(TOUCH, "BEGIN RETURN NEW; END")));
    }
}
