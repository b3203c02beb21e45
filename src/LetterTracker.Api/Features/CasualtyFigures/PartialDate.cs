using System.Globalization;
using System.Text.RegularExpressions;

namespace LetterTracker.Api.Features.CasualtyFigures;

/// <summary>
/// An ISO 8601 calendar date at the precision a source gives it: a year ("2020"), a month
/// ("2020-11") or a day ("2020-11-10"). Nothing finer is invented than the source states.
/// </summary>
public static partial class PartialDate
{
    /// <summary>The shape (a real date is checked besides): YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public const string Pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    /// <summary>The first day the value covers ("2020-11" → 2020-11-01), or null unless it is such a date and a real one.</summary>
    public static DateOnly? FirstDay(string? value)
    {
        if (value is null || Shape().Match(value) is not { Success: true } match)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex("^(?<year>[0-9]{4})(-(?<month>[0-9]{2})(-(?<day>[0-9]{2}))?)?\\z")]
    private static partial Regex Shape();
}
