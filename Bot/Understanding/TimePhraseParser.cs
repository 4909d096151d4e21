using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceBot.Bot.Understanding;

/// <summary>
/// Reads time phrases in questions ("today", "this week", "last month", "since Monday", "since 3 March",
/// "in February 2022", "in 2022", "on 24 Feb 2022", "past 7 days", "before 1 March") relative to today in the user's
/// time zone, taken from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class TimePhraseParser(TimeProvider time)
{
    /// <summary>The first time phrase in <paramref name="text"/>, or null.</summary>
    public TimePhrase? Find(string text, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone ?? TimeZoneInfo.Utc).DateTime);
        var match = Phrase().Match(text);
        while (match.Success)
        {
            if (Interpret(match, today) is { } range)
            {
                return new TimePhrase(range, match.Index, match.Length);
            }

            match = match.NextMatch();
        }

        return null;
    }

    private static DateRange? Interpret(Match m, DateOnly today)
    {
        if (m.Groups["relative"].Success)
        {
            return Relative(m.Groups["relative"].Value.ToUpperInvariant(), today);
        }

        if (m.Groups["count"].Success)
        {
            var n = int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture);
            var unit = m.Groups["unit"].Value.ToUpperInvariant();
            var from = unit.StartsWith("DAY", StringComparison.Ordinal) ? today.AddDays(1 - n)
                : unit.StartsWith("WEEK", StringComparison.Ordinal) ? today.AddDays(1 - (7 * n))
                : today.AddMonths(-n).AddDays(1);
            return new DateRange(from, today);
        }

        var period = IsBareWord(m) ? null : PeriodOf(m, today);
        if (period is null)
        {
            return null;
        }

        return m.Groups["prep"].Value.ToUpperInvariant() switch
        {
            "SINCE" or "AFTER" or "FROM" => new DateRange(period.From, null),
            "BEFORE" or "UNTIL" or "TILL" => new DateRange(null, period.To),
            _ => period,
        };
    }

    /// <summary>"may" and "march" are verbs, and a month alone is too vague without "in", "since", a day or a year.</summary>
    private static bool IsBareWord(Match m)
    {
        if (m.Groups["prep"].Success || m.Groups["year"].Success || !m.Groups["month"].Success)
        {
            return false;
        }

        var month = m.Groups["month"].Value;
        var hasDay = m.Groups["day1"].Success || m.Groups["day2"].Success;
        return !hasDay || month.Equals("may", StringComparison.OrdinalIgnoreCase) || month.StartsWith("mar", StringComparison.OrdinalIgnoreCase);
    }

    private static DateRange? Relative(string phrase, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var month = new DateOnly(today.Year, today.Month, 1);
        return phrase switch
        {
            "TODAY" => new DateRange(today, today),
            "YESTERDAY" => new DateRange(today.AddDays(-1), today.AddDays(-1)),
            "THIS WEEK" => new DateRange(monday, today),
            "LAST WEEK" => new DateRange(monday.AddDays(-7), monday.AddDays(-1)),
            "THIS MONTH" => new DateRange(month, today),
            "LAST MONTH" => new DateRange(month.AddMonths(-1), month.AddDays(-1)),
            "THIS YEAR" => new DateRange(new DateOnly(today.Year, 1, 1), today),
            "LAST YEAR" => new DateRange(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            _ => null,
        };
    }

    /// <summary>The whole period a date expression names: one day, a month, or a year.</summary>
    private static DateRange? PeriodOf(Match m, DateOnly today)
    {
        if (m.Groups["weekday"].Success)
        {
            var day = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
            var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
            var date = today.AddDays(-back);
            return new DateRange(date, date);
        }

        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? new DateRange(iso, iso)
                : null;
        }

        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (!m.Groups["month"].Success)
        {
            return year is { } y ? new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)) : null;
        }

        var month = MonthNumber(m.Groups["month"].Value);
        var dayText = m.Groups["day1"].Success ? m.Groups["day1"].Value : m.Groups["day2"].Value;
        return dayText.Length > 0
            ? Day(year, month, int.Parse(dayText, CultureInfo.InvariantCulture), today)
            : Month(year, month, today);
    }

    private static DateRange? Day(int? year, int month, int day, DateOnly today)
    {
        var y = year ?? today.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        if (year is null && date > today)
        {
            date = date.AddYears(-1);
        }

        return new DateRange(date, date);
    }

    private static DateRange Month(int? year, int month, DateOnly today)
    {
        var y = year ?? (month <= today.Month ? today.Year : today.Year - 1);
        var first = new DateOnly(y, month, 1);
        return new DateRange(first, first.AddMonths(1).AddDays(-1));
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            a => a.Length > 0 && name.StartsWith(a, StringComparison.OrdinalIgnoreCase)) + 1;

    private const string MonthPattern =
        "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    [GeneratedRegex(
        @"\b(?:(?<relative>today|yesterday|(?:this|last)\s+(?:week|month|year))" +
        @"|(?:in\s+the\s+)?(?:past|last)\s+(?<count>\d{1,3})\s+(?<unit>days?|weeks?|months?)" +
        @"|(?:(?<prep>since|after|from|before|until|till|on|in|during)\s+)?(?:" +
        @"(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)" +
        @"|(?<iso>\d{4}-\d{2}-\d{2})" +
        @"|(?<day1>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthPattern + @"(?:,?\s+(?<year>(?:19|20)\d{2}))?" +
        @"|" + MonthPattern + @"(?:\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<year>(?:19|20)\d{2}))?" +
        @"|(?<=\b(?:since|after|from|before|until|till|in|during)\s+)(?<year>(?:19|20)\d{2})))\b",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
