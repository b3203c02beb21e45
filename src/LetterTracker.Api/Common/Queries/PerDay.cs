using System.Linq.Expressions;

namespace LetterTracker.Api.Common.Queries;

/// <summary>
/// A query expression that depends on the day (whether a dispatch is overdue), built on the first
/// request of a day and shared by the rest: building one on every request (the expression nodes, the
/// overdue condition inlined) cost a page of a list more than EF's own lookup of its compiled query.
/// The day goes to the database as a parameter, so every day's expression is the same query to EF.
/// </summary>
public sealed class PerDay<TDelegate>(Func<DateOnly, Expression<TDelegate>> build)
{
    private sealed record Built(DateOnly Day, Expression<TDelegate> Expression);

    // Replaced whole, never changed: a request reads one day's expression or the next day's.
    private volatile Built? built;

    public Expression<TDelegate> On(DateOnly day)
    {
        var current = built;
        if (current is null || current.Day != day)
        {
            current = new Built(day, build(day));
            built = current;
        }

        return current.Expression;
    }
}
