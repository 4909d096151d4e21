using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Finds date expressions and resolves them against the publication date: a weekday ("Thursday", "on Tuesday") is the
/// most recent such day on or before publication ("next Monday" the first after it); "Feb. 24", "24 February" and
/// "February 24, 2022" are days (the publication year when none is given); "today", "yesterday" and "tomorrow" are
/// relative to publication; "earlier this month", "last week" or "in 2014" are found but name no single day.
/// </summary>
internal sealed partial class DateResolver
{
    /// <summary>Every date expression holds one of these; the pattern runs only near them.</summary>
    private static readonly System.Buffers.SearchValues<string> Anchors = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "day", "Day", "night",
         "morrow", "morning", "afternoon", "evening", "week", "month", "year", "19", "20", "/"], StringComparison.Ordinal);

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Every date expression in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<DateMention> Find(string text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        foreach (var m in AnchoredScan.Matches(text, Anchors, DatePattern(), 16, 24))
        {
            found.Add(new DateMention(m.Index, m.Index + m.Length, Resolve(m, published)));
        }

        return found;
    }

    /// <summary>Resolves one expression on its own ("Thursday", "Feb. 24"); null when it names no single day.</summary>
    public DateOnly? Resolve(string expression, DateOnly published)
    {
        var m = DatePattern().Match(expression ?? string.Empty);
        return m.Success ? Resolve(m, published) : null;
    }

    private static DateOnly? Resolve(Match m, DateOnly published)
    {
        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        if (m.Groups["wd"].Success)
        {
            return Weekday(m.Groups["wd"].Value, m.Groups["rel"].Value, published);
        }

        if (m.Groups["mon"].Success || m.Groups["mon2"].Success)
        {
            var month = m.Groups["mon"].Success ? m.Groups["mon"].Value : m.Groups["mon2"].Value;
            var day = m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value;
            var year = m.Groups["year"].Success ? m.Groups["year"].Value : m.Groups["year2"].Value;
            return MonthDay(month, day, year, published);
        }

        return m.Groups["rel1"].Success ? Relative(m.Groups["rel1"].Value, published) : null;
    }

    private static DateOnly? Weekday(string name, string qualifier, DateOnly published)
    {
        var target = Array.IndexOf(Weekdays, name.ToLowerInvariant());
        var back = ((int)published.DayOfWeek - target + 7) % 7;
        var q = qualifier.Trim().ToLowerInvariant();
        if (q == "next")
        {
            return published.AddDays(back == 0 ? 7 : 7 - back);
        }

        if (q == "last" && back == 0)
        {
            back = 7;
        }

        return published.AddDays(-back);
    }

    private static DateOnly? MonthDay(string monthText, string dayText, string yearText, DateOnly published)
    {
        var month = Array.FindIndex(Months, p => monthText.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;
        if (month == 0 || !int.TryParse(dayText, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        var year = yearText.Length > 0 ? int.Parse(yearText, CultureInfo.InvariantCulture) : published.Year;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return yearText.Length == 0 && date > published.AddMonths(6) ? date.AddYears(-1) : date;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static DateOnly? Relative(string word, DateOnly published) => word.ToLowerInvariant() switch
    {
        "yesterday" => published.AddDays(-1),
        "tomorrow" => published.AddDays(1),
        _ => published,
    };

    [GeneratedRegex("""
        \b(?:
          (?<iso>\d{4}-\d{2}-\d{2})
        | (?<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)\ (?<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\ (?<year>(?:19|20)\d\d))?
        | (?<day2>\d{1,2})(?:st|nd|rd|th)?\ (?<mon2>January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\ (?<year2>(?:19|20)\d\d))?
        | (?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\ )?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
        | (?<rel1>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Tt]his\ (?:morning|afternoon|evening))
        | (?<vague>(?:[Ee]arlier|[Ll]ater)\ (?:this|last|next)\ (?:week|month|year)|(?:[Ll]ast|[Tt]his|[Nn]ext)\ (?:week|month|year|weekend)|[Ii]n\ (?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\ (?:19|20)\d\d)?|(?:[Ii]n|[Ss]ince|[Dd]uring)\ (?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?)
        )(?![\p{L}\d])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
