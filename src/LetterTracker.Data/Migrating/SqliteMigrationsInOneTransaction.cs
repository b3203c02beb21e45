using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace LetterTracker.Data.Migrating;

/// <summary>
/// SQLite's migration SQL without the `PRAGMA foreign_keys = 0` / `= 1` around each table rebuild.
/// SQLite ignores that pragma inside a transaction, so EF runs it outside one: it commits the migration
/// halfway, before and after the rebuild, and warns (20410) that a crash there leaves the migration
/// partly applied and not recorded (DispatchTracking rebuilds Dispatches). Here the pragmas go and
/// <see cref="DatabaseMigrator"/> turns foreign keys off for the whole run instead, outside any
/// transaction, so each migration, its rebuilds included, is one transaction again: applied whole or
/// not at all. Only for that migrator's context: anywhere foreign keys are on, a rebuild's DROP TABLE
/// would delete the rows that reference the table.
/// </summary>
public sealed class SqliteMigrationsInOneTransaction(
    MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    public override IReadOnlyList<MigrationCommand> Generate(
        IReadOnlyList<MigrationOperation> operations, IModel? model = null, MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default) =>
        [.. base.Generate(operations, model, options).Where(command => !(command.TransactionSuppressed && IsForeignKeysPragma(command.CommandText)))];

    private static bool IsForeignKeysPragma(string sql) =>
        sql.Trim() is "PRAGMA foreign_keys = 0;" or "PRAGMA foreign_keys = 1;";
}
