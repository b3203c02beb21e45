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
    public static readonly DispatchStatus[] AwaitingReply = [DispatchStatus.Sent, DispatchStatus.Delivered, DispatchStatus.Acknowledged];

    private static readonly Expression<Func<Dispatch, DateOnly, bool>> Condition =
        (d, today) => d.DueOn != null && d.DueOn < today && AwaitingReply.Contains(d.Status);

    private static readonly MethodInfo OfMethod = typeof(Overdue).GetMethod(nameof(Of))!;

    /// <summary>The overdue condition as a query filter.</summary>
    public static Expression<Func<Dispatch, bool>> Is(DateOnly today) => Inline<Dispatch, bool>(d => Of(d, today));

    /// <summary>Stands for the overdue condition inside an expression passed through <see cref="Inline"/>; never runs.</summary>
    public static bool Of(Dispatch dispatch, DateOnly today) =>
        throw new InvalidOperationException("Overdue.Of only marks the condition in an expression passed through Overdue.Inline.");

    /// <summary>The expression with each <see cref="Of"/> call replaced by the condition itself.</summary>
    public static Expression<Func<T, TResult>> Inline<T, TResult>(Expression<Func<T, TResult>> expression) =>
        (Expression<Func<T, TResult>>)new Inliner().Visit(expression);

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
