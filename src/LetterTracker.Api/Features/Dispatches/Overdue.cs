using System.Linq.Expressions;
using System.Reflection;
using LetterTracker.Data.Model;

namespace LetterTracker.Api.Features.Dispatches;

/// <summary>
/// "Overdue" is computed, never stored: a dispatch still awaiting a reply whose due date is before today.
/// Defined once, here; filters use <see cref="Is"/>, projections write <see cref="Of"/> and pass through
/// <see cref="Inline"/>, so the condition EF Core translates is the same everywhere.
/// </summary>
public static class Overdue
{
    /// <summary>Statuses in which a reply is still awaited.</summary>
    public static readonly DispatchStatus[] AwaitingReply = Data.Model.AwaitingReply.Statuses;

    private static readonly Expression<Func<Dispatch, DateOnly, bool>> Condition =
        AwaitingReplyAnd((d, today) => d.DueOn != null && d.DueOn < today);

    /// <summary>The same rows, dueOn tested through COALESCE: see <see cref="IsInIdOrder"/>.</summary>
    private static readonly Expression<Func<Dispatch, DateOnly, bool>> ConditionInIdOrder =
        AwaitingReplyAnd((d, today) => (d.DueOn ?? DateOnly.MaxValue) < today);

    /// <summary>
    /// dueOn &lt; today AND status IN ('Sent', 'Delivered', 'Acknowledged'), the statuses as constants in
    /// the order of <see cref="Data.Model.AwaitingReply"/>: EF Core writes the equalities as that IN list
    /// of literals, the very condition of the partial indexes the overdue list seeks (SQLite uses a
    /// partial index only when the query repeats its condition; an array would become parameters).
    /// </summary>
    private static Expression<Func<Dispatch, DateOnly, bool>> AwaitingReplyAnd(Expression<Func<Dispatch, DateOnly, bool>> due)
    {
        var status = Expression.Property(due.Parameters[0], nameof(Dispatch.Status));
        var awaiting = AwaitingReply.Select(s => (Expression)Expression.Equal(status, Expression.Constant(s))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Dispatch, DateOnly, bool>>(Expression.AndAlso(due.Body, awaiting), due.Parameters);
    }

    private static readonly MethodInfo OfMethod = typeof(Overdue).GetMethod(nameof(Of))!;

    /// <summary>The overdue condition as a query filter.</summary>
    public static Expression<Func<Dispatch, bool>> Is(DateOnly today) => Inline<Func<Dispatch, bool>>(d => Of(d, today));

    /// <summary>
    /// The overdue condition for a list read in id order. Its dueOn test is no index range, so SQLite
    /// walks IX_Dispatches_AwaitingReply_Id (or the per-recipient one) in id order and stops at the end
    /// of the page; with the range it would seek by dueOn and sort every overdue dispatch by id.
    /// </summary>
    public static Expression<Func<Dispatch, bool>> IsInIdOrder(DateOnly today) => WithToday(ConditionInIdOrder, today);

    /// <summary>Stands for the overdue condition inside an expression passed through <see cref="Inline"/>; never runs.</summary>
    public static bool Of(Dispatch dispatch, DateOnly today) =>
        throw new InvalidOperationException("Overdue.Of only marks the condition in an expression passed through Overdue.Inline.");

    /// <summary>The expression with each <see cref="Of"/> call replaced by the condition itself.</summary>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> expression) =>
        (Expression<TDelegate>)new Inliner().Visit(expression);

    /// <summary>The condition for one day; today goes to the database as a parameter.</summary>
    private static Expression<Func<Dispatch, bool>> WithToday(Expression<Func<Dispatch, DateOnly, bool>> condition, DateOnly today)
    {
        Expression<Func<DateOnly>> parameter = () => today;
        var body = new Substitution(new() { [condition.Parameters[1]] = parameter.Body }).Visit(condition.Body);
        return Expression.Lambda<Func<Dispatch, bool>>(body, condition.Parameters[0]);
    }

    /// <summary>Today's date in UTC, from the injectable clock.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != OfMethod)
            {
                return base.VisitMethodCall(node);
            }

            var arguments = new Dictionary<ParameterExpression, Expression>
            {
                [Condition.Parameters[0]] = Visit(node.Arguments[0]),
                [Condition.Parameters[1]] = Visit(node.Arguments[1]),
            };
            return new Substitution(arguments).Visit(Condition.Body);
        }
    }

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            arguments.TryGetValue(node, out var argument) ? argument : node;
    }
}
