using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LetterTracker.Data;

/// <summary>
/// An EF Core compiled query (EF.CompileAsyncQuery) for each model it runs against: a compiled query
/// refuses a model other than the one it was first run with, and a process can hold two (SQLite and
/// PostgreSQL, as the tests do). The app has one model, so this is one lookup on a weak table.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> compiled = [];

    public TQuery For(DbContext db) => compiled.GetValue(db.Model, _ => compile());
}
